import { sql } from 'drizzle-orm';
import { bigint, check, integer, pgTable } from 'drizzle-orm/pg-core';

/**
 * A counter that every committed change advances, in its own transaction: what public reads are
 * cached under and what list ETags are made of. A write makes every cached answer and every list
 * ETag stale at once, on every instance (writes are rare; reads of the same lists are not). Kept in
 * up to 16 rows (READ_VERSION_STRIPES) whose sum is the version, so concurrent changes do not queue.
 */
export const readVersion = pgTable(
  'read_version',
  {
    id: integer('id').primaryKey().default(1),
    version: bigint('version', { mode: 'number' }).notNull().default(0),
  },
  (table) => [check('read_version_stripe', sql`${table.id} between 1 and 16`)],
);
