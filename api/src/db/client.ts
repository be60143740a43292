import { mkdirSync } from 'node:fs';
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
/** The one drizzle type the rest of the code sees, whichever driver is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface Database {
  db: Db;
  /** `postgres` for a PostgreSQL server reached through postgres.js, `pglite` for the embedded default. */
  kind: 'postgres' | 'pglite';
  /** A short description for logs, without credentials. */
  location: string;
  /**
   * Calls `onNotify` for every NOTIFY on `channel` (after the notifying transaction commits); the
   * answer stops listening. On PostgreSQL it holds a connection of its own and reconnects by itself,
   * calling `onListen` each time it (re)starts listening: notifications in between may be lost.
   */
  listen(channel: string, onNotify: () => void, onListen?: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string | undefined;
  /** Folder of the embedded database (used without `databaseUrl`); `memory://` keeps it in memory. */
  dataDir?: string;
  /**
   * An in-memory embedded database's starting cluster, as PGlite's `dumpDataDir` wrote one, instead of
   * initialising one (initdb is most of its start; the tests open many).
   */
  loadDataDir?: Blob;
  /** Connection pool size for PostgreSQL. */
  maxConnections?: number;
  /** Called with the SQL of every statement drizzle runs (for tests that count statements). */
  onQuery?: (sql: string) => void;
  /**
   * PostgreSQL only: how long connecting may take, and how long a statement may wait for a pooled
   * connection and run, before it fails as DatabaseUnavailableError (the server's statement_timeout is
   * the same). Without `queryMs` a statement waits as long as the network lets it.
   */
  timeouts?: { connectMs: number; queryMs?: number };
}

/** The database did not answer in time or could not be reached: the API answers 503, not 500. */
export class DatabaseUnavailableError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'DatabaseUnavailableError';
  }
}

type Pending = Promise<unknown> & { cancel?: () => void };

/** Settles as the work does (through its `then`), once it does, and stops the deadline's timer. */
function settleBeforeDeadline(
  then: Promise<unknown>['then'],
  timer: NodeJS.Timeout,
  resolve: (value: unknown) => void,
  reject: (error: unknown) => void,
) {
  then(
    (value) => {
      clearTimeout(timer);
      resolve(value);
    },
    (error) => {
      clearTimeout(timer);
      reject(error);
    },
  );
}

/** Rejects `query` with DatabaseUnavailableError once `ms` pass; a query not yet sent never runs. */
function withDeadline<Query extends Pending>(query: Query, ms: number): Query {
  const then = query.then.bind(query);
  let raced: Promise<unknown> | undefined;
  // postgres.js runs a query when it is first awaited; the deadline starts then and covers the wait for
  // a connection as well as the statement itself. Its own then is wrapped: drizzle awaits the query object.
  // biome-ignore lint/suspicious/noThenProperty: the query is a thenable by design; this wraps its then
  query.then = ((onFulfilled, onRejected) => {
    raced ??= new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        // A statement still waiting for a pooled connection is taken off the queue. One already sent is
        // left to the server's statement_timeout (the same ms): a cancel request from here races the
        // connection's next statement, and postgres.js then misreads that one's rows (seen under load).
        if (!(query as { state?: unknown }).state) query.cancel?.();
        reject(new DatabaseUnavailableError(`The database did not answer within ${ms} ms`));
      }, ms);
      settleBeforeDeadline(then, timer, resolve, reject);
    });
    return raced.then(onFulfilled, onRejected);
  }) as Query['then'];
  return query;
}

/**
 * Every statement gets a deadline, inside transactions too; a transaction may wait for its connection
 * only as long, and one given up on never starts later.
 */
function bounded(client: postgres.Sql, ms: number): postgres.Sql {
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property === 'unsafe') {
        return (...args: Parameters<postgres.Sql['unsafe']>) => withDeadline(target.unsafe(...args) as Pending, ms);
      }
      if (property === 'begin') {
        return (...args: unknown[]) => {
          const work = args.pop() as (sql: postgres.Sql) => unknown;
          let abandoned = false;
          let started = false;
          const transaction = (target.begin as (...a: unknown[]) => Promise<unknown>)(...args, (sql: postgres.Sql) => {
            if (abandoned) throw new DatabaseUnavailableError('The transaction was given up on before it began');
            started = true;
            return work(bounded(sql, ms));
          });
          return new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
              if (started) return;
              abandoned = true;
              reject(new DatabaseUnavailableError(`No database connection was free within ${ms} ms`));
            }, ms);
            settleBeforeDeadline(transaction.then.bind(transaction), timer, resolve, reject);
          });
        };
      }
      return Reflect.get(target, property, receiver);
    },
  });
}

/**
 * drizzle runs every statement through postgres.js's `unsafe()`, which does not prepare statements
 * unless asked to, so PostgreSQL would parse and plan each query again on every request (measured:
 * the municipality detail ran at a quarter of the speed of the same SQL prepared). postgres.js keeps
 * one prepared statement per distinct SQL text and connection; the parameters are never part of it.
 */
function preparedByDefault(client: postgres.Sql): postgres.Sql {
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property !== 'unsafe') return Reflect.get(target, property, receiver);
      return (
        query: string,
        parameters?: postgres.ParameterOrJSON<never>[],
        queryOptions?: postgres.UnsafeQueryOptions,
      ) => target.unsafe(query, parameters, { ...queryOptions, prepare: true });
    },
  });
}

/** PostgreSQL through postgres.js when a URL is given, otherwise an embedded PGlite database. */
export async function createDb(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    const timeouts = options.timeouts;
    const raw = postgres(options.databaseUrl, {
      max: options.maxConnections ?? 10,
      onnotice: () => {},
      ...(timeouts ? { connect_timeout: timeouts.connectMs / 1000 } : {}),
      connection: {
        application_name: 'valfardsnavet-api',
        ...(timeouts?.queryMs ? { statement_timeout: timeouts.queryMs } : {}),
      },
    });
    const client = preparedByDefault(timeouts?.queryMs ? bounded(raw, timeouts.queryMs) : raw);
    const url = new URL(options.databaseUrl);
    return {
      db: drizzlePostgres(client, {
        schema,
        casing: 'snake_case',
        ...(options.onQuery ? { logger: { logQuery: options.onQuery } } : {}),
      }) as unknown as Db,
      kind: 'postgres',
      location: `postgres://${url.host}${url.pathname}`,
      listen: async (channel, onNotify, onListen) => {
        const { unlisten } = await raw.listen(channel, onNotify, onListen);
        return unlisten;
      },
      close: () => raw.end({ timeout: 5 }),
    };
  }
  // Loaded only for the embedded default, so an API on PostgreSQL never carries PGlite in memory.
  const [{ PGlite }, { pg_trgm }, { unaccent }, { drizzle: drizzlePglite }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('@electric-sql/pglite/contrib/unaccent'),
    import('drizzle-orm/pglite'),
  ]);
  const dataDir = options.dataDir ?? './.data';
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(inMemory ? undefined : dataDir, {
    extensions: { unaccent, pg_trgm },
    ...(inMemory && options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  return {
    db: drizzlePglite(client, { schema, casing: 'snake_case' }) as unknown as Db,
    kind: 'pglite',
    location: inMemory ? 'pglite (in memory)' : `pglite ${dataDir}`,
    listen: async (channel, onNotify, onListen) => {
      const unlisten = await client.listen(channel, onNotify);
      onListen?.();
      return unlisten;
    },
    close: () => client.close(),
  };
}

/**
 * The rows of a raw statement, whichever driver ran it: postgres.js answers the rows themselves,
 * PGlite an object holding them. For statements the query builder cannot express (such as a UNION
 * inside a CTE); everything else goes through the builder.
 */
export async function selectRows<Row>(db: Db, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: Row[] }).rows) as Row[];
}
