import { parseClientConfig } from '@/features/auth/api/get-client-config';

describe('parseClientConfig', () => {
  it('accepts the configuration the backend publishes', () => {
    const config = { keycloakUrl: 'http://127.0.0.1:8180', realm: 'zonehub', clientId: 'zonehub-web' };
    expect(parseClientConfig(config)).toEqual(config);
  });

  it.each([
    ['a missing realm', { keycloakUrl: 'http://127.0.0.1:8180', clientId: 'zonehub-web' }],
    ['a Keycloak URL that is no URL', { keycloakUrl: 'keycloak', realm: 'zonehub', clientId: 'zonehub-web' }],
    ['an HTML page', '<!doctype html>'],
  ])('refuses %s', (_, value) => {
    expect(() => parseClientConfig(value)).toThrow(/unusable configuration/);
  });
});
