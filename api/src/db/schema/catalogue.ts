import { sql } from 'drizzle-orm';
import { type AnyPgColumn, check, index, integer, jsonb, pgEnum, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import {
  day,
  demoFlag,
  instant,
  linkTable,
  type ReferenceActions,
  searchVectorOf,
  slugFormat,
  timestamps,
  tsvector,
} from './columns.ts';
import { municipalityRef } from './organisations.ts';

export const technologyCategories = pgTable(
  'technology_categories',
  {
    slug: text('slug').primaryKey(),
    name: text('name').notNull(),
    description: text('description'),
    /** Categories have two levels at most: a parent has no parent of its own (checked on write). */
    parentSlug: text('parent_slug').references((): AnyPgColumn => technologyCategories.slug),
    nameSort: text('name_sort')
      .notNull()
      .generatedAlwaysAs(() => sql.raw('public.swedish_sort_key(name)')),
    ...timestamps,
  },
  (table) => [
    check('technology_categories_slug_format', slugFormat(table.slug)),
    check('technology_categories_not_own_parent', sql`${table.parentSlug} IS DISTINCT FROM ${table.slug}`),
    index('technology_categories_parent_idx').on(table.parentSlug),
  ],
);

/** A required reference to a technology category, by its slug. */
export const categoryRef = () =>
  text('category_slug')
    .notNull()
    .references(() => technologyCategories.slug);

export const readiness = pgEnum('readiness', ['established', 'try', 'watch', 'wait']);
export const publicationStatus = pgEnum('publication_status', ['draft', 'published', 'archived']);

export const technologies = pgTable(
  'technologies',
  {
    slug: text('slug').primaryKey(),
    name: text('name').notNull(),
    categorySlug: categoryRef(),
    summary: text('summary').notNull(),
    /** Markdown. */
    description: text('description').notNull().default(''),
    targetGroups: text('target_groups').array().notNull().default(sql`'{}'`),
    benefits: text('benefits').array().notNull().default(sql`'{}'`),
    legalBasis: text('legal_basis').array().notNull().default(sql`'{}'`),
    ethicalConsiderations: text('ethical_considerations'),
    infrastructureRequirements: text('infrastructure_requirements'),
    competenceRequirements: text('competence_requirements'),
    standards: text('standards').array().notNull().default(sql`'{}'`),
    iso9999Codes: text('iso9999_codes').array().notNull().default(sql`'{}'`),
    readiness: readiness('readiness').notNull(),
    costIndication: text('cost_indication'),
    /** The description rendered to safe HTML when it is written (null only until the start after the migration renders it). */
    descriptionHtml: text('description_html'),
    status: publicationStatus('status').notNull().default('draft'),
    publishedAt: instant('published_at'),
    /** Adoptions in any status but discontinued; kept by triggers on adoptions, for sorting at scale. */
    adoptionCount: integer('adoption_count').notNull().default(0),
    /** Where it is adopted (any status but discontinued), kept by the same triggers: what `adoptedIn` filters on. */
    adoptedIn: text('adopted_in').array().notNull().default(sql`'{}'`),
    /** The associations (with umbrellas) of those municipalities: what `association` filters on. */
    adoptedInAssociations: text('adopted_in_associations').array().notNull().default(sql`'{}'`),
    nameSort: text('name_sort')
      .notNull()
      .generatedAlwaysAs(() => sql.raw('public.swedish_sort_key(name)')),
    /** Stemmed Swedish words, accents folded: name weighs most, then summary, then description. */
    searchVector: tsvector('search_vector')
      .notNull()
      .generatedAlwaysAs(() => searchVectorOf('name', 'summary', 'description')),
    ...timestamps,
  },
  (table) => [
    check('technologies_slug_format', slugFormat(table.slug)),
    check(
      'technologies_target_groups_known',
      sql`${table.targetGroups} <@ array['elderly_care', 'disability_support', 'individual_family_care', 'home_health_care']::text[]`,
    ),
    // Leads with the category: a page by name within a category is read off it.
    index('technologies_category_name_order_idx').on(
      table.categorySlug,
      sql`${table.nameSort} collate "C"`,
      table.slug,
    ),
    // Counts: a category's published technologies are counted off this index alone (an index-only
    // scan), not by visiting each matching row in the table (at 100 000: 0.5 ms against 94 ms).
    index('technologies_status_category_idx').on(table.status, table.categorySlug),
    // In list order (COLLATE "C" as in swedishOrder, whatever the database's default), so that a page
    // is read off the index and stops after `limit` matches, instead of sorting every match.
    index('technologies_name_order_idx').on(sql`${table.nameSort} collate "C"`, table.slug),
    index('technologies_updated_at_idx').on(table.updatedAt, table.slug),
    index('technologies_adoption_count_idx').on(table.adoptionCount, table.slug),
    index('technologies_search_vector_idx').using('gin', table.searchVector),
    index('technologies_target_groups_idx').using('gin', table.targetGroups),
    index('technologies_standards_idx').using('gin', table.standards),
    index('technologies_adopted_in_idx').using('gin', table.adoptedIn),
    index('technologies_adopted_in_associations_idx').using('gin', table.adoptedInAssociations),
    // The rows whose description is still to be rendered (db/rendered-html.ts): none but after the
    // migration that added the column, so the check at every start reads an empty index, not the table.
    index('technologies_description_unrendered_idx').on(table.slug).where(sql`${table.descriptionHtml} is null`),
  ],
);

/** A required reference to a technology, by its slug. */
export const technologyRef = (actions?: ReferenceActions) =>
  text('technology_slug')
    .notNull()
    .references(() => technologies.slug, actions);

export const adoptionStatus = pgEnum('adoption_status', ['planned', 'pilot', 'implemented', 'scaled', 'discontinued']);

export const adoptions = pgTable(
  'adoptions',
  {
    municipalityCode: municipalityRef(),
    technologySlug: technologyRef(),
    status: adoptionStatus('status').notNull(),
    startedOn: day('started_on'),
    usersCount: integer('users_count'),
    operatorModel: text('operator_model'),
    notes: text('notes'),
    ...demoFlag,
    ...timestamps,
  },
  (table) => [
    primaryKey({ columns: [table.municipalityCode, table.technologySlug] }),
    check('adoptions_users_count_positive', sql`${table.usersCount} IS NULL OR ${table.usersCount} >= 0`),
    index('adoptions_technology_status_idx').on(table.technologySlug, table.status),
    index('adoptions_updated_at_idx').on(table.updatedAt),
  ],
);

export const maturityDimensions = [
  'strategy',
  'organisation',
  'competence',
  'infrastructure',
  'law_ethics_security',
  'user_competence',
  'procurement_market',
  'follow_up',
] as const;

export const maturityAssessments = pgTable(
  'maturity_assessments',
  {
    municipalityCode: municipalityRef(),
    year: integer('year').notNull(),
    /** Per dimension `{ level: 1–5, evidence }`; dimensions not assessed are absent. Checked on write. */
    dimensions: jsonb('dimensions').$type<Record<string, { level: number; evidence: string | null }>>().notNull(),
    ...demoFlag,
    ...timestamps,
  },
  (table) => [
    primaryKey({ columns: [table.municipalityCode, table.year] }),
    check('maturity_assessments_year_range', sql`${table.year} between 2000 and 2100`),
    index('maturity_assessments_year_idx').on(table.year),
  ],
);

export const guideKind = pgEnum('guide_kind', ['inspiration', 'guide', 'evaluation']);

export const guides = pgTable(
  'guides',
  {
    slug: text('slug').primaryKey(),
    kind: guideKind('kind').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    /** Markdown. */
    body: text('body').notNull().default(''),
    /** The body rendered to safe HTML when it is written (null only until the start after the migration renders it). */
    bodyHtml: text('body_html'),
    /** For evaluations: the maturity dimensions it helps assess. Checked on write. */
    dimensions: text('dimensions').array().notNull().default(sql`'{}'`),
    status: publicationStatus('status').notNull().default('draft'),
    publishedAt: instant('published_at'),
    titleSort: text('title_sort')
      .notNull()
      .generatedAlwaysAs(() => sql.raw('public.swedish_sort_key(title)')),
    searchVector: tsvector('search_vector')
      .notNull()
      .generatedAlwaysAs(() => searchVectorOf('title', 'summary', 'body')),
    ...timestamps,
  },
  (table) => [
    check('guides_slug_format', slugFormat(table.slug)),
    index('guides_kind_idx').on(table.kind, table.status),
    index('guides_search_vector_idx').using('gin', table.searchVector),
    // As for technologies: the start's check for bodies still to be rendered reads this, not the table.
    index('guides_body_unrendered_idx').on(table.slug).where(sql`${table.bodyHtml} is null`),
  ],
);

/** A required reference to a guide, by its slug; the link goes with the guide. */
const guideRef = () =>
  text('guide_slug')
    .notNull()
    .references(() => guides.slug, { onDelete: 'cascade' });

export const guideTechnologies = linkTable(
  'guide_technologies',
  { guideSlug: guideRef(), technologySlug: technologyRef({ onDelete: 'cascade' }) },
  'guide_technologies_technology_idx',
);

export const guideMunicipalities = linkTable(
  'guide_municipalities',
  { guideSlug: guideRef(), municipalityCode: municipalityRef() },
  'guide_municipalities_municipality_idx',
);
