import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { day, demoFlag, instant, linkTable, type ReferenceActions, timestamps } from './columns.ts';

/** Lower-cased, accent-free text for trigram search; the SQL functions come from the extensions migration. */
const searchText = (column: string) => sql.raw(`lower(public.immutable_unaccent(${column}))`);
/** A key that orders names alphabetically the Swedish way; compare it with COLLATE "C". */
const sortKey = (column: string) => sql.raw(`public.swedish_sort_key(${column})`);

export const counties = pgTable(
  'counties',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    regionName: text('region_name').notNull(),
    ...timestamps,
  },
  (table) => [check('counties_code_format', sql`${table.code} ~ '^[0-9]{2}$'`)],
);

export const populationSource = pgEnum('population_source', ['scb', 'editor']);

export const municipalities = pgTable(
  'municipalities',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    countyCode: text('county_code')
      .notNull()
      .references(() => counties.code),
    website: text('website'),
    contactEmail: text('contact_email'),
    description: text('description'),
    population: integer('population'),
    /** The year the population was counted (31 December of it), where known. */
    populationYear: integer('population_year'),
    /** Who set the population: `scb` from the reference data (the loader may update it) or an `editor` (it never does). */
    populationSource: populationSource('population_source'),
    nameSearch: text('name_search')
      .notNull()
      .generatedAlwaysAs(() => searchText('name')),
    nameSort: text('name_sort')
      .notNull()
      .generatedAlwaysAs(() => sortKey('name')),
    ...timestamps,
  },
  (table) => [
    check('municipalities_code_format', sql`${table.code} ~ '^[0-9]{4}$'`),
    check('municipalities_code_in_county', sql`left(${table.code}, 2) = ${table.countyCode}`),
    check('municipalities_population_positive', sql`${table.population} IS NULL OR ${table.population} >= 0`),
    index('municipalities_county_code_idx').on(table.countyCode),
    index('municipalities_updated_at_idx').on(table.updatedAt, table.code),
    index('municipalities_name_search_trgm_idx').using('gin', sql`${table.nameSearch} gin_trgm_ops`),
  ],
);

/** A required reference to a municipality: the `municipality_code` of every table a municipality takes part in. */
export const municipalityRef = () =>
  text('municipality_code')
    .notNull()
    .references(() => municipalities.code);

export const associationKind = pgEnum('association_kind', ['kommunalforbund', 'membership_organisation', 'umbrella']);

export const associations = pgTable(
  'associations',
  {
    slug: text('slug').primaryKey(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    kind: associationKind('kind').notNull(),
    parentSlug: text('parent_slug').references((): AnyPgColumn => associations.slug),
    website: text('website'),
    contactEmail: text('contact_email'),
    description: text('description'),
    nameSort: text('name_sort')
      .notNull()
      .generatedAlwaysAs(() => sortKey('name')),
    ...timestamps,
  },
  (table) => [
    check('associations_slug_format', sql`${table.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check('associations_not_own_parent', sql`${table.parentSlug} IS DISTINCT FROM ${table.slug}`),
    index('associations_parent_slug_idx').on(table.parentSlug),
  ],
);

/** A required reference to an association, by its slug. */
export const associationRef = (actions?: ReferenceActions) =>
  text('association_slug')
    .notNull()
    .references(() => associations.slug, actions);

export const associationMembers = pgTable(
  'association_members',
  {
    associationSlug: associationRef({ onDelete: 'cascade' }),
    municipalityCode: municipalityRef(),
    since: day('since'),
    ...timestamps,
  },
  (table) => [
    primaryKey({ columns: [table.associationSlug, table.municipalityCode] }),
    index('association_members_municipality_idx').on(table.municipalityCode),
  ],
);

/**
 * Every membership the reference data has brought in. The loader adds a membership from the files
 * only once: one an admin has since removed stays removed, and one the files add later still arrives.
 */
export const referenceMemberships = pgTable(
  'reference_memberships',
  {
    associationSlug: associationRef({ onDelete: 'cascade' }),
    municipalityCode: municipalityRef(),
    loadedAt: instant('loaded_at').notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.associationSlug, table.municipalityCode] })],
);

export const publicBodyKind = pgEnum('public_body_kind', [
  'region',
  'cooperation_body',
  'it_coordination',
  'network',
  'other',
]);

/**
 * Public bodies beside municipalities and associations: the regions (from the reference data, one per
 * county) and what admins add — cooperation bodies such as a vårdsamverkan, IT coordination functions
 * such as GITS, networks. They are consulted, own and co-own needs, and take part in procurements.
 */
export const publicBodies = pgTable(
  'public_bodies',
  {
    slug: text('slug').primaryKey(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    kind: publicBodyKind('kind').notNull(),
    /** A region's county; other bodies have none. */
    countyCode: text('county_code').references(() => counties.code),
    /**
     * For Region Gotland: the municipality that has the region's responsibilities. It is one
     * organisation, so its municipality's editors act for the region too.
     */
    municipalityCode: text('municipality_code').references(() => municipalities.code),
    website: text('website'),
    contactEmail: text('contact_email'),
    description: text('description'),
    ...demoFlag,
    nameSearch: text('name_search')
      .notNull()
      .generatedAlwaysAs(() => searchText("name || ' ' || coalesce(short_name, '')")),
    nameSort: text('name_sort')
      .notNull()
      .generatedAlwaysAs(() => sortKey('name')),
    ...timestamps,
  },
  (table) => [
    check('public_bodies_slug_format', sql`${table.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check('public_bodies_region_has_county', sql`(${table.kind} = 'region') = (${table.countyCode} is not null)`),
    uniqueIndex('public_bodies_one_region_per_county').on(table.countyCode),
    index('public_bodies_updated_at_idx').on(table.updatedAt, table.slug),
    index('public_bodies_name_search_trgm_idx').using('gin', sql`${table.nameSearch} gin_trgm_ops`),
  ],
);

/** A required reference to a public body, by its slug. */
export const publicBodyRef = (actions?: ReferenceActions) =>
  text('public_body_slug')
    .notNull()
    .references(() => publicBodies.slug, actions);

/** The municipalities a public body serves (a network's members, a cooperation body's parties). */
export const publicBodyMunicipalities = linkTable(
  'public_body_municipalities',
  { publicBodySlug: publicBodyRef({ onDelete: 'cascade' }), municipalityCode: municipalityRef() },
  'public_body_municipalities_municipality_idx',
);

/** The associations a public body serves (GITS serves VästKom's associations). */
export const publicBodyAssociations = linkTable(
  'public_body_associations',
  { publicBodySlug: publicBodyRef({ onDelete: 'cascade' }), associationSlug: associationRef() },
  'public_body_associations_association_idx',
);
