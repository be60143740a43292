import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  customType,
  date,
  index,
  type PgColumn,
  type PgColumnBuilderBase,
  pgTable,
  primaryKey,
  type ReferenceConfig,
  timestamp,
} from 'drizzle-orm/pg-core';

/** What happens to a reference when the row it points at is deleted or rekeyed. */
export type ReferenceActions = ReferenceConfig['actions'];

/** A point in time, with its time zone, read as a `Date`. */
export const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** A calendar day, read as the ISO string `2026-03-02`. */
export const day = (name: string) => date(name, { mode: 'string' });

/** When a row was created and last changed; `updatedAt` drives ETags and `updatedSince`. */
export const timestamps = {
  createdAt: instant('created_at').notNull().defaultNow(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
};

/** Fictitious demo data, marked as such wherever it is shown and removed with the demo. */
export const demoFlag = { demo: boolean('demo').notNull().default(false) };

/** Slugs are lower-case words joined by hyphens: `digital-nattillsyn`. */
export const slugFormat = (column: AnyPgColumn) => sql`${column} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`;

/** A full-text search vector, generated from a row's texts (see db/search.ts). */
export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** The Swedish search vector of a row: the heading weighs most, then the summary, then the body. */
export const searchVectorOf = (heading: string, summary: string, body: string) =>
  sql.raw(`setweight(to_tsvector('public.swedish_unaccent', ${heading}), 'A')
          || setweight(to_tsvector('public.swedish_unaccent', ${summary}), 'B')
          || setweight(to_tsvector('public.swedish_unaccent', ${body}), 'C')`);

/**
 * A table that links two rows and holds nothing else: keyed by both references, in order, and indexed
 * by the second (`reverseIndex`) for the look-up the other way.
 */
export function linkTable<Columns extends Record<string, PgColumnBuilderBase>>(
  name: string,
  columns: Columns,
  reverseIndex: string,
) {
  return pgTable(name, columns, (table) => {
    const [first, second] = Object.keys(columns).map((key) => table[key] as PgColumn) as [PgColumn, PgColumn];
    return [primaryKey({ columns: [first, second] }), index(reverseIndex).on(second)];
  });
}
