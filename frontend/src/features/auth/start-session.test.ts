import { http, HttpResponse } from 'msw';
import { startSession } from '@/features/auth/start-session';
import { signIn } from '@/lib/keycloak';
import { server } from '@/testing/mocks/server';

vi.mock('@/lib/keycloak', () => ({ signIn: vi.fn(async () => {}), freshToken: async () => undefined }));

const config = { keycloakUrl: 'http://127.0.0.1:8180', realm: 'zonehub', clientId: 'zonehub-web' };

describe('startSession', () => {
  beforeEach(() => {
    server.use(http.get('/api/config', () => HttpResponse.json(config)));
    sessionStorage.clear();
  });

  it('signs in with the configuration the backend publishes', async () => {
    window.history.replaceState(null, '', '/');

    await startSession('zh-CN');

    expect(signIn).toHaveBeenCalledWith({ url: config.keycloakUrl, realm: 'zonehub', clientId: 'zonehub-web', locale: 'zh-CN' });
  });

  it('brings the user back to the route they opened after the trip to Keycloak', async () => {
    window.history.replaceState(null, '', '/zones/ningbo?tab=1');
    // The first visit leaves for Keycloak, which returns to '/' with the code in the fragment.
    vi.mocked(signIn).mockImplementationOnce(() => new Promise(() => {}));
    void startSession('zh-CN');
    await vi.waitFor(() => expect(signIn).toHaveBeenCalled());

    window.history.replaceState(null, '', '/#state=abc&code=xyz');
    await startSession('zh-CN');

    expect(window.location.pathname + window.location.search).toBe('/zones/ningbo?tab=1');
    expect(sessionStorage.length).toBe(0);
  });

  it('forgets a route left over from an abandoned sign-in when the user opens the root', async () => {
    sessionStorage.setItem('zonehub.requestedRoute', '/me');
    window.history.replaceState(null, '', '/');

    await startSession('zh-CN');

    expect(window.location.pathname).toBe('/');
  });
});
