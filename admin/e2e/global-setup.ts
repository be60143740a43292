import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** The admin is built for production once for all browser test files; each file serves that build. */
export default async function setup() {
  // Vitest runs with NODE_ENV=test, which would give React's development build; test what ships.
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: fileURLToPath(new URL('..', import.meta.url)), logLevel: 'warn', mode: 'production' });
  } finally {
    process.env.NODE_ENV = before;
  }
}
