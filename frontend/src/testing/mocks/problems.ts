import { HttpResponse } from 'msw';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locale } from '@/lib/i18n';
import type { FieldErrorCode, ProblemCode } from '@/types/api';

// The backend's own catalogue and message bundles, so a mocked problem says exactly what the server would.
// (Read from disk: Vite will not serve files outside frontend/.)
const BACKEND_MAIN = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../backend/src/main');
const backend = (path: string) => readFileSync(resolve(BACKEND_MAIN, path), 'utf8');
const catalogue = backend('java/org/zonehub/platform/web/ErrorCode.java');
const zhBundle = backend('resources/i18n/messages.properties');
const enBundle = backend('resources/i18n/messages_en.properties');

const HTTP_STATUS: Record<string, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  NOT_ACCEPTABLE: 406,
  CONFLICT: 409,
  CONTENT_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  INTERNAL_SERVER_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
};

/** The status of each problem code, read from the enum constants: `STALE_VERSION("stale-version", HttpStatus.CONFLICT)`. */
const STATUS_OF = new Map(
  [...catalogue.matchAll(/\("([a-z0-9.-]+)", HttpStatus\.([A-Z_]+)\)/g)].map(([, code, name]) => {
    if (!(name in HTTP_STATUS)) throw new Error(`ErrorCode.java: no status number for HttpStatus.${name}`);
    return [code, HTTP_STATUS[name]];
  }),
);

/** A .properties file of `key=value` lines (the bundles use neither escapes nor continuation lines). */
function parseBundle(text: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*([#!]|$)/.test(line)) continue;
    const at = line.indexOf('=');
    entries.set(line.slice(0, at).trim(), line.slice(at + 1).trimStart());
  }
  return entries;
}

const BUNDLES: Record<Locale, Map<string, string>> = { 'zh-CN': parseBundle(zhBundle), en: parseBundle(enBundle) };

function bundleText(key: string, locale: Locale): string {
  const text = BUNDLES[locale].get(key);
  if (text === undefined) throw new Error(`No message ${key} in the ${locale} bundle`);
  return text;
}

/** A catalogue code worded as the server words it: {0}, {1}… filled in, numbers grouped like MessageFormat does. */
export function serverMessage(code: ProblemCode | FieldErrorCode, args: unknown[] = [], locale: Locale = 'zh-CN'): string {
  return bundleText(`error.${code}`, locale).replace(/\{(\d+)(,number,integer)?\}/g, (_, index: string) => {
    const arg = args[Number(index)];
    return typeof arg === 'number' ? new Intl.NumberFormat('en-US').format(arg) : String(arg);
  });
}

/** The language the server answers in: English for any English Accept-Language, else zh-CN (LocaleConfig). */
function localeOf(request: Request): Locale {
  return /^en\b/i.test(request.headers.get('Accept-Language') ?? '') ? 'en' : 'zh-CN';
}

export type MockFieldProblem = { field: string; code: FieldErrorCode; args?: unknown[] };

/**
 * A problem+json answer as the backend writes it (Problems.java): type, title and status from the code, detail
 * and field messages worded from the real bundles in the request's Accept-Language.
 */
export function problem(
  request: Request,
  code: ProblemCode,
  { args = [], errors = [] }: { args?: unknown[]; errors?: MockFieldProblem[] } = {},
) {
  const status = STATUS_OF.get(code);
  if (status === undefined) throw new Error(`${code} is no problem code of ErrorCode.java`);
  const locale = localeOf(request);
  return HttpResponse.json(
    {
      type: `urn:zonehub:problem:${code}`,
      title: BUNDLES[locale].get(`title.${status}`) ?? bundleText('title.500', locale),
      status,
      detail: serverMessage(code, args, locale),
      instance: new URL(request.url).pathname,
      code,
      ...(errors.length > 0 && {
        errors: errors.map((error) => ({
          field: error.field,
          code: error.code,
          message: serverMessage(error.code, error.args, locale),
        })),
      }),
      requestId: 'req-test-1',
    },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}
