import { http, HttpResponse } from 'msw';
import { api, ApiError, fileNameOf } from '@/lib/api-client';
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

  it('asks for messages in the language the user chose', async () => {
    let seen: Request | undefined;
    server.use(
      http.get('/api/me', ({ request }) => {
        seen = request;
        return HttpResponse.json({});
      }),
    );

    localStorage.setItem('zonehub.locale', 'en');
    await api.get('/api/me');
    expect(seen?.headers.get('Accept-Language')).toBe('en');

    localStorage.removeItem('zonehub.locale');
    await api.get('/api/me');
    expect(seen?.headers.get('Accept-Language')).toBe('zh-CN');
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

describe('api client downloads and other bodies', () => {
  it('downloads a file with the bearer token and the name from Content-Disposition', async () => {
    let seen: Request | undefined;
    server.use(
      http.get('/api/zones/ningbo/enterprises/export', ({ request }) => {
        seen = request;
        return new HttpResponse(new Uint8Array([80, 75, 3, 4]), {
          headers: {
            'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            'Content-Disposition':
              "attachment; filename=\"enterprises-ningbo-20261127.xlsx\"; filename*=UTF-8''enterprises-ningbo-20261127.xlsx",
          },
        });
      }),
    );

    const { blob, fileName } = await api.download('/api/zones/ningbo/enterprises/export', { status: 'ACTIVE', kind: '' });

    expect(fileName).toBe('enterprises-ningbo-20261127.xlsx');
    expect(blob.size).toBe(4);
    expect(seen?.headers.get('Authorization')).toBe('Bearer token-123');
    expect(new URL(seen!.url).search).toBe('?status=ACTIVE');
  });

  it('reads a problem from a failed download', async () => {
    server.use(
      http.get('/api/zones/ningbo/enterprises/export', () => problem(403, 'Forbidden', 'Only zone staff may export.')),
    );

    await expect(api.download('/api/zones/ningbo/enterprises/export')).rejects.toMatchObject({
      status: 403,
      detail: 'Only zone staff may export.',
    });
  });

  it('prefers the UTF-8 file name and copes with plain or missing ones', () => {
    expect(fileNameOf("attachment; filename=\"a.xlsx\"; filename*=UTF-8''%E4%BC%81%E4%B8%9A.xlsx")).toBe('企业.xlsx');
    expect(fileNameOf('attachment; filename=template.csv')).toBe('template.csv');
    expect(fileNameOf('attachment')).toBeUndefined();
    expect(fileNameOf(null)).toBeUndefined();
  });

  it('answers a 204 with nothing and sends PUT bodies as JSON', async () => {
    let put: unknown;
    server.use(
      http.delete('/api/zones/ningbo/enterprises/1/users/u-1', () => new HttpResponse(null, { status: 204 })),
      http.put('/api/zones/ningbo/enterprises/1/contact', async ({ request }) => {
        put = await request.json();
        return HttpResponse.json({ ok: true });
      }),
    );

    await expect(api.delete('/api/zones/ningbo/enterprises/1/users/u-1')).resolves.toBeUndefined();
    await expect(api.put('/api/zones/ningbo/enterprises/1/contact', { version: 3 })).resolves.toEqual({ ok: true });
    expect(put).toEqual({ version: 3 });
  });

  it('uploads a file with the token, reporting progress, and answers the created resource', async () => {
    let seen: { authorization: string | null; file: FormDataEntryValue | null } | undefined;
    server.use(
      http.post('/api/zones/ningbo/assessments/5/items/CUS-01/evidence', async ({ request }) => {
        seen = { authorization: request.headers.get('Authorization'), file: (await request.formData()).get('file') };
        return HttpResponse.json({ id: 3, fileName: 'a.pdf' }, { status: 201 });
      }),
    );
    const form = new FormData();
    form.append('file', new File(['%PDF-1.4'], 'a.pdf', { type: 'application/pdf' }));
    const progress: number[] = [];

    const created = await api.upload<{ id: number }>('/api/zones/ningbo/assessments/5/items/CUS-01/evidence', form, (p) =>
      progress.push(p),
    );

    expect(created).toEqual({ id: 3, fileName: 'a.pdf' });
    expect(seen?.authorization).toBe('Bearer token-123');
    // A file part, not a text field (jsdom's File and the interceptor's are different classes).
    expect(typeof seen?.file).toBe('object');
    expect(progress.at(-1)).toBe(100);
  });

  it('turns a refused upload into an ApiError naming the file field', async () => {
    server.use(
      http.post('/api/zones/ningbo/rectifications/9/evidence', () =>
        problem(400, 'Bad Request', 'The request has invalid fields.', [{ field: 'file', message: 'is not an accepted type' }]),
      ),
    );

    const error = await api.upload('/api/zones/ningbo/rectifications/9/evidence', new FormData()).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, errors: [{ field: 'file', message: 'is not an accepted type' }] });
  });
});
