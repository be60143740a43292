import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { apiFile } from '../files.ts';
import type { Database } from './client.ts';

const migrationsFolder = apiFile('db/migrations');

/**
 * Applies the committed drizzle-kit migrations; the same files serve PostgreSQL and PGlite. Another
 * folder (with its own journal) is for tests that start from an older schema.
 */
export async function migrate(database: Database, folder = migrationsFolder): Promise<void> {
  if (database.kind === 'postgres') {
    const { migrate: migratePostgres } = await import('drizzle-orm/postgres-js/migrator');
    await migratePostgres(database.db as unknown as PostgresJsDatabase, { migrationsFolder: folder });
  } else {
    const { migrate: migratePglite } = await import('drizzle-orm/pglite/migrator');
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder: folder });
  }
}
