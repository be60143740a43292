import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { apiFile } from '../../files.ts';

/**
 * Where the built web components are: copied next to the compiled API by `build` (dist/embed), or in the
 * embed package's own dist when the API runs from source (`dev` and the tests build it first).
 */
const CANDIDATES = [apiFile('embed/valfardsnavet.js'), apiFile('../../packages/embed/dist/valfardsnavet.js')];

export interface Bundle {
  code: Buffer;
  /** The first 12 hex digits of the SHA-256 of the code: the name of the immutable copy. */
  hash: string;
}

let cached: { path: string; mtimeMs: number; bundle: Bundle } | undefined;

/** The current bundle, read again when its file changes (a rebuild in development needs no restart); undefined when not built. */
export function currentBundle(): Bundle | undefined {
  for (const path of CANDIDATES) {
    let mtimeMs: number;
    try {
      mtimeMs = statSync(path).mtimeMs;
    } catch {
      continue;
    }
    if (cached?.path === path && cached.mtimeMs === mtimeMs) return cached.bundle;
    const code = readFileSync(path);
    const bundle = { code, hash: createHash('sha256').update(code).digest('hex').slice(0, 12) };
    cached = { path, mtimeMs, bundle };
    return bundle;
  }
  return undefined;
}
