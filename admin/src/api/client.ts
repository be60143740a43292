import { createApiClient, type Problem } from '@valfardsnavet/client';
import { ApiError } from './problems.ts';

export { ApiError } from './problems.ts';

/**
 * The one client the admin talks to the API through; generated from the OpenAPI document. Reads are
 * revalidated (ETag) every time, so a page never shows a browser-cached answer from before a change.
 */
export const api = createApiClient({ baseUrl: import.meta.env.VITE_API_BASE_URL ?? '', cache: 'no-cache' });

/** The CSRF token of the session; every change made with the session cookie must carry it. */
let csrfToken: string | undefined;
export function rememberCsrfToken(token: string | undefined) {
  csrfToken = token;
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every change carries the session's CSRF token. A change to an existing resource also names the
 * version the person has open with `ifMatch(etag)`, so it cannot overwrite someone else's change.
 */
const sessionHeaders: Parameters<typeof api.use>[0] = {
  onRequest({ request }) {
    if (!SAFE.has(request.method) && csrfToken) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
};

api.use(sessionHeaders);

/** The `If-Match` header for a change to the version with this ETag. */
export const ifMatch = (etag: string) => ({ 'if-match': etag });

/**
 * For a PUT that creates or replaces: the version opened (If-Match), or, when there was none, that
 * there still is none (If-None-Match: *), so that one saved meanwhile is a 412 rather than overwritten.
 */
export const ifMatchOrNew = (etag: string | undefined) => (etag ? ifMatch(etag) : { 'if-none-match': '*' });

interface Result<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Unwraps an openapi-fetch result: the data, or an ApiError carrying the problem details. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.response.ok || result.error !== undefined) {
    throw new ApiError((result.error ?? {}) as Partial<Problem>, result.response.status);
  }
  return result.data as T;
}

/** A representation with the ETag it came with, which a later change names in If-Match. */
export interface Versioned<T> {
  data: T;
  etag: string;
}

export function unwrapVersioned<T>(result: Result<T>): Versioned<T> {
  const data = unwrap(result);
  return { data, etag: result.response.headers.get('etag') ?? '' };
}

/** Like unwrapVersioned, but null where the API answers 404: something that may not be recorded yet. */
export function versionedOrNull<T>(result: Result<T>): Versioned<T> | null {
  return result.response.status === 404 ? null : unwrapVersioned(result);
}
