import { createApiClient, type Problem } from '@valfardsnavet/client';

/**
 * The one client the admin talks to the API through; generated from the OpenAPI document. Reads are
 * revalidated (ETag) every time, so a page never shows a browser-cached answer from before a change.
 */
export const api = createApiClient({ baseUrl: import.meta.env.VITE_API_BASE_URL ?? '', cache: 'no-cache' });

/** An API error as the admin shows it: the problem's detail, or what went wrong on the way. */
export class ApiError extends Error {
  constructor(readonly problem: Partial<Problem>) {
    super(problem.detail ?? problem.title ?? 'The API did not answer as expected');
    this.name = 'ApiError';
  }
}

/** Unwraps an openapi-fetch result: the data, or an ApiError carrying the problem details. */
export function unwrap<T>(result: { data?: T; error?: unknown }): T {
  if (result.error !== undefined || result.data === undefined) {
    throw new ApiError((result.error ?? {}) as Partial<Problem>);
  }
  return result.data;
}
