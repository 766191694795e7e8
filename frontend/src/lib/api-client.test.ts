import { http, HttpResponse } from 'msw';
import { api, ApiError } from '@/lib/api-client';
import { problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';

vi.mock('@/lib/keycloak', () => ({ freshToken: vi.fn(async () => 'token-123') }));

describe('api client', () => {
  it('turns a problem+json 400 into an ApiError with its field errors', async () => {
    server.use(
      http.post('/api/national/zones', () =>
        problem(400, 'Bad Request', 'The request has invalid fields.', [
          { field: 'code', message: '代码已被使用' },
          { field: 'firstAdmin.email', message: '邮箱格式不正确' },
        ]),
      ),
    );

    const error = await api.post('/api/national/zones', { code: 'ningbo' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      title: 'Bad Request',
      detail: 'The request has invalid fields.',
      errors: [
        { field: 'code', message: '代码已被使用' },
        { field: 'firstAdmin.email', message: '邮箱格式不正确' },
      ],
    });
  });

  it('keeps the status when the failure has no problem body', async () => {
    server.use(http.get('/api/me', () => new HttpResponse('upstream down', { status: 502, statusText: 'Bad Gateway' })));

    await expect(api.get('/api/me')).rejects.toMatchObject({ status: 502, title: 'Bad Gateway', errors: [] });
  });

  it('sends a fresh bearer token and drops empty query parameters', async () => {
    let seen: Request | undefined;
    server.use(
      http.get('/api/national/zones', ({ request }) => {
        seen = request;
        return HttpResponse.json({ items: [], page: 0, size: 20, total: 0 });
      }),
    );

    await api.get('/api/national/zones', { page: 0, size: 20, status: undefined, province: '' });

    expect(seen?.headers.get('Authorization')).toBe('Bearer token-123');
    expect(new URL(seen!.url).search).toBe('?page=0&size=20');
  });
});
