import type { Config } from '../config.ts';
import { createDb, type Database } from '../db/client.ts';
import { deleteOldEvents } from '../modules/events/repository.ts';
import { deliverAttempt } from './deliver.ts';
import { dispatchOnce } from './dispatcher.ts';
import { createBoss, DELIVERY_QUEUE, type DeliveryJob, RETENTION_QUEUE } from './queue.ts';

interface Log {
  info(object: object, message: string): void;
  error(object: object, message: string): void;
}

export interface Jobs {
  /** Stops taking work, lets attempts in flight finish (up to the timeout), and closes the queue. */
  stop(): Promise<void>;
}

const DISPATCH_IDLE_MS = 200;
/**
 * Each worker takes up to BATCH jobs at a time and makes those attempts side by side: an attempt mostly
 * waits on the receiver. pg-boss pauses a worker between fetches unless notified, so a worker that
 * found a full batch asks for the next at once (measured: one job per fetch capped delivery at 8 a second).
 */
const DELIVERY_WORKERS = 2;
const BATCH = 25;
const DELIVERY_CONNECTIONS = 4;

/**
 * The job queue on the API's database: installs or upgrades pg-boss's schema and queues, and with
 * `workers` runs the dispatcher (events → deliveries), the delivery workers and the hourly retention
 * cleanup. A job is taken by one worker at a time (pg-boss locks it with SKIP LOCKED); one whose
 * worker died is taken again once it expires, so every attempt is made at least once.
 */
export async function startJobs(
  config: Config,
  database: Database,
  log: Log,
  options: { workers: boolean } = { workers: config.workers },
): Promise<Jobs> {
  // An attempt takes at most the timeout; after that and a margin a job still active lost its worker.
  const expireInSeconds = config.webhooks.timeoutSeconds + 10;
  const boss = createBoss(database, config.databaseUrl, {
    supervise: options.workers,
    schedule: options.workers,
    maintenanceIntervalSeconds: expireInSeconds,
  });
  boss.on('error', (err) => log.error({ err }, 'job queue error'));
  await boss.start();
  await boss.createQueue(DELIVERY_QUEUE, {
    name: DELIVERY_QUEUE,
    expireInSeconds,
    // These retries only restart an attempt whose worker died; failed answers are retried on the
    // WEBHOOK_RETRY_SCHEDULE by the delivery itself.
    retryLimit: 5,
    retryDelay: 1,
  });
  await boss.createQueue(RETENTION_QUEUE, { name: RETENTION_QUEUE, expireInSeconds: 600 });
  if (!options.workers) return { stop: () => boss.stop({ graceful: false, close: database.kind !== 'pglite' }) };

  // On PostgreSQL the deliveries have a pool of their own, so a burst of them never makes a request
  // wait for a connection (nor a burst of requests the deliveries).
  const own =
    database.kind === 'postgres' && config.databaseUrl
      ? await createDb({
          databaseUrl: config.databaseUrl,
          maxConnections: DELIVERY_CONNECTIONS,
          timeouts: { connectMs: config.database.connectTimeoutMs, queryMs: config.database.queryTimeoutMs },
        })
      : undefined;
  const { db } = own ?? database;
  const settings = { ...config.webhooks };
  const workerIds: string[] = [];
  for (let i = 0; i < DELIVERY_WORKERS; i++) {
    let id: string | undefined;
    id = await boss.work<DeliveryJob>(
      DELIVERY_QUEUE,
      { pollingIntervalSeconds: 0.5, batchSize: BATCH },
      async (jobs) => {
        if (id && jobs.length === BATCH) boss.notifyWorker(id);
        const attempts = await Promise.allSettled(jobs.map((job) => deliverAttempt(db, settings, job.data)));
        // The batch fails as one and its jobs run again; an attempt already recorded is then skipped.
        const failed = attempts.find((attempt) => attempt.status === 'rejected');
        if (failed) throw failed.reason;
      },
    );
    workerIds.push(id);
  }
  await boss.work(RETENTION_QUEUE, async () => {
    const deleted = await deleteOldEvents(db, config.eventRetentionDays);
    if (deleted > 0) log.info({ deleted, retentionDays: config.eventRetentionDays }, 'old events deleted');
  });
  await boss.schedule(RETENTION_QUEUE, '17 * * * *');

  let stopping = false;
  const dispatching = (async () => {
    while (!stopping) {
      try {
        const { events, deliveries } = await dispatchOnce(db);
        // New jobs are taken at once by this process's workers; others find them on their next poll.
        if (deliveries > 0) for (const id of workerIds) boss.notifyWorker(id);
        if (events > 0) continue;
      } catch (err) {
        if (!stopping) log.error({ err }, 'webhook dispatch failed; trying again');
      }
      await new Promise((resolve) => setTimeout(resolve, DISPATCH_IDLE_MS));
    }
  })();

  return {
    async stop() {
      stopping = true;
      await dispatching;
      // Within the shutdown timeout; an attempt cut short is made again once its job expires.
      const timeout = Math.max(1000, config.shutdownTimeoutMs - 1000);
      await boss.stop({ graceful: true, wait: true, timeout, close: database.kind !== 'pglite' });
      await own?.close();
    },
  };
}
