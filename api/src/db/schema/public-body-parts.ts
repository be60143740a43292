import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { timestamps } from './columns.ts';
import {
  consultationPosition,
  needs,
  operatorModels,
  participantCommitment,
  participantRole,
  procurements,
} from './coordination.ts';
import { publicBodies } from './organisations.ts';

// What public bodies take part in beside the municipalities: each as the municipalities' table is,
// keyed by the body's slug, so the municipalities' own tables and representations stay as they were.

/** A region saying "we have this need too", with its own volume (pooled into the need's). */
export const needPublicBodyCoOwners = pgTable(
  'need_public_body_co_owners',
  {
    needId: uuid('need_id')
      .notNull()
      .references(() => needs.id, { onDelete: 'cascade' }),
    publicBodySlug: text('public_body_slug')
      .notNull()
      .references(() => publicBodies.slug),
    estimatedVolume: integer('estimated_volume').notNull(),
    comment: text('comment'),
    demo: boolean('demo').notNull().default(false),
    ...timestamps,
  },
  (table) => [
    primaryKey({ columns: [table.needId, table.publicBodySlug] }),
    check('need_public_body_co_owners_volume_positive', sql`${table.estimatedVolume} >= 0`),
    index('need_public_body_co_owners_body_idx').on(table.publicBodySlug),
  ],
);

/** A region's part in a procurement collaboration, with the municipalities' commitment steps. */
export const procurementPublicBodyParticipants = pgTable(
  'procurement_public_body_participants',
  {
    procurementId: uuid('procurement_id')
      .notNull()
      .references(() => procurements.id, { onDelete: 'cascade' }),
    publicBodySlug: text('public_body_slug')
      .notNull()
      .references(() => publicBodies.slug),
    role: participantRole('role').notNull().default('participant'),
    commitment: participantCommitment('commitment').notNull().default('interested'),
    commitmentDates: jsonb('commitment_dates').$type<Record<string, string>>().notNull().default({}),
    estimatedVolume: integer('estimated_volume'),
    demo: boolean('demo').notNull().default(false),
    ...timestamps,
  },
  (table) => [
    primaryKey({ columns: [table.procurementId, table.publicBodySlug] }),
    index('procurement_public_body_participants_body_idx').on(table.publicBodySlug),
  ],
);

/** The public bodies an operator model is sent to for consultation, beside its association's municipalities. */
export const operatorModelConsultedBodies = pgTable(
  'operator_model_consulted_bodies',
  {
    modelSlug: text('model_slug')
      .notNull()
      .references(() => operatorModels.slug, { onDelete: 'cascade', onUpdate: 'cascade' }),
    publicBodySlug: text('public_body_slug')
      .notNull()
      .references(() => publicBodies.slug),
  },
  (table) => [
    primaryKey({ columns: [table.modelSlug, table.publicBodySlug] }),
    index('operator_model_consulted_bodies_body_idx').on(table.publicBodySlug),
  ],
);

/** A consulted public body's answer (remissvar). */
export const consultationPublicBodyResponses = pgTable(
  'consultation_public_body_responses',
  {
    modelSlug: text('model_slug')
      .notNull()
      .references(() => operatorModels.slug, { onDelete: 'cascade', onUpdate: 'cascade' }),
    publicBodySlug: text('public_body_slug')
      .notNull()
      .references(() => publicBodies.slug),
    position: consultationPosition('position').notNull(),
    comment: text('comment'),
    respondedOn: date('responded_on', { mode: 'string' }).notNull(),
    demo: boolean('demo').notNull().default(false),
    ...timestamps,
  },
  (table) => [primaryKey({ columns: [table.modelSlug, table.publicBodySlug] })],
);
