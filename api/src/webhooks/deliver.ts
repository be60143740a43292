import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { systemActor } from '../access/principal.ts';
import { ADMINS } from '../changes/events.ts';
import { inTransaction, lockKey } from '../changes/unit-of-work.ts';
import { type Db, selectRows } from '../db/client.ts';
import { webhookDeliveries, webhookSubscriptions } from '../db/schema/index.ts';
import { retryDelay } from '../lib/retry-schedule.ts';
import { findSubscription } from '../modules/webhook-subscriptions/repository.ts';
import { type PostResult, postWebhook } from './post.ts';
import { type DeliveryJob, enqueueDelivery } from './queue.ts';
import { signatureHeader } from './signature.ts';

export interface DeliverySettings {
  retryScheduleMs: number[];
  disableAfterDays: number;
  timeoutSeconds: number;
  allowPrivateUrls: boolean;
}

interface Loaded {
  status: 'pending' | 'succeeded' | 'failed';
  attempts: number;
  subscription_id: string;
  event_id: string;
  url: string;
  secret: string;
  previous_secret: string | null;
  previous_secret_expires_at: string | Date | null;
  active: boolean;
  revoked_at: string | Date | null;
  type: string;
  occurred_at: string | Date;
  data: unknown;
}

/** Deliveries are the product's own background work: their changes are recorded as the system's. */
const DELIVERY = systemActor('webhook-delivery');

/**
 * Makes one attempt of one delivery, records it, and schedules the next when it failed. A job whose
 * attempt is not the delivery's next (an earlier job run again after a crash, or one a manual retry
 * overtook) does nothing, so an attempt is recorded once.
 */
export async function deliverAttempt(db: Db, settings: DeliverySettings, job: DeliveryJob): Promise<void> {
  const [loaded] = await selectRows<Loaded>(
    db,
    sql`select d.status, d.attempts, d.subscription_id, d.event_id, s.url, s.secret, s.previous_secret,
        s.previous_secret_expires_at, s.active, c.revoked_at, e.type, e.occurred_at, e.data
      from webhook_deliveries d
      join webhook_subscriptions s on s.id = d.subscription_id
      join api_clients c on c.id = s.api_client_id
      join domain_events e on e.id = d.event_id
      where d.id = ${job.deliveryId}`,
  );
  if (loaded?.status !== 'pending' || loaded.attempts !== job.attempt - 1) return;
  let result: PostResult;
  if (!loaded.active || loaded.revoked_at) {
    result = { durationMs: 0, error: loaded.active ? 'the API key is revoked' : 'the subscription is not active' };
  } else {
    const body = JSON.stringify({
      type: loaded.type,
      timestamp: new Date(loaded.occurred_at).toISOString(),
      data: loaded.data,
    });
    const timestamp = Math.floor(Date.now() / 1000);
    const secrets = [loaded.secret];
    if (
      loaded.previous_secret &&
      loaded.previous_secret_expires_at &&
      new Date(loaded.previous_secret_expires_at) > new Date()
    )
      secrets.push(loaded.previous_secret);
    result = await postWebhook(
      loaded.url,
      {
        'webhook-id': loaded.event_id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': signatureHeader(secrets, loaded.event_id, timestamp, body),
        'user-agent': 'Valfardsnavet-Webhooks/1',
      },
      body,
      { timeoutMs: settings.timeoutSeconds * 1000, allowPrivate: settings.allowPrivateUrls },
    );
  }
  const stopped = !loaded.active || loaded.revoked_at !== null;
  await record(db, settings, job, loaded.subscription_id, result, stopped);
}

async function record(
  db: Db,
  settings: DeliverySettings,
  job: DeliveryJob,
  subscriptionId: string,
  result: PostResult,
  stopped: boolean,
) {
  const succeeded = result.status !== undefined && result.status >= 200 && result.status < 300;
  const wait = succeeded || stopped ? undefined : retryDelay(settings.retryScheduleMs, job.attempt);
  const next = wait === undefined ? null : new Date(Date.now() + wait);
  const attempt = {
    at: new Date().toISOString(),
    responseStatus: result.status ?? null,
    durationMs: result.durationMs,
    error: result.error ?? (succeeded ? null : `answered ${result.status}`),
  };
  // Recorded only if this is still the delivery's next attempt, in the one statement that checks it.
  const recorded = async (tx: Db) =>
    (
      await tx
        .update(webhookDeliveries)
        .set({
          status: succeeded ? 'succeeded' : next ? 'pending' : 'failed',
          attempts: job.attempt,
          lastAttemptAt: new Date(attempt.at),
          lastResponseStatus: attempt.responseStatus,
          lastDurationMs: attempt.durationMs,
          lastError: attempt.error,
          nextAttemptAt: next,
          history: sql`${webhookDeliveries.history} || ${JSON.stringify([attempt])}::jsonb`,
          updatedAt: new Date(),
        })
        .where(
          and(
            eq(webhookDeliveries.id, job.deliveryId),
            eq(webhookDeliveries.status, 'pending'),
            eq(webhookDeliveries.attempts, job.attempt - 1),
          ),
        )
        .returning({ id: webhookDeliveries.id })
    ).length > 0;
  if (succeeded || stopped) {
    // The common case takes two statements and no transaction. A success touches the subscription only
    // if it was failing: deliveries to one subscription run side by side, and rewriting its row each
    // time would make them wait for one another.
    if ((await recorded(db)) && succeeded && !stopped) {
      await db
        .update(webhookSubscriptions)
        .set({ failingSince: null })
        .where(and(eq(webhookSubscriptions.id, subscriptionId), isNotNull(webhookSubscriptions.failingSince)));
    }
    return;
  }
  // A failure: its record, the next attempt's job and the subscription's failing streak, together.
  const disable = await db.transaction(async (tx) => {
    if (!(await recorded(tx))) return false;
    if (next) await enqueueDelivery(tx, { deliveryId: job.deliveryId, attempt: job.attempt + 1 }, next);
    const [subscription] = await tx
      .update(webhookSubscriptions)
      .set({ failingSince: sql`coalesce(${webhookSubscriptions.failingSince}, now())` })
      .where(eq(webhookSubscriptions.id, subscriptionId))
      .returning({ failingSince: webhookSubscriptions.failingSince, active: webhookSubscriptions.active });
    const since = subscription?.failingSince;
    return Boolean(
      subscription?.active && since && since.getTime() <= Date.now() - settings.disableAfterDays * 86_400_000,
    );
  });
  if (disable) await deactivate(db, subscriptionId, settings.disableAfterDays);
}

/** A subscription whose deliveries have failed for days is deactivated, with the event that says so. */
async function deactivate(db: Db, id: string, days: number) {
  await inTransaction(db, DELIVERY, async (tx, recordChange) => {
    await lockKey(tx, 'webhook_subscription', id);
    const before = await findSubscription(tx, undefined, id, true);
    if (!before?.active) return;
    const reason = `Every delivery failed for ${days} days; fix the receiver and set active to true again`;
    await tx
      .update(webhookSubscriptions)
      .set({ active: false, disabledReason: reason, updatedAt: new Date() })
      .where(eq(webhookSubscriptions.id, id));
    const after = await findSubscription(tx, undefined, id);
    await recordChange({
      action: 'update',
      entityType: 'webhook_subscription',
      entityKey: id,
      before,
      after,
      events: [{ type: 'webhook_subscription.disabled', audience: ADMINS }],
    });
  });
}
