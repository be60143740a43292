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

/**
 * A fresh database cloned from the migrated, seeded template (or `empty`, for tests of migrating);
 * dropped after the file's tests.
 */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<string> {
  const name = `vn_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = adminConnection();
  await admin.unsafe(
    options.empty ? `create database "${name}"` : `create database "${name}" template "${inject('templateDatabase')}"`,
  );
  await admin.end();
  afterAll(async () => {
    const cleanup = adminConnection();
    await cleanup.unsafe(`drop database if exists "${name}" with (force)`);
    await cleanup.end();
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
