import createClient, { type ClientOptions } from 'openapi-fetch';
import type { components, paths } from './schema.d.ts';

export type { components, paths };
export type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];
export type Municipality = Schemas['Municipality'];
export type County = Schemas['County'];
export type Association = Schemas['Association'];

/**
 * A typed client for the Välfärdsnavet API. Every path, parameter and body is checked against the
 * OpenAPI document at compile time; errors come back as RFC 9457 `Problem` objects.
 */
export function createApiClient(options: ClientOptions = {}) {
  // The client speaks JSON: the CSV that some lists also offer is for spreadsheets, not for typed code.
  return createClient<paths, `application/${string}json`>(options);
}

export type ApiClient = ReturnType<typeof createApiClient>;
