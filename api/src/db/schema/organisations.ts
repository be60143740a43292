import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { timestamps } from './columns.ts';

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

export const associationMembers = pgTable(
  'association_members',
  {
    associationSlug: text('association_slug')
      .notNull()
      .references(() => associations.slug, { onDelete: 'cascade' }),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    since: date('since', { mode: 'string' }),
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
    associationSlug: text('association_slug')
      .notNull()
      .references(() => associations.slug, { onDelete: 'cascade' }),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    loadedAt: timestamp('loaded_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.associationSlug, table.municipalityCode] })],
);
