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
  /** Connection pool size for PostgreSQL. */
  maxConnections?: number;
  /** Called with the SQL of every statement drizzle runs (for tests that count statements). */
  onQuery?: (sql: string) => void;
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
    const client = preparedByDefault(
      postgres(options.databaseUrl, {
        max: options.maxConnections ?? 10,
        onnotice: () => {},
        connection: { application_name: 'valfardsnavet-api' },
      }),
    );
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
        const { unlisten } = await client.listen(channel, onNotify, onListen);
        return unlisten;
      },
      close: () => client.end({ timeout: 5 }),
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
