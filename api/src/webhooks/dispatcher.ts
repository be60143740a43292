import { and, eq, isNull, sql } from 'drizzle-orm';
import { apiClientViewer, canSee, typeMatches } from '../access/event-visibility.ts';
import { type Db, selectRows } from '../db/client.ts';
import {
  apiClients,
  domainEvents,
  eventFeedState,
  webhookDeliveries,
  webhookSubscriptions,
} from '../db/schema/index.ts';
import { uuidv7 } from '../lib/uuid.ts';
import { SAFE_HORIZON } from '../modules/events/repository.ts';
import { enqueueDeliveries } from './queue.ts';

const CURSOR = 'webhook-dispatch';

/** Whether a transaction had committed (or ended) for a snapshot `xmin:xmax:xip,…` (pg_visible_in_snapshot). */
export function committedBefore(snapshot: string, transactionId: number): boolean {
  const [xmin, xmax, running] = snapshot.split(':');
  if (transactionId < Number(xmin)) return true;
  if (transactionId >= Number(xmax)) return false;
  return !(running ? running.split(',').map(Number) : []).includes(transactionId);
}
const BATCH = 200;

/**
 * Turns newly committed events into deliveries: one per event and active subscription whose types
 * match and whose key may see it, each with the job of its first attempt, in the transaction that
 * moves the dispatcher's cursor — so an event is dispatched once, even with several instances (one
 * takes the cursor's lock, the others skip the round), and never lost in a crash. Reads the feed as
 * a reader would (transactions older than any in progress), so it never passes an event that commits
 * later. Answers how many events it covered.
 */
export async function dispatchOnce(db: Db): Promise<{ events: number; deliveries: number }> {
  return db.transaction(async (tx) => {
    const [locked] = await selectRows<{ ok: boolean }>(
      tx,
      sql`select pg_try_advisory_xact_lock(hashtextextended(${CURSOR}, 0)) as ok`,
    );
    if (!locked?.ok) return { events: 0, deliveries: 0 };
    const [cursor] = await tx
      .select({ transactionId: eventFeedState.transactionId, position: eventFeedState.position })
      .from(eventFeedState)
      .where(eq(eventFeedState.name, CURSOR));
    const from = cursor ?? { transactionId: 0, position: 0 };
    const e = domainEvents;
    const events = await tx
      .select({
        id: e.id,
        type: e.type,
        transactionId: e.transactionId,
        position: e.position,
        audience: e.audience,
        audienceSupplierId: e.audienceSupplierId,
        audienceMunicipalities: e.audienceMunicipalities,
        audienceAssociations: e.audienceAssociations,
        audiencePublicBodies: e.audiencePublicBodies,
      })
      .from(e)
      .where(
        sql`(${e.transactionId}, ${e.position}) > (${from.transactionId}, ${from.position}) and ${e.transactionId} < ${SAFE_HORIZON}`,
      )
      .orderBy(e.transactionId, e.position)
      .limit(BATCH);
    const last = events.at(-1);
    if (!last) return { events: 0, deliveries: 0 };

    const subscribers = await tx
      .select({
        id: webhookSubscriptions.id,
        events: webhookSubscriptions.events,
        createdSnapshot: webhookSubscriptions.createdSnapshot,
        supplierId: apiClients.supplierId,
      })
      .from(webhookSubscriptions)
      .innerJoin(apiClients, eq(apiClients.id, webhookSubscriptions.apiClientId))
      .where(and(eq(webhookSubscriptions.active, true), isNull(apiClients.revokedAt)));
    const rows = events.flatMap((event) =>
      subscribers
        .filter(
          (subscriber) =>
            !committedBefore(subscriber.createdSnapshot, event.transactionId) &&
            typeMatches(subscriber.events, event.type) &&
            canSee(apiClientViewer(subscriber.supplierId), event),
        )
        .map((subscriber) => ({
          id: uuidv7(),
          subscriptionId: subscriber.id,
          eventId: event.id,
          nextAttemptAt: new Date(),
        })),
    );
    const created =
      rows.length === 0
        ? []
        : await tx.insert(webhookDeliveries).values(rows).onConflictDoNothing().returning({ id: webhookDeliveries.id });
    await enqueueDeliveries(
      tx,
      created.map((delivery) => ({ deliveryId: delivery.id, attempt: 1 })),
    );
    const through = { transactionId: last.transactionId, position: last.position };
    await tx
      .insert(eventFeedState)
      .values({ name: CURSOR, ...through })
      .onConflictDoUpdate({ target: eventFeedState.name, set: { ...through, updatedAt: new Date() } });
    return { events: events.length, deliveries: created.length };
  });
}
