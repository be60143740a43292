import { and, asc, count, desc, eq, gte, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { type PageRequest, pageTotal, swedishOrder, totalCount } from '../../db/paging.ts';
import { associationMembers, associations, counties, municipalities } from '../../db/schema/index.ts';
import { escapeLike } from '../../lib/lists.ts';

export type MunicipalitySort = 'name' | 'code' | 'updatedAt';

export interface MunicipalityFilter {
  county?: string[] | undefined;
  /** Association slugs; an umbrella stands for its children's members too. */
  association?: string[] | undefined;
  q?: string | undefined;
  updatedSince?: string | undefined;
}

/** The search text normalised the way `name_search` is: lower case, accents removed. */
const normalised = (q: string) => sql`lower(public.immutable_unaccent(${q}::text))`;

const memberships = sql`coalesce((
  select json_agg(json_build_object('slug', ${associations.slug}, 'name', ${associations.name},
    'shortName', ${associations.shortName}, 'since', ${associationMembers.since})
    order by ${associations.nameSort} collate "C")
  from ${associationMembers} join ${associations} on ${associations.slug} = ${associationMembers.associationSlug}
  where ${associationMembers.municipalityCode} = ${municipalities.code}
), '[]'::json)`;

const columns = {
  code: municipalities.code,
  name: municipalities.name,
  county: sql<{ code: string; name: string }>`json_build_object('code', ${counties.code}, 'name', ${counties.name})`,
  associations: sql<{ slug: string; name: string; shortName: string | null; since: string | null }[]>`${memberships}`,
  website: municipalities.website,
  contactEmail: municipalities.contactEmail,
  description: municipalities.description,
  population: municipalities.population,
  createdAt: municipalities.createdAt,
  updatedAt: municipalities.updatedAt,
};

function conditions(filter: MunicipalityFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [];
  if (filter.county) parts.push(inArray(municipalities.countyCode, filter.county));
  if (filter.association) {
    const slugs = filter.association;
    const memberOf = sql`select ${associationMembers.municipalityCode} from ${associationMembers}
      join ${associations} on ${associations.slug} = ${associationMembers.associationSlug}
      where ${or(inArray(associations.slug, slugs), inArray(associations.parentSlug, slugs))}`;
    parts.push(sql`${municipalities.code} in (${memberOf})`);
  }
  if (filter.q) {
    const q = normalised(filter.q);
    parts.push(
      sql`(${municipalities.nameSearch} like '%' || ${normalised(escapeLike(filter.q))} || '%' or ${q} <% ${municipalities.nameSearch} or ${municipalities.nameSearch} % ${q})`,
    );
  }
  if (filter.updatedSince) parts.push(gte(municipalities.updatedAt, new Date(filter.updatedSince)));
  return and(...parts);
}

function ordering(
  filter: MunicipalityFilter,
  sort: { field: MunicipalitySort; descending: boolean } | undefined,
): SQL[] {
  if (!sort && filter.q) {
    const q = normalised(filter.q);
    return [
      desc(sql`${municipalities.nameSearch} = ${q}`),
      desc(sql`starts_with(${municipalities.nameSearch}, ${q})`),
      desc(sql`word_similarity(${q}, ${municipalities.nameSearch})`),
      desc(sql`similarity(${municipalities.nameSearch}, ${q})`),
      asc(swedishOrder(municipalities.nameSort)),
      asc(municipalities.code),
    ];
  }
  const { field, descending } = sort ?? { field: 'name', descending: false };
  const direction = descending ? desc : asc;
  const column = {
    name: swedishOrder(municipalities.nameSort),
    code: municipalities.code,
    updatedAt: municipalities.updatedAt,
  }[field];
  return [direction(column), direction(municipalities.code)];
}

/** The SQL of a municipality list, exposed so the benchmark can run exactly the same statement bare. */
export function municipalityListQuery(
  db: Db,
  filter: MunicipalityFilter,
  sort: { field: MunicipalitySort; descending: boolean } | undefined,
  page: Pick<PageRequest, 'limit' | 'offset'>,
) {
  return db
    .select({ ...columns, total: totalCount() })
    .from(municipalities)
    .innerJoin(counties, eq(counties.code, municipalities.countyCode))
    .where(conditions(filter))
    .orderBy(...ordering(filter, sort))
    .limit(page.limit)
    .offset(page.offset);
}

export async function listMunicipalities(
  db: Db,
  filter: MunicipalityFilter,
  sort: { field: MunicipalitySort; descending: boolean } | undefined,
  page: PageRequest,
) {
  const rows = await municipalityListQuery(db, filter, sort, page);
  const total = page.count
    ? await pageTotal(rows, page.offset, async () => {
        const [row] = await db.select({ n: count() }).from(municipalities).where(conditions(filter));
        return row?.n ?? 0;
      })
    : undefined;
  return { items: rows.map(({ total: _, ...municipality }) => municipality), total };
}

export function municipalityByCodeQuery(db: Db, code: string) {
  return db
    .select(columns)
    .from(municipalities)
    .innerJoin(counties, eq(counties.code, municipalities.countyCode))
    .where(eq(municipalities.code, code));
}

export async function findMunicipality(db: Db, code: string) {
  const [municipality] = await municipalityByCodeQuery(db, code);
  return municipality;
}
