import { eq, gte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { pickColumns } from '../../db/columns.ts';
import { type PageRequest, sortOrder, swedishOrder, tablePage } from '../../db/paging.ts';
import { counties, municipalities } from '../../db/schema/index.ts';
import type { Sort } from '../../lib/lists.ts';

export type CountySort = 'code' | 'name' | 'updatedAt';

export interface CountyFilter {
  updatedSince?: string | undefined;
}

// Qualified by hand: drizzle leaves columns unqualified in a single-table select, which a subquery would capture.
const municipalityCount =
  sql<number>`(select count(*) from ${municipalities} m where m.county_code = "counties"."code")`.mapWith(Number);

const columns = {
  ...pickColumns(counties, 'code', 'name', 'regionName', 'createdAt', 'updatedAt'),
  municipalityCount,
};

const sortColumns = {
  code: counties.code,
  name: swedishOrder(sql`public.swedish_sort_key(${counties.name})`),
  updatedAt: counties.updatedAt,
};

const conditions = (filter: CountyFilter) =>
  filter.updatedSince ? gte(counties.updatedAt, new Date(filter.updatedSince)) : undefined;

export async function listCounties(db: Db, filter: CountyFilter, sort: Sort<CountySort>, page: PageRequest) {
  const orderBy = sortOrder(sort, sortColumns, counties.code);
  return tablePage(db, { select: columns, from: counties, where: conditions(filter), orderBy }, page);
}

export async function findCounty(db: Db, code: string) {
  const [county] = await db.select(columns).from(counties).where(eq(counties.code, code));
  return county;
}
