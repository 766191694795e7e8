import Keycloak from 'keycloak-js';

/** Seconds a token must still be valid for before it is used; shorter-lived ones are refreshed first. */
const MIN_VALIDITY = 30;

let keycloak: Keycloak | undefined;

/** The realm's redirect URIs are exact (origin + '/'), so every trip to Keycloak comes back to the root. */
function redirectUri(): string {
  return `${window.location.origin}/`;
}

type KeycloakSettings = { url: string; realm: string; clientId: string; locale: string };

/** Resolves once the user is signed in; redirects to Keycloak's login page first when needed. */
export async function signIn({ locale, ...config }: KeycloakSettings): Promise<void> {
  const instance = new Keycloak(config);
  instance.onTokenExpired = () => {
    instance.updateToken(MIN_VALIDITY).catch(() => instance.login({ redirectUri: redirectUri() }));
  };
  await instance.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    checkLoginIframe: false,
    redirectUri: redirectUri(),
    locale,
  });
  keycloak = instance;
}

/** A token valid for at least MIN_VALIDITY seconds, or undefined before sign-in (GET /api/config needs none). */
export async function freshToken(): Promise<string | undefined> {
  if (!keycloak) return undefined;
  try {
    await keycloak.updateToken(MIN_VALIDITY);
  } catch {
    await keycloak.login({ redirectUri: redirectUri() });
    throw new Error('The session has ended; signing in again.');
  }
  return keycloak.token;
}

export async function signOut(): Promise<void> {
  await keycloak?.logout({ redirectUri: redirectUri() });
}
