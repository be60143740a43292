import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, jsonb, pgEnum, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { apiClients } from './access.ts';
import { instant, timestamps } from './columns.ts';
import { domainEvents } from './events.ts';

/**
 * Where an API client wants events POSTed (Standard Webhooks). It receives only what its key may see
 * in the change feed. The signing secret has to be kept as it is (it signs, it is not checked), so it
 * never leaves this table except in the answer that creates or rotates it.
 */
export const webhookSubscriptions = pgTable(
  'webhook_subscriptions',
  {
    id: uuid('id').primaryKey(),
    apiClientId: uuid('api_client_id')
      .notNull()
      .references(() => apiClients.id, { onDelete: 'cascade' }),
    url: text('url').notNull(),
    /** Event types, `need.*`-style prefixes, or `*`. */
    events: text('events').array().notNull(),
    description: text('description'),
    active: boolean('active').notNull().default(true),
    /** Why the API deactivated it (after failing for WEBHOOK_DISABLE_AFTER_DAYS); cleared when reactivated. */
    disabledReason: text('disabled_reason'),
    secret: text('secret').notNull(),
    /** The secret before the last rotation, which keeps signing alongside until `previousSecretExpiresAt`. */
    previousSecret: text('previous_secret'),
    previousSecretExpiresAt: instant('previous_secret_expires_at'),
    /**
     * The snapshot (`pg_current_snapshot()`) it was created in: events of transactions committed before
     * it are not delivered, every later one is.
     */
    createdSnapshot: text('created_snapshot').notNull(),
    /** Since when every attempt has failed; cleared by a success. */
    failingSince: instant('failing_since'),
    ...timestamps,
  },
  (table) => [index('webhook_subscriptions_client_idx').on(table.apiClientId)],
);

export const DELIVERY_STATUSES = ['pending', 'succeeded', 'failed'] as const;
export const deliveryStatus = pgEnum('webhook_delivery_status', DELIVERY_STATUSES);

/** One event for one subscription: its attempts, as the delivery log shows them. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid('id').primaryKey(),
    subscriptionId: uuid('subscription_id')
      .notNull()
      .references(() => webhookSubscriptions.id, { onDelete: 'cascade' }),
    eventId: uuid('event_id')
      .notNull()
      .references(() => domainEvents.id, { onDelete: 'cascade' }),
    status: deliveryStatus('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastAttemptAt: instant('last_attempt_at'),
    lastResponseStatus: integer('last_response_status'),
    lastDurationMs: integer('last_duration_ms'),
    lastError: text('last_error'),
    nextAttemptAt: instant('next_attempt_at'),
    /** Every attempt: `{ at, responseStatus, durationMs, error }`. */
    history: jsonb('history').notNull().default(sql`'[]'::jsonb`),
    ...timestamps,
  },
  (table) => [
    unique('webhook_deliveries_once').on(table.subscriptionId, table.eventId),
    index('webhook_deliveries_subscription_idx').on(table.subscriptionId, table.createdAt),
  ],
);

/**
 * Where the dispatcher has got to in the feed (one row), and the newest event the retention cleanup
 * has deleted, so a feed cursor before it answers 410 instead of silently skipping.
 */
export const eventFeedState = pgTable('event_feed_state', {
  name: text('name').primaryKey(),
  transactionId: bigint('transaction_id', { mode: 'number' }).notNull(),
  position: bigint('position', { mode: 'number' }).notNull(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});
