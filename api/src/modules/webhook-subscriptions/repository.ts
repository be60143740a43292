import { and, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { pickColumns } from '../../db/columns.ts';
import { tablePage } from '../../db/paging.ts';
import { domainEvents, webhookDeliveries, webhookSubscriptions } from '../../db/schema/index.ts';

const s = webhookSubscriptions;
const columns = pickColumns(
  s,
  'id',
  'apiClientId',
  'url',
  'events',
  'description',
  'active',
  'disabledReason',
  'previousSecretExpiresAt',
  'createdAt',
  'updatedAt',
);
export type WebhookSubscriptionRow = Awaited<ReturnType<typeof findSubscription>> & object;

/** Whose subscriptions a caller may see: an API client its own, an admin (`undefined`) all. */
export type Owner = string | undefined;
const owned = (owner: Owner, ...more: (SQL | undefined)[]) =>
  and(owner === undefined ? undefined : eq(s.apiClientId, owner), ...more);

export async function findSubscription(db: Db, owner: Owner, id: string, lock = false) {
  const query = db
    .select(columns)
    .from(s)
    .where(owned(owner, eq(s.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function listSubscriptions(
  db: Db,
  owner: Owner,
  filter: { apiClientId?: string | undefined },
  page: { limit: number; offset: number },
) {
  const where = owned(owner, filter.apiClientId ? eq(s.apiClientId, filter.apiClientId) : undefined);
  const orderBy = [desc(s.createdAt), desc(s.id)];
  return tablePage(db, { select: columns, from: s, where, orderBy }, { ...page, count: true });
}

export async function insertSubscription(
  tx: Db,
  row: {
    id: string;
    apiClientId: string;
    url: string;
    events: string[];
    description: string | null;
    active: boolean;
    secret: string;
  },
) {
  // What was committed before this snapshot is not delivered; what commits later is.
  await tx.insert(s).values({ ...row, createdSnapshot: sql`pg_current_snapshot()::text` });
}

export async function updateSubscription(tx: Db, id: string, set: Partial<typeof s.$inferInsert>) {
  await tx
    .update(s)
    .set({ ...set, updatedAt: new Date() })
    .where(eq(s.id, id));
}

export async function deleteSubscription(tx: Db, id: string) {
  await tx.delete(s).where(eq(s.id, id));
}

const d = webhookDeliveries;
const deliveryColumns = {
  ...pickColumns(
    d,
    'id',
    'eventId',
    'status',
    'attempts',
    'lastAttemptAt',
    'lastResponseStatus',
    'lastDurationMs',
    'lastError',
    'nextAttemptAt',
    'createdAt',
  ),
  eventType: domainEvents.type,
  history: sql<{ at: string; responseStatus: number | null; durationMs: number; error: string | null }[]>`${d.history}`,
};

export async function listDeliveries(
  db: Db,
  subscriptionId: string,
  filter: { status?: (typeof d.status.enumValues)[number] | undefined },
  page: { limit: number; offset: number },
) {
  const where = and(eq(d.subscriptionId, subscriptionId), filter.status ? eq(d.status, filter.status) : undefined);
  const [items, [total]] = await Promise.all([
    db
      .select(deliveryColumns)
      .from(d)
      .innerJoin(domainEvents, eq(domainEvents.id, d.eventId))
      .where(where)
      .orderBy(desc(d.createdAt), desc(d.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(d).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function findDelivery(db: Db, subscriptionId: string, id: string, lock = false) {
  const query = db
    .select(deliveryColumns)
    .from(d)
    .innerJoin(domainEvents, eq(domainEvents.id, d.eventId))
    .where(and(eq(d.subscriptionId, subscriptionId), eq(d.id, id)));
  const [row] = lock ? await query.for('update', { of: d }) : await query;
  return row;
}

export async function markForRetry(tx: Db, id: string) {
  await tx.update(d).set({ status: 'pending', nextAttemptAt: new Date(), updatedAt: new Date() }).where(eq(d.id, id));
}

export async function findSecret(tx: Db, id: string): Promise<string | undefined> {
  const [row] = await tx.select({ secret: s.secret }).from(s).where(eq(s.id, id));
  return row?.secret;
}
