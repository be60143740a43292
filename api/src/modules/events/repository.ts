import { and, eq, type SQL, sql } from 'drizzle-orm';
import { type EventViewer, visibleEvents } from '../../access/event-visibility.ts';
import { textArray } from '../../db/arrays.ts';
import { type Db, selectRows } from '../../db/client.ts';
import { domainEvents, eventFeedState } from '../../db/schema/index.ts';
import { escapeLike } from '../../lib/lists.ts';
import type { Cursor } from './cursor.ts';

/**
 * Transactions below this one have all ended, and every transaction that has not committed yet has
 * one at or above it. Serving only events below it, in (transaction, position) order, means a cursor
 * never passes an event that commits later — ordering by position alone would, since a transaction
 * that started earlier can write its events after a later one has.
 */
export const SAFE_HORIZON = sql`(pg_snapshot_xmin(pg_current_snapshot())::text)::bigint`;

/** The types a query or subscription names: exact types, `need.*` prefixes, `*` for all. */
export function typesCondition(patterns: readonly string[]): SQL | undefined {
  if (patterns.length === 0 || patterns.includes('*')) return undefined;
  const exact = patterns.filter((pattern) => !pattern.endsWith('.*'));
  const prefixes = patterns.filter((pattern) => pattern.endsWith('.*')).map((p) => `${escapeLike(p.slice(0, -1))}%`);
  const parts: SQL[] = [];
  if (exact.length > 0) parts.push(sql`${domainEvents.type} = any(${textArray(exact)})`);
  if (prefixes.length > 0) parts.push(sql`${domainEvents.type} like any(${textArray(prefixes)})`);
  return sql`(${sql.join(parts, sql` or `)})`;
}

export interface FeedEvent {
  id: string;
  type: string;
  occurredAt: string;
  data: unknown;
  transactionId: number;
  position: number;
}

/** The next events after `after` the viewer may see, in feed order. */
export async function readFeed(
  db: Db,
  viewer: EventViewer,
  after: Cursor,
  types: readonly string[],
  limit: number,
): Promise<FeedEvent[]> {
  const e = domainEvents;
  const types_ = typesCondition(types);
  const rows = await selectRows<{
    id: string;
    type: string;
    occurred_at: string | Date;
    data: unknown;
    transaction_id: string | number;
    position: string | number;
  }>(
    db,
    sql`select ${e.id}, ${e.type}, ${e.occurredAt}, ${e.data}, ${e.transactionId}, ${e.position}
      from ${e}
      where (${e.transactionId}, ${e.position}) > (${after.transactionId}, ${after.position})
        and ${e.transactionId} < ${SAFE_HORIZON}
        and ${visibleEvents(viewer)}
        ${types_ ? sql`and ${types_}` : sql``}
      order by ${e.transactionId}, ${e.position}
      limit ${limit}`,
  );
  return rows.map((row) => ({
    id: row.id,
    type: row.type,
    occurredAt: new Date(row.occurred_at).toISOString(),
    data: row.data,
    transactionId: Number(row.transaction_id),
    position: Number(row.position),
  }));
}

/** The last event any reader may be given now, whoever may see it: where a reader who saw all it may can wait. */
export async function lastSafeEvent(db: Db): Promise<Cursor | undefined> {
  const e = domainEvents;
  const [row] = await selectRows<{ transaction_id: string; position: string; occurred_at: string | Date }>(
    db,
    sql`select ${e.transactionId}, ${e.position}, ${e.occurredAt} from ${e}
      where ${e.transactionId} < ${SAFE_HORIZON}
      order by ${e.transactionId} desc, ${e.position} desc limit 1`,
  );
  return row
    ? {
        transactionId: Number(row.transaction_id),
        position: Number(row.position),
        occurredAt: new Date(row.occurred_at).getTime(),
      }
    : undefined;
}

const RETENTION = 'retention';

/** The newest event the retention cleanup has deleted. */
export async function deletedThrough(db: Db): Promise<{ transactionId: number; position: number } | undefined> {
  const [row] = await db
    .select({ transactionId: eventFeedState.transactionId, position: eventFeedState.position })
    .from(eventFeedState)
    .where(eq(eventFeedState.name, RETENTION));
  return row;
}

/** Deletes events older than the retention period and remembers the newest one it deleted. */
export async function deleteOldEvents(db: Db, retentionDays: number): Promise<number> {
  return db.transaction(async (tx) => {
    const e = domainEvents;
    const [row] = await selectRows<{ n: string; transaction_id: string | null; position: string | null }>(
      tx,
      sql`with deleted as (
          delete from ${e} where ${e.occurredAt} < now() - make_interval(days => ${retentionDays})
          returning ${e.transactionId} as t, ${e.position} as p)
        select count(*) as n, (select t from deleted order by t desc, p desc limit 1) as transaction_id,
          (select p from deleted order by t desc, p desc limit 1) as position from deleted`,
    );
    const deleted = Number(row?.n ?? 0);
    if (deleted > 0 && row?.transaction_id != null && row.position != null) {
      const through = { transactionId: Number(row.transaction_id), position: Number(row.position) };
      await tx
        .insert(eventFeedState)
        .values({ name: RETENTION, ...through })
        .onConflictDoUpdate({
          target: eventFeedState.name,
          set: { ...through, updatedAt: new Date() },
          where: and(
            sql`(${eventFeedState.transactionId}, ${eventFeedState.position}) < (${through.transactionId}, ${through.position})`,
          ),
        });
    }
    return deleted;
  });
}
