import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { readVersion } from '../db/schema/index.ts';

/** The channel a committed change is announced on, so every instance drops what it cached at once. */
export const CHANGES_CHANNEL = 'vn_changes';

/**
 * Advances the read version in the transaction of a change, and announces it: PostgreSQL delivers a
 * NOTIFY only when the transaction commits, and never for one that rolls back.
 */
export async function advanceReadVersion(tx: Db): Promise<void> {
  await tx
    .insert(readVersion)
    .values({ id: 1, version: 1 })
    .onConflictDoUpdate({ target: readVersion.id, set: { version: sql`${readVersion.version} + 1` } });
  await tx.execute(sql`select pg_notify(${CHANGES_CHANNEL}, '')`);
}

export async function currentReadVersion(db: Db): Promise<number> {
  const [row] = await db.select({ version: readVersion.version }).from(readVersion).where(eq(readVersion.id, 1));
  return row?.version ?? 0;
}
