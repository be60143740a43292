import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { readVersion } from '../db/schema/index.ts';

/** The channel a committed change is announced on, so every instance drops what it cached at once. */
export const CHANGES_CHANNEL = 'vn_changes';

/**
 * The read version is kept in this many rows, a change advancing the one of its connection, so that
 * concurrent changes do not queue for one row (each holds it until its commit is flushed).
 */
export const READ_VERSION_STRIPES = 16;

/**
 * Advances the read version in the transaction of a change: readers see the new version exactly when
 * they can see the change. Call it last in the transaction: the row stays locked until the commit is
 * flushed. Announce the change with `announceChange` once it has committed.
 */
export async function advanceReadVersion(tx: Db): Promise<void> {
  await tx
    .insert(readVersion)
    .values({ id: sql`1 + pg_backend_pid() % ${READ_VERSION_STRIPES}`, version: 1 })
    .onConflictDoUpdate({ target: readVersion.id, set: { version: sql`${readVersion.version} + 1` } });
}

/**
 * Tells every instance, after the commit, that what it cached is stale. Not inside the change's
 * transaction: PostgreSQL serialises the commits of transactions that NOTIFY, flushes included, which
 * capped writes at about 50 a second on a busy disk. This transaction writes nothing worth flushing.
 * An announcement that fails is not the change's failure: instances re-read the version within a second.
 */
export async function announceChange(db: Db): Promise<void> {
  await db
    .transaction(async (tx) => {
      await tx.execute(sql`set local synchronous_commit = off`);
      await tx.execute(sql`select pg_notify(${CHANGES_CHANNEL}, '')`);
    })
    .catch(() => {});
}

/** The read version: the sum of the stripes, which every committed change advances by one. */
export async function currentReadVersion(db: Db): Promise<number> {
  const [row] = await db.select({ version: sql<string>`coalesce(sum(${readVersion.version}), 0)` }).from(readVersion);
  return Number(row?.version ?? 0);
}
