import { type SQL, sql } from 'drizzle-orm';
import PgBoss from 'pg-boss';
import { type Database, type Db, selectRows } from '../db/client.ts';

/** The jobs this API runs in pg-boss. */
export const DELIVERY_QUEUE = 'webhook-delivery';
export const RETENTION_QUEUE = 'event-retention';

/** One attempt at one delivery; an attempt whose number is not the delivery's next is stale and skipped. */
export interface DeliveryJob {
  deliveryId: string;
  attempt: number;
}

/** pg-boss's numbered parameters (`$1`) as a drizzle statement, so it runs in any transaction of ours. */
function positional(text: string, values: unknown[]): SQL {
  const chunks: SQL[] = [];
  let from = 0;
  for (const match of text.matchAll(/\$(\d+)/g)) {
    chunks.push(sql.raw(text.slice(from, match.index)));
    const value = values[Number(match[1]) - 1];
    chunks.push(
      sql`${value !== null && typeof value === 'object' && !(value instanceof Date) && !Array.isArray(value) ? JSON.stringify(value) : (value ?? null)}`,
    );
    from = (match.index ?? 0) + match[0].length;
  }
  chunks.push(sql.raw(text.slice(from)));
  return sql.join(chunks, sql.raw(''));
}

/** A pg-boss database adapter over one of our connections or transactions. */
export const executorOf = (db: Db): PgBoss.Db => ({
  executeSql: async (text, values) => ({ rows: await selectRows(db, positional(text, values ?? [])) }),
});

interface PgliteClient {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  exec(text: string): Promise<{ rows: unknown[] }[]>;
  transaction<T>(work: (tx: { exec(text: string): Promise<{ rows: unknown[] }[]> }) => Promise<T>): Promise<T>;
}

/**
 * pg-boss on the embedded PGlite: statements with parameters go through `query`; its parameterless
 * multi-statement scripts (`BEGIN; … COMMIT;`, schema creation) through `exec`, the transactional
 * ones inside a PGlite transaction so a failure cannot leave the one shared connection in an aborted
 * transaction.
 */
function pgliteExecutor(client: PgliteClient): PgBoss.Db {
  const last = (results: { rows: unknown[] }[]) => results.at(-1) ?? { rows: [] };
  return {
    executeSql: async (text, values) => {
      if (values && values.length > 0) return client.query(text, values);
      const script = /^\s*BEGIN;([\s\S]*)COMMIT;\s*$/.exec(text);
      if (script) return client.transaction(async (tx) => last(await tx.exec(script[1] as string)));
      return last(await client.exec(text));
    },
  };
}

/**
 * Never started: it only writes jobs, each through the transaction that is given with it, so a job
 * exists exactly when the change that asks for it commits.
 */
const writer = new PgBoss({ db: { executeSql: () => Promise.reject(new Error('jobs are written in a transaction')) } });

export async function enqueueDelivery(tx: Db, job: DeliveryJob, startAfter?: Date): Promise<void> {
  const id = await writer.send(DELIVERY_QUEUE, job, { db: executorOf(tx), ...(startAfter ? { startAfter } : {}) });
  if (!id) throw new Error(`The ${DELIVERY_QUEUE} queue does not exist: start the queue (startJobs) first`);
}

/** Several first attempts in one statement (the dispatcher's batch). */
export async function enqueueDeliveries(tx: Db, jobs: DeliveryJob[]): Promise<void> {
  if (jobs.length === 0) return;
  await writer.insert(
    jobs.map((data) => ({ name: DELIVERY_QUEUE, data })),
    { db: executorOf(tx) },
  );
}

/** A pg-boss on the API's database: its own small pool on PostgreSQL, the shared connection on PGlite. */
export function createBoss(
  database: Database,
  databaseUrl: string | undefined,
  options: PgBoss.ConstructorOptions,
): PgBoss {
  const base = { schema: 'pgboss', ...options };
  if (database.kind === 'pglite') {
    const client = (database.db as unknown as { $client: PgliteClient }).$client;
    return new PgBoss({ ...base, db: pgliteExecutor(client) });
  }
  if (!databaseUrl) throw new Error('pg-boss needs the URL of the PostgreSQL database');
  return new PgBoss({ ...base, connectionString: databaseUrl, max: 3, application_name: 'valfardsnavet-jobs' });
}
