import { readFileSync } from 'node:fs';
import { apiFile } from './files.ts';

const pkg = JSON.parse(readFileSync(apiFile('../package.json'), 'utf8')) as { version: string };

/** The API's semantic version: in /v1/api-info, the OpenAPI document and every `API-Version` header. */
export const API_VERSION: string = pkg.version;
