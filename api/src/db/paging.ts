import { asc, count, desc, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable, SelectedFields } from 'drizzle-orm/pg-core';
import type { SelectResultFields } from 'drizzle-orm/query-builders/select.types';
import type { Sort } from '../lib/lists.ts';
import type { Db } from './client.ts';

/** `count(*) OVER ()`: the total number of matching rows, fetched with the page in one statement. */
export const totalCount = () => sql<number>`count(*) over ()`.mapWith(Number);

/**
 * The total from a page fetched with `totalCount()`. An empty page past the end carries no total,
 * so only then is it counted separately.
 */
export async function pageTotal(
  rows: { total: number }[],
  offset: number,
  countSeparately: () => Promise<number>,
): Promise<number> {
  if (rows.length > 0) return rows[0]?.total ?? 0;
  return offset === 0 ? 0 : countSeparately();
}

/**
 * The tail of every list query: the page's items without their `total` column, and the total when
 * asked for (`count=true`), from the page or, past its end, counted apart.
 */
export async function pageOf<Row extends { total: number }>(
  rows: Row[],
  page: PageRequest,
  countSeparately: () => Promise<number>,
): Promise<{ items: Omit<Row, 'total'>[]; total: number | undefined }> {
  const total = page.count ? await pageTotal(rows, page.offset, countSeparately) : undefined;
  return { items: rows.map(({ total: _, ...item }) => item), total };
}

/** The order a list's `sort` asks for: by the field's column, ties broken by the key, both one way. */
export function sortOrder<Field extends string>(
  sort: Sort<Field>,
  columns: Record<Field, SQL | AnyPgColumn>,
  key: AnyPgColumn,
): SQL[] {
  const direction = sort.descending ? desc : asc;
  return [direction(columns[sort.field]), direction(key)];
}

/**
 * The order of a list of named rows keyed by slug (associations, public bodies, categories): by
 * Swedish name, slug or last change, the slug breaking ties.
 */
const namedSlugOrder = (
  sort: Sort<'name' | 'slug' | 'updatedAt'>,
  table: { nameSort: AnyPgColumn; slug: AnyPgColumn; updatedAt: AnyPgColumn },
) => sortOrder(sort, { name: swedishOrder(table.nameSort), slug: table.slug, updatedAt: table.updatedAt }, table.slug);

/**
 * A page of one table's matching rows in `order`: the list query of a table, its total counted in the
 * same statement (or apart, past the end) when asked for.
 */
export async function tablePage<Selection extends SelectedFields>(
  db: Db,
  query: { select: Selection; from: PgTable; where: SQL | undefined; orderBy: SQL[] },
  page: PageRequest,
) {
  const { select, from, where, orderBy } = query;
  // Drizzle cannot follow a selection and a table both generic; the rows are the selection's.
  const rows = (await db
    .select({ ...select, total: totalCount() })
    .from(from)
    .where(where)
    .orderBy(...orderBy)
    .limit(page.limit)
    .offset(page.offset)) as unknown as (SelectResultFields<Selection> & { total: number })[];
  return pageOf(rows, page, async () => (await db.select({ n: count() }).from(from).where(where))[0]?.n ?? 0);
}

export interface PageRequest {
  limit: number;
  offset: number;
  count: boolean;
}

/** Swedish alphabetical order on a `name_sort` column; see the swedish_sort_key migration. */
export const swedishOrder = (column: SQL | unknown) => sql`${column} COLLATE "C"`;

/**
 * A page of a table of named rows keyed by slug (associations, public bodies, categories), in the
 * order `sort` asks (namedSlugOrder).
 */
export function namedSlugPage<Selection extends SelectedFields>(
  db: Db,
  query: {
    select: Selection;
    from: PgTable & { nameSort: AnyPgColumn; slug: AnyPgColumn; updatedAt: AnyPgColumn };
    where: SQL | undefined;
  },
  sort: Sort<'name' | 'slug' | 'updatedAt'>,
  page: PageRequest,
) {
  return tablePage(db, { ...query, orderBy: namedSlugOrder(sort, query.from) }, page);
}
