import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { apiFile } from '../files.ts';
import { type Database, selectRows } from './client.ts';

const migrationsFolder = apiFile('db/migrations');

/**
 * Applies the committed drizzle-kit migrations; the same files serve PostgreSQL and PGlite. Another
 * folder (with its own journal) is for tests that start from an older schema.
 */
export async function migrate(database: Database, folder = migrationsFolder): Promise<void> {
  await refuseHistoryBeforeBaseline(database, folder);
  if (database.kind === 'postgres') {
    const { migrate: migratePostgres } = await import('drizzle-orm/postgres-js/migrator');
    await migratePostgres(database.db as unknown as PostgresJsDatabase, { migrationsFolder: folder });
  } else {
    const { migrate: migratePglite } = await import('drizzle-orm/pglite/migrator');
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder: folder });
  }
}

/**
 * The first migration is a baseline: the schema that migrations 0000–0024 built, in one file, with
 * 0024's timestamp. Drizzle applies a migration when it is newer than the last one a database
 * recorded, so a database that stopped part-way through that history would get the baseline on top of
 * its tables: its first statement fails, the migrations roll back, and the database never starts, with
 * an error that does not say why. Such a database is refused before anything runs, with what to do.
 */
async function refuseHistoryBeforeBaseline(database: Database, folder: string): Promise<void> {
  const journal = JSON.parse(readFileSync(`${folder}/meta/_journal.json`, 'utf8')) as {
    entries: { tag: string; when: number }[];
  };
  const baseline = journal.entries[0];
  if (!baseline?.tag.endsWith('_baseline')) return;
  const [recorded] = await selectRows<{ table: string | null }>(
    database.db,
    sql`select to_regclass('drizzle.__drizzle_migrations')::text as table`,
  );
  if (!recorded?.table) return;
  const [last] = await selectRows<{ createdAt: string | null }>(
    database.db,
    sql`select max(created_at)::text as "createdAt" from drizzle.__drizzle_migrations`,
  );
  const lastMigrated = Number(last?.createdAt ?? baseline.when);
  if (lastMigrated >= baseline.when) return;
  throw new Error(
    `The database was last migrated by a migration of ${new Date(lastMigrated).toISOString()}, older than ` +
      `${baseline.tag}, which now stands for all the migrations up to it. Start it once with the code of ` +
      'commit f975629 (the last with those migrations one by one) to bring it that far, or begin with an ' +
      'empty database (for the embedded one, delete api/.data).',
  );
}
