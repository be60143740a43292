import { eventViewerOf } from '../../access/event-visibility.ts';
import type { Principal } from '../../access/principal.ts';
import type { Db } from '../../db/client.ts';
import { HttpProblem } from '../../lib/problems.ts';
import { type Cursor, decodeCursor, encodeCursor, isAfter, START } from './cursor.ts';
import { deletedThrough, lastSafeEvent, readFeed } from './repository.ts';

const DAY_MS = 86_400_000;

/** The change feed: what a caller may see of the domain events, from a cursor on. */
export function createFeed({ db, retentionDays }: { db: Db; retentionDays: number }) {
  async function expired(cursor: Cursor): Promise<boolean> {
    if (cursor === START) return false;
    if (cursor.occurredAt < Date.now() - retentionDays * DAY_MS) return true;
    const deleted = await deletedThrough(db);
    return deleted !== undefined && !isAfter(cursor, { ...deleted, occurredAt: 0 });
  }

  return {
    async read(principal: Principal, query: { after: string | undefined; types: string[]; limit: number }) {
      const after = query.after === undefined ? START : decodeCursor(query.after);
      if (await expired(after)) {
        throw new HttpProblem(
          410,
          `The cursor is older than the ${retentionDays} days events are kept; read the feed again from its start (without after)`,
        );
      }
      const viewer = await eventViewerOf(db, principal);
      // One snapshot for the page and the horizon, so the cursor cannot move past an event that
      // became readable between the two.
      const { events, next } = await db.transaction(
        async (tx) => {
          const events = await readFeed(tx, viewer, after, query.types, query.limit);
          const last = events.at(-1);
          let next: Cursor = last
            ? { transactionId: last.transactionId, position: last.position, occurredAt: Date.parse(last.occurredAt) }
            : after;
          // A short page covered everything there is so far: move past what this caller may not see,
          // so the next read does not scan it again.
          if (events.length < query.limit) {
            const horizon = await lastSafeEvent(tx);
            if (horizon && isAfter(horizon, next)) next = horizon;
          }
          return { events, next };
        },
        { isolationLevel: 'repeatable read', accessMode: 'read only' },
      );
      return {
        items: events.map(({ id, type, occurredAt, data }) => ({ id, type, occurredAt, data: data as object })),
        next: encodeCursor(next),
      };
    },
  };
}
