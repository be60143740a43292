import pino from 'pino';
import { type Config, runWithConfig } from './config.ts';
import { createDb } from './db/client.ts';
import { prepareDatabase } from './db/setup.ts';
import { startJobs } from './webhooks/workers.ts';

/**
 * A process that only delivers webhooks (dispatcher, delivery workers, retention cleanup), to scale
 * deliveries out beside the API instances: `pnpm --filter @valfardsnavet/api worker`. Same
 * configuration as the API; it shares the queue through the database.
 */
async function main(config: Config) {
  const log = pino({ level: config.logLevel, name: 'worker' });
  const database = await createDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, maxConnections: 5 });
  await prepareDatabase(database);
  const jobs = await startJobs(config, database, log, { workers: true });
  log.info({ database: database.location }, 'webhook workers running');

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'stopping: finishing deliveries in flight');
    await jobs.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

runWithConfig(main);
