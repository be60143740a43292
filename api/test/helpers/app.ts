import { randomBytes } from 'node:crypto';
import { afterAll, inject } from 'vitest';
import { type App, buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { createDb, type Database } from '../../src/db/client.ts';
import { adminConnection, databaseUrl } from './postgres.ts';

export interface TestContext {
  app: App;
  database: Database;
  databaseUrl: string;
}

/** The name of a new test database: this run's prefix (see global-setup.ts), then a random part. */
const newName = () => `${inject('testDatabasePrefix')}${randomBytes(4).toString('hex')}`;

async function run(statement: string) {
  const admin = adminConnection();
  try {
    await admin.unsafe(statement);
  } finally {
    await admin.end();
  }
}

async function cloneTemplate(): Promise<string> {
  const name = newName();
  await run(`create database "${name}" template "${inject('templateDatabase')}"`);
  return name;
}

/**
 * The clone the next file (or the next call) of this worker takes. Cloning is mostly PostgreSQL
 * writing files, so it is done while the current file's tests run rather than before the next file's.
 */
let next: Promise<string> | undefined;

/**
 * A fresh database cloned from the migrated, seeded template (or `empty`, for tests of migrating);
 * dropped after the file's tests, while the worker goes on to its next file (whatever is left at the
 * end of the run, the global teardown drops).
 */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<string> {
  let name: string;
  if (options.empty) {
    name = newName();
    await run(`create database "${name}"`);
  } else {
    name = await (next ?? cloneTemplate());
    next = cloneTemplate();
    // Awaited by the call that takes it; a failure is that call's to report.
    next.catch(() => {});
  }
  afterAll(() => {
    run(`drop database if exists "${name}" with (force)`).catch(() => {});
  });
  return databaseUrl(name);
}

/** The API on a database of its own, for app.inject; closed after the file's tests. */
export async function createTestApp(
  env: Record<string, string> = {},
  options: { onQuery?: (sql: string) => void } = {},
): Promise<TestContext> {
  const url = await createTestDatabase();
  // No load shedding unless a test asks for it, whatever NODE_ENV it runs as: CI's two cores are busy.
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: url, EVENT_LOOP_MAX_DELAY_MS: '0', ...env });
  const database = await createDb({ databaseUrl: url, maxConnections: 4, ...options });
  const app = await buildApp(config, { db: database.db, listen: database.listen });
  await app.ready();
  afterAll(async () => {
    await app.close();
    await database.close();
  });
  return { app, database, databaseUrl: url };
}
