import { afterAll } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import type { Database } from '../../src/db/client.ts';
import { startJobs } from '../../src/webhooks/workers.ts';

/** Settings that make retries and timeouts short enough for a test. */
export const FAST_WEBHOOKS = { WEBHOOK_RETRY_SCHEDULE: '1s,1s', WEBHOOK_TIMEOUT_SECONDS: '2' };

export const quietLog = { info: () => {}, error: (object: object, message: string) => console.error(message, object) };

/** The dispatcher and delivery workers on a test's database, as an API process runs them; stopped after the file. */
export async function startTestJobs(
  database: Database,
  databaseUrl: string,
  env: Record<string, string> = {},
  { workers = true } = {},
) {
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: databaseUrl, ...FAST_WEBHOOKS, ...env });
  const jobs = await startJobs(config, database, quietLog, { workers });
  afterAll(() => jobs.stop());
  return jobs;
}
