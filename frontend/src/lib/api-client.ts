import { freshToken } from '@/lib/keycloak';
import type { FieldError } from '@/types/api';
import { isRecord } from '@/utils/is-record';

/** A failed API call, read from its RFC 9457 problem details (or from the bare status when there are none). */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldError[];

  constructor(status: number, title: string, detail?: string, errors: FieldError[] = []) {
    super(detail ?? title);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.errors = errors;
  }
}

type QueryParams = Record<string, string | number | undefined>;

type RequestOptions = { query?: QueryParams; body?: unknown };

async function request<T>(method: string, path: string, { query, body }: RequestOptions = {}): Promise<T> {
  const url = new URL(path, window.location.origin);
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') url.searchParams.set(name, String(value));
  }

  const headers = new Headers({ Accept: 'application/json, application/problem+json' });
  const token = await freshToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  if (body !== undefined) headers.set('Content-Type', 'application/json');

  const response = await fetch(url, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw await toApiError(response);
  return (await response.json()) as T;
}

async function toApiError(response: Response): Promise<ApiError> {
  const problem: unknown = await response.json().catch(() => undefined);
  if (!isRecord(problem)) return new ApiError(response.status, response.statusText);
  return new ApiError(
    typeof problem.status === 'number' ? problem.status : response.status,
    typeof problem.title === 'string' ? problem.title : response.statusText,
    typeof problem.detail === 'string' ? problem.detail : undefined,
    Array.isArray(problem.errors) ? problem.errors.filter(isFieldError) : [],
  );
}

function isFieldError(value: unknown): value is FieldError {
  return isRecord(value) && typeof value.field === 'string' && typeof value.message === 'string';
}

/** The one way the app talks to the backend: adds a fresh bearer token and turns failures into ApiError. */
export const api = {
  get: <T>(path: string, query?: QueryParams) => request<T>('GET', path, { query }),
  post: <T>(path: string, body: unknown) => request<T>('POST', path, { body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
};
