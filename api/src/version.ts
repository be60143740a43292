import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/** The API's semantic version: in /v1/api-info, the OpenAPI document and every `API-Version` header. */
export const API_VERSION: string = pkg.version;
