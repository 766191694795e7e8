import { http, HttpResponse } from 'msw';
import { api, ApiError, fileNameOf, isProblem } from '@/lib/api-client';
import { problem } from '@/testing/mocks/problems';
import { server } from '@/testing/mocks/server';

vi.mock('@/lib/keycloak', () => ({ freshToken: vi.fn(async () => 'token-123') }));

describe('api client', () => {
  it('turns a problem into an ApiError with its code and the codes of its field errors', async () => {
    server.use(
      http.post('/api/national/zones', ({ request }) =>
        problem(request, 'validation-failed', {
          errors: [
            { field: 'code', code: 'zone.code-format' },
            { field: 'firstAdmin.email', code: 'field.email' },
          ],
        }),
      ),
    );

    const error = await api.post('/api/national/zones', { code: 'Ningbo!' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'validation-failed',
      title: '请求有误',
      detail: '请求中有字段不符合要求。',
      requestId: 'req-test-1',
      errors: [
        { field: 'code', code: 'zone.code-format', message: '须为 2 到 32 个小写字母、数字或连字符，并以字母开头' },
        { field: 'firstAdmin.email', code: 'field.email', message: '不是有效的邮箱地址' },
      ],
    });
    expect(isProblem(error, 'validation-failed')).toBe(true);
    expect(isProblem(error, 'stale-version', 'illegal-transition')).toBe(false);
  });

  it('reads the same problem worded in English when the user chose English', async () => {
    server.use(http.put('/api/zones/ningbo/enterprises/1', ({ request }) => problem(request, 'stale-version')));
    localStorage.setItem('zonehub.locale', 'en');

    await expect(api.put('/api/zones/ningbo/enterprises/1', { version: 3 })).rejects.toMatchObject({
      status: 409,
      code: 'stale-version',
      title: 'Conflict',
      detail: 'Someone else changed this meanwhile; reload it and try again.',
      errors: [],
    });
  });

  it('keeps only well-formed field errors', async () => {
    server.use(
      http.post('/api/national/zones', () =>
        HttpResponse.json(
          {
            type: 'urn:zonehub:problem:validation-failed',
            title: '请求有误',
            status: 400,
            code: 'validation-failed',
            errors: [{ field: 'code', message: '已被使用' }, 'code', { field: 'code', code: 'zone.code-in-use', message: '已被使用' }],
          },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );

    await expect(api.post('/api/national/zones', {})).rejects.toMatchObject({
      errors: [{ field: 'code', code: 'zone.code-in-use', message: '已被使用' }],
    });
  });

  it('keeps the status, and names no code, when the failure has no problem body', async () => {
    server.use(http.get('/api/me', () => new HttpResponse('upstream down', { status: 502, statusText: 'Bad Gateway' })));

    const error = await api.get('/api/me').catch((e: unknown) => e);

    expect(error).toMatchObject({ status: 502, title: 'Bad Gateway', code: undefined, detail: undefined, errors: [] });
    expect(isProblem(error, 'internal-error', 'service-unavailable')).toBe(false);
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
      http.get('/api/zones/ningbo/enterprises/export', ({ request }) => problem(request, 'zone-staff-only')),
    );

    await expect(api.download('/api/zones/ningbo/enterprises/export')).rejects.toMatchObject({
      status: 403,
      code: 'zone-staff-only',
      detail: '只有本综试区的管理人员可以查看。',
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
      http.post('/api/zones/ningbo/rectifications/9/evidence', ({ request }) =>
        problem(request, 'validation-failed', { errors: [{ field: 'file', code: 'file.type-not-allowed' }] }),
      ),
    );

    const error = await api.upload('/api/zones/ningbo/rectifications/9/evidence', new FormData()).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'validation-failed',
      errors: [
        {
          field: 'file',
          code: 'file.type-not-allowed',
          message: '只接受 PDF、图片（PNG、JPEG）、Office 文档或 OFD 文件；按内容判断，与文件名无关',
        },
      ],
    });
  });
});
