import { sql } from 'drizzle-orm';
import { check, index, pgTable, primaryKey } from 'drizzle-orm/pg-core';
import { linkTable } from './columns.ts';
import {
  consultationResponseColumns,
  coOwnerColumns,
  needRef,
  operatorModelRef,
  participationColumns,
  procurementRef,
} from './coordination.ts';
import { publicBodyRef } from './organisations.ts';

// What public bodies take part in beside the municipalities: each as the municipalities' table is,
// keyed by the body's slug, so the municipalities' own tables and representations stay as they were.

/** A region saying "we have this need too", with its own volume (pooled into the need's). */
export const needPublicBodyCoOwners = pgTable(
  'need_public_body_co_owners',
  { needId: needRef(), publicBodySlug: publicBodyRef(), ...coOwnerColumns },
  (table) => [
    primaryKey({ columns: [table.needId, table.publicBodySlug] }),
    check('need_public_body_co_owners_volume_positive', sql`${table.estimatedVolume} >= 0`),
    index('need_public_body_co_owners_body_idx').on(table.publicBodySlug),
  ],
);

/** A region's part in a procurement collaboration, with the municipalities' commitment steps. */
export const procurementPublicBodyParticipants = pgTable(
  'procurement_public_body_participants',
  { procurementId: procurementRef(), publicBodySlug: publicBodyRef(), ...participationColumns },
  (table) => [
    primaryKey({ columns: [table.procurementId, table.publicBodySlug] }),
    index('procurement_public_body_participants_body_idx').on(table.publicBodySlug),
  ],
);

/** The public bodies an operator model is sent to for consultation, beside its association's municipalities. */
export const operatorModelConsultedBodies = linkTable(
  'operator_model_consulted_bodies',
  { modelSlug: operatorModelRef(), publicBodySlug: publicBodyRef() },
  'operator_model_consulted_bodies_body_idx',
);

/** A consulted public body's answer (remissvar). */
export const consultationPublicBodyResponses = pgTable(
  'consultation_public_body_responses',
  { modelSlug: operatorModelRef(), publicBodySlug: publicBodyRef(), ...consultationResponseColumns },
  (table) => [primaryKey({ columns: [table.modelSlug, table.publicBodySlug] })],
);
