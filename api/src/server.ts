import pino from 'pino';
import { buildApp } from './app.ts';
import { type Config, runWithConfig } from './config.ts';
import { createDb, type Database } from './db/client.ts';
import { seedDemo } from './db/seed/demo/index.ts';
import type { ReferenceCounts } from './db/seed/reference.ts';
import { prepareDatabase } from './db/setup.ts';
import { ensureFirstAdmin } from './modules/users/first-admin.ts';
import { type Jobs, startJobs } from './webhooks/workers.ts';

/**
 * Prepares the database without the deadline that requests have: how long that takes grows with what
 * is stored (a migration's index, the derived values recomputed after a database function changed,
 * or waiting while another instance does either), and a start given up on after DATABASE_QUERY_TIMEOUT_MS
 * would be tried again, and given up on again, at every restart. Connecting keeps its deadline.
 */
async function prepare(database: Database, config: Config): Promise<ReferenceCounts> {
  if (database.kind !== 'postgres') return prepareDatabase(database);
  const preparing = await createDb({
    databaseUrl: config.databaseUrl,
    maxConnections: 2,
    timeouts: { connectMs: config.database.connectTimeoutMs },
  });
  try {
    return await prepareDatabase(preparing);
  } finally {
    await preparing.close();
  }
}

/** Entry point: read config, prepare the database, build the app, listen, shut down gracefully. */
async function main(config: Config) {
  // A person reads the log in a terminal during development; elsewhere a machine does, as JSON lines,
  // gathered into writes of 4 KB and flushed at least once a second (a write per request line cost
  // 68 µs of CPU, a sixth of a simple read); pino flushes what is left when the process exits.
  const logLines =
    config.env === 'development' ? undefined : pino.destination({ dest: 1, minLength: 4096, periodicFlush: 1000 });
  const logger = logLines
    ? { level: config.logLevel, stream: logLines }
    : {
        level: config.logLevel,
        transport: { target: 'pino-pretty', options: { translateTime: 'HH:MM:ss', ignore: 'pid,hostname' } },
      };

  const database = await createDb({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    timeouts: { connectMs: config.database.connectTimeoutMs, queryMs: config.database.queryTimeoutMs },
  });
  const app = await buildApp(config, { db: database.db, listen: database.listen }, logger);
  app.log.info({ database: database.location }, 'preparing database');
  const loaded = await prepare(database, config);
  app.log.info(loaded, 'reference data loaded');
  if (database.kind === 'pglite' || config.seedDemo) {
    app.log.info(
      await seedDemo(database.db),
      'demo data loaded (adoptions and maturity are fictitious and marked demo)',
    );
  }
  const firstAdmin = await ensureFirstAdmin(database.db, config.admin, database.kind === 'pglite');
  if (firstAdmin.outcome === 'created' && firstAdmin.generatedPassword) {
    // Printed once, here; it is stored only as an argon2id hash.
    console.log(
      `\nFirst admin created. Sign in as ${firstAdmin.email} with the password\n\n    ${firstAdmin.generatedPassword}\n\n` +
        'It is shown this once. Change it after signing in.\n',
    );
  } else if (firstAdmin.outcome === 'created') {
    app.log.info({ email: firstAdmin.email }, 'first admin created from ADMIN_EMAIL');
  } else if (firstAdmin.outcome === 'exists') {
    app.log.info(
      'An admin exists already. Lost its password? Stop the API and run `pnpm --filter @valfardsnavet/api admin:reset-password` for a new one',
    );
  } else if (firstAdmin.outcome === 'missing') {
    app.log.warn('No admin exists: set ADMIN_EMAIL and ADMIN_PASSWORD and restart to create the first one');
  }

  let jobs: Jobs | undefined;
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing requests in flight');
    logLines?.flush();
    const timer = setTimeout(() => {
      app.log.error('shutdown took too long; exiting');
      process.exit(1);
    }, config.shutdownTimeoutMs);
    timer.unref();
    try {
      await app.close();
      await jobs?.stop();
      await database.close();
      app.log.info('shutdown complete');
      process.exit(0);
    } catch (err) {
      app.log.error({ err }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  const base = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${app.server.address() && typeof app.server.address() === 'object' ? (app.server.address() as { port: number }).port : config.port}`;
  app.log.info(`Välfärdsnavet API ready at ${base}/v1 — reference at ${base}/docs, OpenAPI at ${base}/openapi.json`);
  // Whoever waits for the start sees it now, not at the next flush (the shutdown flushes likewise).
  logLines?.flush();
  // After listening, so the queue does not delay readiness; its schema is installed even without
  // workers, so that the API can write jobs (a retry, a dispatch by another process).
  if (!closing) jobs = await startJobs(config, database, app.log);
  if (config.workers) app.log.info('webhook workers running in this process');
}

runWithConfig(main);
