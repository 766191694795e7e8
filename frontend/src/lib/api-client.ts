import { storedLocale } from '@/lib/i18n';
import { freshToken } from '@/lib/keycloak';
import type { FieldError, ProblemCode } from '@/types/api';
import { isRecord } from '@/utils/is-record';

/** What a problem body adds to the bare status. */
type ProblemParts = { code?: ProblemCode; detail?: string; errors?: FieldError[]; requestId?: string };

/**
 * A failed API call, read from its RFC 9457 problem (or from the bare status when there is none). Code branches
 * on `code` and on the codes of `errors`; `detail` and the field messages are worded for the user and only shown.
 */
export class ApiError extends Error {
  readonly status: number;
  /** The catalogue's name for what went wrong; undefined when no ZoneHub problem came back (a proxy, the network). */
  readonly code: ProblemCode | undefined;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldError[];
  /** The id the server logged the request under, for a report to an administrator. */
  readonly requestId: string | undefined;

  constructor(status: number, title: string, { code, detail, errors = [], requestId }: ProblemParts = {}) {
    super(detail ?? title);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.title = title;
    this.detail = detail;
    this.errors = errors;
    this.requestId = requestId;
  }
}

/** Whether a failure is one of these problems of the catalogue. */
export function isProblem(error: unknown, ...codes: ProblemCode[]): error is ApiError {
  return error instanceof ApiError && error.code !== undefined && codes.includes(error.code);
}

type QueryParams = Record<string, string | number | undefined>;

type RequestOptions = { query?: QueryParams; body?: unknown };

function urlOf(path: string, query: QueryParams = {}): URL {
  const url = new URL(path, window.location.origin);
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') url.searchParams.set(name, String(value));
  }
  return url;
}

/** Sends the request with a fresh bearer token; a failure becomes an ApiError, success is the raw response. */
async function send(method: string, path: string, { query, body }: RequestOptions, accept: string): Promise<Response> {
  // The server words its validation messages in the language the user chose.
  const headers = new Headers({ Accept: accept, 'Accept-Language': storedLocale() });
  const token = await freshToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  // A FormData body sets its own multipart Content-Type, boundary included.
  const isForm = body instanceof FormData;
  if (body !== undefined && !isForm) headers.set('Content-Type', 'application/json');

  const response = await fetch(urlOf(path, query), {
    method,
    headers,
    body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
  });
  if (!response.ok) throw await toApiError(response);
  return response;
}

async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(method, path, options, 'application/json, application/problem+json');
  // 204 No Content (and any other empty answer) has no body to parse.
  if (response.status === 204 || response.headers.get('Content-Length') === '0') return undefined as T;
  return (await response.json()) as T;
}

async function toApiError(response: Response): Promise<ApiError> {
  const problem: unknown = await response.json().catch(() => undefined);
  if (!isRecord(problem)) return new ApiError(response.status, response.statusText);
  return new ApiError(
    typeof problem.status === 'number' ? problem.status : response.status,
    typeof problem.title === 'string' ? problem.title : response.statusText,
    {
      // The server sends only codes of its catalogue (the contract's ProblemCode enum).
      code: typeof problem.code === 'string' ? (problem.code as ProblemCode) : undefined,
      detail: typeof problem.detail === 'string' ? problem.detail : undefined,
      errors: Array.isArray(problem.errors) ? problem.errors.filter(isFieldError) : [],
      requestId: typeof problem.requestId === 'string' ? problem.requestId : undefined,
    },
  );
}

function isFieldError(value: unknown): value is FieldError {
  return (
    isRecord(value) && typeof value.field === 'string' && typeof value.code === 'string' && typeof value.message === 'string'
  );
}

/** A downloaded file: its content and the name the server gave it (Content-Disposition), if any. */
export type Download = { blob: Blob; fileName: string | undefined };

/** The file name of a Content-Disposition header; the RFC 6266 `filename*` (UTF-8) wins over plain `filename`. */
export function fileNameOf(contentDisposition: string | null): string | undefined {
  if (!contentDisposition) return undefined;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(contentDisposition);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // a malformed encoding: fall back to the plain name
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/.exec(contentDisposition);
  const name = plain?.[1] ?? plain?.[2];
  return name?.trim() || undefined;
}

async function download(path: string, query?: QueryParams): Promise<Download> {
  const response = await send('GET', path, { query }, '*/*');
  return { blob: await response.blob(), fileName: fileNameOf(response.headers.get('Content-Disposition')) };
}

/**
 * A multipart upload that reports how much of the body has been sent (fetch cannot): the same token, language and
 * problem-details errors as every other call, through XMLHttpRequest.
 */
async function upload<T>(path: string, form: FormData, onProgress?: (percent: number) => void): Promise<T> {
  const token = await freshToken();
  const response = await new Promise<Response>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', urlOf(path).href);
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.setRequestHeader('Accept-Language', storedLocale());
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(Math.round((event.loaded * 100) / event.total));
    });
    xhr.addEventListener('load', () => {
      const empty = xhr.status === 204 || xhr.responseText === '';
      resolve(
        new Response(empty ? null : xhr.responseText, {
          status: xhr.status,
          statusText: xhr.statusText,
          headers: { 'Content-Type': xhr.getResponseHeader('Content-Type') ?? 'application/json' },
        }),
      );
    });
    xhr.addEventListener('error', () => reject(new ApiError(0, 'Network error')));
    xhr.addEventListener('abort', () => reject(new ApiError(0, 'Upload aborted')));
    xhr.send(form);
  });
  if (!response.ok) throw await toApiError(response);
  onProgress?.(100);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** The one way the app talks to the backend: adds a fresh bearer token and turns failures into ApiError. */
export const api = {
  get: <T>(path: string, query?: QueryParams) => request<T>('GET', path, { query }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  delete: (path: string) => request<void>('DELETE', path),
  /** A multipart upload (e.g. a spreadsheet in the field `file`). */
  postForm: <T>(path: string, form: FormData) => request<T>('POST', path, { body: form }),
  /** A multipart upload with progress (0–100) as the body is sent. */
  upload,
  /** A file the server sends (an export, a template): fetched with the token, so a plain link would not do. */
  download,
};
