import { getClientConfig } from '@/features/auth/api/get-client-config';
import { signIn } from '@/lib/keycloak';

const REQUESTED_ROUTE = 'zonehub.requestedRoute';

/**
 * Signs the user in, then puts them on the route they opened. Keycloak always sends the browser back to '/'
 * (exact redirect URIs), so the route waits in sessionStorage while the browser is away.
 */
export async function startSession(locale: string): Promise<void> {
  rememberRequestedRoute();
  const config = await getClientConfig();
  await signIn({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId, locale });
  restoreRequestedRoute();
}

function rememberRequestedRoute() {
  const { pathname, search, hash } = window.location;
  const returningFromKeycloak = /[#&]state=/.test(hash);
  if (pathname !== '/') {
    sessionStorage.setItem(REQUESTED_ROUTE, pathname + search);
  } else if (!returningFromKeycloak) {
    sessionStorage.removeItem(REQUESTED_ROUTE);
  }
}

function restoreRequestedRoute() {
  const route = sessionStorage.getItem(REQUESTED_ROUTE);
  if (route) {
    sessionStorage.removeItem(REQUESTED_ROUTE);
    window.history.replaceState(null, '', route);
  }
}
