import { sql } from 'drizzle-orm';
import { bigint, index, jsonb, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { instant } from './columns.ts';

/**
 * Who may see a domain event, as the access rules say for what it is about:
 * - `public`: anyone (published catalogue entries, the register, procurements, operator models);
 * - `identified`: any API key or signed-in person (published needs and what happens to them);
 * - `scoped`: admins and editors whose scope covers one of `audienceMunicipalities` or
 *   `audienceAssociations` or `audiencePublicBodies` (a draft need);
 * - `private`: admins, the editors in scope of the owners (as for `scoped`) and the one supplier in
 *   `audienceSupplierId` (a supplier's interest in a need);
 * - `admin`: admins only (people, keys, catalogue drafts).
 */
export const EVENT_AUDIENCES = ['public', 'identified', 'scoped', 'private', 'admin'] as const;
export const eventAudience = pgEnum('event_audience', EVENT_AUDIENCES);

/**
 * The outbox: every committed change writes its events here in the same transaction as the change
 * and its audit event, so an event exists exactly when its change does. The webhooks and the change
 * feed read from it.
 */
export const domainEvents = pgTable(
  'domain_events',
  {
    /** Time-ordered (UUID version 7). */
    id: uuid('id').primaryKey(),
    /** The order events were written in, for cursors. */
    position: bigint('position', { mode: 'number' }).generatedAlwaysAsIdentity().notNull(),
    /** The writing transaction (`pg_current_xact_id()`): a reader can wait until every earlier one committed. */
    transactionId: bigint('transaction_id', { mode: 'number' })
      .notNull()
      .default(sql`(pg_current_xact_id()::text)::bigint`),
    type: text('type').notNull(),
    entityType: text('entity_type').notNull(),
    entityKey: text('entity_key').notNull(),
    occurredAt: instant('occurred_at').notNull().defaultNow(),
    actorKind: text('actor_kind').notNull(),
    actorId: text('actor_id'),
    actorLabel: text('actor_label').notNull(),
    requestId: text('request_id'),
    data: jsonb('data').notNull(),
    audience: eventAudience('audience').notNull(),
    audienceMunicipalities: text('audience_municipalities').array().notNull().default(sql`'{}'`),
    audienceAssociations: text('audience_associations').array().notNull().default(sql`'{}'`),
    audiencePublicBodies: text('audience_public_bodies').array().notNull().default(sql`'{}'`),
    audienceSupplierId: uuid('audience_supplier_id'),
  },
  (table) => [
    index('domain_events_position_idx').on(table.position),
    // The change feed's order: a reader serves only transactions older than every one in progress.
    index('domain_events_feed_idx').on(table.transactionId, table.position),
    index('domain_events_entity_idx').on(table.entityType, table.entityKey, table.position),
    index('domain_events_type_idx').on(table.type, table.position),
    index('domain_events_occurred_idx').on(table.occurredAt),
  ],
);
