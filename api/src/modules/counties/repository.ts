import { asc, count, desc, eq, gte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { type PageRequest, pageOf, swedishOrder, totalCount } from '../../db/paging.ts';
import { counties, municipalities } from '../../db/schema/index.ts';

export type CountySort = 'code' | 'name' | 'updatedAt';

export interface CountyFilter {
  updatedSince?: string | undefined;
}

// Qualified by hand: drizzle leaves columns unqualified in a single-table select, which a subquery would capture.
const municipalityCount =
  sql<number>`(select count(*) from ${municipalities} m where m.county_code = "counties"."code")`.mapWith(Number);

const columns = {
  code: counties.code,
  name: counties.name,
  regionName: counties.regionName,
  municipalityCount,
  createdAt: counties.createdAt,
  updatedAt: counties.updatedAt,
};

const sortColumns = {
  code: counties.code,
  name: swedishOrder(sql`public.swedish_sort_key(${counties.name})`),
  updatedAt: counties.updatedAt,
};

const conditions = (filter: CountyFilter) =>
  filter.updatedSince ? gte(counties.updatedAt, new Date(filter.updatedSince)) : undefined;

export async function listCounties(
  db: Db,
  filter: CountyFilter,
  sort: { field: CountySort; descending: boolean },
  page: PageRequest,
) {
  const direction = sort.descending ? desc : asc;
  const rows = await db
    .select({ ...columns, total: totalCount() })
    .from(counties)
    .where(conditions(filter))
    .orderBy(direction(sortColumns[sort.field]), direction(counties.code))
    .limit(page.limit)
    .offset(page.offset);
  return pageOf(
    rows,
    page,
    async () => (await db.select({ n: count() }).from(counties).where(conditions(filter)))[0]?.n ?? 0,
  );
}

export async function findCounty(db: Db, code: string) {
  const [county] = await db.select(columns).from(counties).where(eq(counties.code, code));
  return county;
}
