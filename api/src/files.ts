import { fileURLToPath } from 'node:url';

/**
 * The folder the API reads its own files from — migrations, database functions, reference data, the
 * embed bundle: `src/` when it runs from source, `dist/` when built, where the whole server is one
 * bundle (`dist/server.js`) with those files copied beside it by `scripts/build.mjs`. Every such read
 * names its file relative to this folder, so it is found either way.
 */
const root = new URL('./', import.meta.url);

/** The path of one of the API's own files, `path` relative to `src/` (or `dist/` when built). */
export const apiFile = (path: string): string => fileURLToPath(new URL(path, root));
