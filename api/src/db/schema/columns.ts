import { sql } from 'drizzle-orm';
import { type AnyPgColumn, customType, timestamp } from 'drizzle-orm/pg-core';

/** When a row was created and last changed; `updatedAt` drives ETags and `updatedSince`. */
export const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
};

/** Slugs are lower-case words joined by hyphens: `digital-nattillsyn`. */
export const slugFormat = (column: AnyPgColumn) => sql`${column} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`;

/** A full-text search vector, generated from a row's texts (see db/search.ts). */
export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** The Swedish search vector of a row: the heading weighs most, then the summary, then the body. */
export const searchVectorOf = (heading: string, summary: string, body: string) =>
  sql.raw(`setweight(to_tsvector('public.swedish_unaccent', ${heading}), 'A')
          || setweight(to_tsvector('public.swedish_unaccent', ${summary}), 'B')
          || setweight(to_tsvector('public.swedish_unaccent', ${body}), 'C')`);
