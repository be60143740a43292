import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import postgres from 'postgres';

/** The PostgreSQL server the tests use; a maintenance database on it, never the one tests write to. */
export const SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function databaseUrl(name: string): string {
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A template name that changes whenever a migration, a database function or a reference file changes. */
export function templateName(): string {
  const hash = createHash('sha256');
  for (const folder of ['../../src/db/migrations/', '../../src/db/functions/', '../../src/db/seed/reference/']) {
    const dir = new URL(folder, import.meta.url);
    for (const file of readdirSync(dir).sort()) {
      if (file.endsWith('.sql') || file.endsWith('.csv')) hash.update(file).update(readFileSync(new URL(file, dir)));
    }
  }
  return `vn_template_${hash.digest('hex').slice(0, 12)}`;
}

export function adminConnection() {
  return postgres(SERVER_URL, { max: 1, onnotice: () => {}, connect_timeout: 5 });
}
