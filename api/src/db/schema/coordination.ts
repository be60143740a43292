import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { suppliers } from './access.ts';
import { categoryRef, technologyRef } from './catalogue.ts';
import { day, demoFlag, instant, linkTable, searchVectorOf, slugFormat, timestamps, tsvector } from './columns.ts';
import { associations, municipalities, municipalityRef, publicBodies } from './organisations.ts';

// ---------------------------------------------------------------------------------------------------
// Needs (behov): a municipality's or association's problem, stated so suppliers and others find it.

export const needStatus = pgEnum('need_status', [
  'draft',
  'published',
  'in_dialogue',
  'in_procurement',
  'solved',
  'withdrawn',
]);
export const budgetStatus = pgEnum('budget_status', ['budgeted', 'not_budgeted', 'external_funding']);
export const targetGroup = pgEnum('target_group', [
  'elderly_care',
  'disability_support',
  'individual_family_care',
  'home_health_care',
]);

export const needs = pgTable(
  'needs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    problemStatement: text('problem_statement').notNull(),
    targetGroup: targetGroup('target_group').notNull(),
    serviceArea: text('service_area'),
    /** The owner is a municipality, an association or a region (a public body), exactly one. */
    ownerMunicipalityCode: text('owner_municipality_code').references(() => municipalities.code),
    ownerAssociationSlug: text('owner_association_slug').references(() => associations.slug),
    ownerPublicBodySlug: text('owner_public_body_slug').references(() => publicBodies.slug),
    /** The owner's own estimate: number of users, devices or homes. */
    estimatedVolume: integer('estimated_volume'),
    /** The owner's volume and every co-owner's, kept by triggers; what `minVolume` filters on. */
    pooledVolume: integer('pooled_volume').notNull().default(0),
    /** How many municipalities have it: the owner (or the owning association's members) and co-owners. */
    municipalityCount: integer('municipality_count').notNull().default(0),
    /**
     * The counties where the need is (its owner, or the owning association's members, and its
     * co-owners), kept by triggers; what `county` filters on.
     */
    countyCodes: text('county_codes').array().notNull().default(sql`'{}'`),
    /** The owning association and every association the need's municipalities belong to, with umbrellas. */
    associationSlugs: text('association_slugs').array().notNull().default(sql`'{}'`),
    /** The need's categories and their parents, kept by triggers; what `category` filters on. */
    categorySlugs: text('category_slugs').array().notNull().default(sql`'{}'`),
    desiredStart: day('desired_start'),
    budgetStatus: budgetStatus('budget_status').notNull().default('not_budgeted'),
    status: needStatus('status').notNull().default('draft'),
    procurementId: uuid('procurement_id').references(() => procurements.id, { onDelete: 'set null' }),
    contactEmail: text('contact_email'),
    publishedAt: instant('published_at'),
    ...demoFlag,
    searchVector: tsvector('search_vector')
      .notNull()
      .generatedAlwaysAs(() => searchVectorOf('title', "coalesce(service_area, '')", 'problem_statement')),
    ...timestamps,
  },
  (table) => [
    check(
      'needs_one_owner',
      sql`num_nonnulls(${table.ownerMunicipalityCode}, ${table.ownerAssociationSlug}, ${table.ownerPublicBodySlug}) = 1`,
    ),
    check('needs_volume_positive', sql`${table.estimatedVolume} is null or ${table.estimatedVolume} >= 0`),
    // In list order, without status first: a page is read off the index and the status filtered on the
    // way, which an index led by status cannot do for several statuses at once.
    index('needs_updated_idx').on(table.updatedAt, table.id),
    index('needs_owner_municipality_idx').on(table.ownerMunicipalityCode),
    index('needs_owner_association_idx').on(table.ownerAssociationSlug),
    index('needs_owner_public_body_idx').on(table.ownerPublicBodySlug),
    index('needs_pooled_volume_idx').on(table.pooledVolume, table.id),
    index('needs_procurement_idx').on(table.procurementId),
    index('needs_search_vector_idx').using('gin', table.searchVector),
    index('needs_county_codes_idx').using('gin', table.countyCodes),
    index('needs_association_slugs_idx').using('gin', table.associationSlugs),
    index('needs_category_slugs_idx').using('gin', table.categorySlugs),
  ],
);

/** A required reference to a need; the row goes with the need. */
export const needRef = () =>
  uuid('need_id')
    .notNull()
    .references(() => needs.id, { onDelete: 'cascade' });

export const needCategories = linkTable(
  'need_categories',
  { needId: needRef(), categorySlug: categoryRef() },
  'need_categories_category_idx',
);

export const needTechnologies = linkTable(
  'need_technologies',
  { needId: needRef(), technologySlug: technologyRef() },
  'need_technologies_technology_idx',
);

/** What a co-owner states beside its key: its own volume (pooled into the need's) and a comment. */
export const coOwnerColumns = {
  estimatedVolume: integer('estimated_volume').notNull(),
  comment: text('comment'),
  ...demoFlag,
  ...timestamps,
};

/** Another municipality saying "we have this need too", with its own volume. */
export const needCoOwners = pgTable(
  'need_co_owners',
  { needId: needRef(), municipalityCode: municipalityRef(), ...coOwnerColumns },
  (table) => [
    primaryKey({ columns: [table.needId, table.municipalityCode] }),
    check('need_co_owners_volume_positive', sql`${table.estimatedVolume} >= 0`),
    index('need_co_owners_municipality_idx').on(table.municipalityCode),
  ],
);

/** A supplier's interest in a published need: seen by the supplier, the need's owners and admins. */
export const supplierInterests = pgTable(
  'supplier_interests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    needId: needRef(),
    supplierId: uuid('supplier_id')
      .notNull()
      .references(() => suppliers.id),
    message: text('message').notNull(),
    link: text('link'),
    ...timestamps,
  },
  (table) => [unique('supplier_interests_one_per_supplier').on(table.needId, table.supplierId)],
);

// ---------------------------------------------------------------------------------------------------
// Procurement collaborations (samverkansupphandling), modelled on OCDS 1.1.

export const procurementStage = pgEnum('procurement_stage', [
  'planning',
  'needs_analysis',
  'market_dialogue',
  'tender',
  'evaluation',
  'awarded',
  'contract_active',
  'expired',
  'cancelled',
]);
export const collaborationType = pgEnum('collaboration_type', [
  'temporary',
  'lasting',
  'central_purchasing_framework',
  'innovation',
]);
export const procurementProcedure = pgEnum('procurement_procedure', [
  'open',
  'restricted',
  'negotiated',
  'competitive_dialogue',
  'innovation_partnership',
  'direct_award',
  'call_off',
]);

export interface Lot {
  id: string;
  title: string;
  description?: string | undefined;
  estimatedValueSek?: number | undefined;
}
export interface ProcurementDocument {
  title: string;
  url: string;
  kind: string;
}
export interface AwardedSupplier {
  name: string;
  organisationNumber?: string | undefined;
  lot?: string | undefined;
  rank: number;
}

export const procurements = pgTable(
  'procurements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reference: text('reference').notNull().unique(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    /** The lead: an association, a municipality, or a central purchasing body outside the register. */
    leadAssociationSlug: text('lead_association_slug').references(() => associations.slug),
    leadMunicipalityCode: text('lead_municipality_code').references(() => municipalities.code),
    leadExternalName: text('lead_external_name'),
    collaborationType: collaborationType('collaboration_type').notNull(),
    procedure: procurementProcedure('procedure'),
    cpvCodes: text('cpv_codes').array().notNull().default(sql`'{}'`),
    stage: procurementStage('stage').notNull().default('planning'),
    plannedPublication: day('planned_publication'),
    tenderStart: day('tender_start'),
    tenderEnd: day('tender_end'),
    awardDate: day('award_date'),
    contractStart: day('contract_start'),
    contractEnd: day('contract_end'),
    extensionOptionsMonths: integer('extension_options_months'),
    estimatedValueSek: bigint('estimated_value_sek', { mode: 'number' }),
    lots: jsonb('lots').$type<Lot[]>().notNull().default([]),
    documents: jsonb('documents').$type<ProcurementDocument[]>().notNull().default([]),
    awardedSuppliers: jsonb('awarded_suppliers').$type<AwardedSupplier[]>().notNull().default([]),
    ...demoFlag,
    /** Title and reference, the lead's name and the CPV codes, the description; kept by triggers (db/functions). */
    searchVector: tsvector('search_vector').notNull().default(sql`''::tsvector`),
    ...timestamps,
  },
  (table) => [
    check(
      'procurements_one_lead',
      sql`num_nonnulls(${table.leadAssociationSlug}, ${table.leadMunicipalityCode}, ${table.leadExternalName}) = 1`,
    ),
    check('procurements_cpv_format', sql`array_to_string(${table.cpvCodes}, ',') ~ '^([0-9]{8}-[0-9](,|$))*$'`),
    check(
      'procurements_tender_period',
      sql`${table.tenderEnd} is null or ${table.tenderStart} is null or ${table.tenderEnd} >= ${table.tenderStart}`,
    ),
    check(
      'procurements_contract_period',
      sql`${table.contractEnd} is null or ${table.contractStart} is null or ${table.contractEnd} >= ${table.contractStart}`,
    ),
    index('procurements_stage_idx').on(table.stage, table.updatedAt),
    index('procurements_lead_association_idx').on(table.leadAssociationSlug),
    index('procurements_lead_municipality_idx').on(table.leadMunicipalityCode),
    index('procurements_contract_end_idx').on(table.contractEnd),
    index('procurements_search_vector_idx').using('gin', table.searchVector),
  ],
);

/** A required reference to a procurement; the row goes with the procurement. */
export const procurementRef = () =>
  uuid('procurement_id')
    .notNull()
    .references(() => procurements.id, { onDelete: 'cascade' });

export const procurementTechnologies = linkTable(
  'procurement_technologies',
  { procurementId: procurementRef(), technologySlug: technologyRef() },
  'procurement_technologies_technology_idx',
);

export const procurementCategories = linkTable(
  'procurement_categories',
  { procurementId: procurementRef(), categorySlug: categoryRef() },
  'procurement_categories_category_idx',
);

/** OCDS relatedProcesses: this procurement builds on, or is part of, another one. */
export const relatedProcessRelationship = pgEnum('related_process_relationship', [
  'framework',
  'planning',
  'parent',
  'prior',
  'unsuccessfulProcess',
  'replacementProcess',
  'renewalProcess',
]);

export const procurementRelations = pgTable(
  'procurement_relations',
  {
    procurementId: procurementRef(),
    relatedId: uuid('related_id')
      .notNull()
      .references(() => procurements.id, { onDelete: 'cascade' }),
    relationship: relatedProcessRelationship('relationship').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.procurementId, table.relatedId] }),
    check('procurement_relations_not_self', sql`${table.procurementId} <> ${table.relatedId}`),
  ],
);

/** Each stage a procurement entered, and when: its dated timeline of transitions. */
export const procurementStageChanges = pgTable(
  'procurement_stage_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    procurementId: procurementRef(),
    fromStage: procurementStage('from_stage'),
    toStage: procurementStage('to_stage').notNull(),
    changedAt: instant('changed_at').notNull().defaultNow(),
  },
  (table) => [index('procurement_stage_changes_procurement_idx').on(table.procurementId, table.changedAt)],
);

export const participantRole = pgEnum('participant_role', ['lead', 'participant', 'reference_group', 'observer']);
export const participantCommitment = pgEnum('participant_commitment', [
  'interested',
  'mandate_given',
  'call_off_registered',
  'withdrawn',
]);

/** A participant's part beside its key: its role, its commitment with the day each step was reached, its volume. */
export const participationColumns = {
  role: participantRole('role').notNull().default('participant'),
  commitment: participantCommitment('commitment').notNull().default('interested'),
  /** The day each commitment was reached, by commitment: `{ "interested": "2026-03-02", … }`. */
  commitmentDates: jsonb('commitment_dates').$type<Record<string, string>>().notNull().default({}),
  estimatedVolume: integer('estimated_volume'),
  ...demoFlag,
  ...timestamps,
};

export const procurementParticipants = pgTable(
  'procurement_participants',
  { procurementId: procurementRef(), municipalityCode: municipalityRef(), ...participationColumns },
  (table) => [
    primaryKey({ columns: [table.procurementId, table.municipalityCode] }),
    index('procurement_participants_municipality_idx').on(table.municipalityCode),
  ],
);

// ---------------------------------------------------------------------------------------------------
// Operator-organisation models (driftmodeller) and consultation responses (remissvar).

export const legalForm = pgEnum('legal_form', [
  'own_operation',
  'host_municipality',
  'joint_committee',
  'municipal_association',
  'joint_company',
  'external_provider',
]);
export const costSharing = pgEnum('cost_sharing', ['per_capita', 'per_user', 'fixed_plus_variable', 'equal_share']);
export const operatorModelStatus = pgEnum('operator_model_status', [
  'proposal',
  'consultation',
  'decided',
  'operating',
  'discontinued',
]);
export const consultationPosition = pgEnum('consultation_position', [
  'supports',
  'supports_with_reservations',
  'rejects',
  'no_response',
]);

export interface OperatorService {
  service: string;
  sla: string;
}

export const operatorModels = pgTable(
  'operator_models',
  {
    slug: text('slug').primaryKey(),
    name: text('name').notNull(),
    legalForm: legalForm('legal_form').notNull(),
    description: text('description').notNull().default(''),
    hostAssociationSlug: text('host_association_slug').references(() => associations.slug),
    hostMunicipalityCode: text('host_municipality_code').references(() => municipalities.code),
    hostExternalName: text('host_external_name'),
    governance: text('governance'),
    costSharing: costSharing('cost_sharing').notNull(),
    /** For `fixed_plus_variable`: the part split equally, in percent; the rest goes per capita. */
    fixedSharePercent: integer('fixed_share_percent'),
    services: jsonb('services').$type<OperatorService[]>().notNull().default([]),
    advantages: text('advantages').array().notNull().default(sql`'{}'`),
    risks: text('risks').array().notNull().default(sql`'{}'`),
    status: operatorModelStatus('status').notNull().default('proposal'),
    /** The association whose members are consulted (an umbrella includes its children's members). */
    consultationAssociationSlug: text('consultation_association_slug').references(() => associations.slug),
    consultationOpens: day('consultation_opens'),
    consultationCloses: day('consultation_closes'),
    ...demoFlag,
    nameSort: text('name_sort')
      .notNull()
      .generatedAlwaysAs(() => sql.raw('public.swedish_sort_key(name)')),
    /** The name, the host's name, the description; kept by triggers (db/functions). */
    searchVector: tsvector('search_vector').notNull().default(sql`''::tsvector`),
    ...timestamps,
  },
  (table) => [
    check('operator_models_slug_format', slugFormat(table.slug)),
    check(
      'operator_models_at_most_one_host',
      sql`num_nonnulls(${table.hostAssociationSlug}, ${table.hostMunicipalityCode}, ${table.hostExternalName}) <= 1`,
    ),
    check(
      'operator_models_fixed_share',
      sql`${table.fixedSharePercent} is null or ${table.fixedSharePercent} between 0 and 100`,
    ),
    check(
      'operator_models_consultation_period',
      sql`${table.consultationCloses} is null or ${table.consultationOpens} is null or ${table.consultationCloses} >= ${table.consultationOpens}`,
    ),
    index('operator_models_search_vector_idx').using('gin', table.searchVector),
  ],
);

/** A required reference to an operator model; the row goes with the model and follows a new slug. */
export const operatorModelRef = () =>
  text('model_slug')
    .notNull()
    .references(() => operatorModels.slug, { onDelete: 'cascade', onUpdate: 'cascade' });

export const operatorModelMembers = pgTable(
  'operator_model_members',
  {
    modelSlug: operatorModelRef(),
    municipalityCode: municipalityRef(),
    since: day('since'),
    /** Users of the services in the municipality, where known: what `per_user` cost sharing divides by. */
    users: integer('users'),
  },
  (table) => [primaryKey({ columns: [table.modelSlug, table.municipalityCode] })],
);

/** A consultation response beside its key: the position, a comment and the day it was given. */
export const consultationResponseColumns = {
  position: consultationPosition('position').notNull(),
  comment: text('comment'),
  respondedOn: day('responded_on').notNull(),
  ...demoFlag,
  ...timestamps,
};

export const consultationResponses = pgTable(
  'consultation_responses',
  { modelSlug: operatorModelRef(), municipalityCode: municipalityRef(), ...consultationResponseColumns },
  (table) => [primaryKey({ columns: [table.modelSlug, table.municipalityCode] })],
);
