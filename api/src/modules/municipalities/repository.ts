import { and, asc, count, desc, eq, gte, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { pickColumns } from '../../db/columns.ts';
import { type PageRequest, pageOf, swedishOrder, totalCount } from '../../db/paging.ts';
import { preparedOnce } from '../../db/prepared.ts';
import { associationMembers, associations, counties, municipalities } from '../../db/schema/index.ts';
import { type ContactChanges, contactFields } from '../../lib/contact-fields.ts';
import { escapeLike, type Sort } from '../../lib/lists.ts';

export type MunicipalitySort = 'name' | 'code' | 'updatedAt';

export interface MunicipalityFilter {
  county?: string[] | undefined;
  /** Association slugs; an umbrella stands for its children's members too. */
  association?: string[] | undefined;
  q?: string | undefined;
  updatedSince?: string | undefined;
}

const param = (name: string) => sql.placeholder(name);
/** The search text normalised the way `name_search` is: lower case, accents removed. */
const normalised = (value: SQL | ReturnType<typeof param>) => sql`lower(public.immutable_unaccent(${value}::text))`;

const memberships = sql`coalesce((
  select json_agg(json_build_object('slug', ${associations.slug}, 'name', ${associations.name},
    'shortName', ${associations.shortName}, 'since', ${associationMembers.since})
    order by ${associations.nameSort} collate "C")
  from ${associationMembers} join ${associations} on ${associations.slug} = ${associationMembers.associationSlug}
  where ${associationMembers.municipalityCode} = ${municipalities.code}
), '[]'::json)`;

const columns = {
  ...pickColumns(
    municipalities,
    'code',
    'name',
    ...contactFields,
    'population',
    'populationYear',
    'populationSource',
    'createdAt',
    'updatedAt',
  ),
  county: sql<{ code: string; name: string }>`json_build_object('code', ${counties.code}, 'name', ${counties.name})`,
  associations: sql<{ slug: string; name: string; shortName: string | null; since: string | null }[]>`${memberships}`,
};

/** The WHERE clause for the filters present, with placeholders for their values. */
function conditions(filter: MunicipalityFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [];
  if (filter.county) parts.push(sql`${municipalities.countyCode} = any(${param('county')})`);
  if (filter.association) {
    const memberOf = sql`select ${associationMembers.municipalityCode} from ${associationMembers}
      join ${associations} on ${associations.slug} = ${associationMembers.associationSlug}
      where ${or(sql`${associations.slug} = any(${param('association')})`, sql`${associations.parentSlug} = any(${param('association')})`)}`;
    parts.push(sql`${municipalities.code} in (${memberOf})`);
  }
  if (filter.q) {
    const q = normalised(param('q'));
    parts.push(
      sql`(${municipalities.nameSearch} like '%' || ${normalised(param('qLike'))} || '%' or ${q} <% ${municipalities.nameSearch} or ${municipalities.nameSearch} % ${q})`,
    );
  }
  if (filter.updatedSince) parts.push(gte(municipalities.updatedAt, param('updatedSince')));
  return and(...parts);
}

function ordering(filter: MunicipalityFilter, sort: Sort<MunicipalitySort> | undefined): SQL[] {
  if (!sort && filter.q) {
    const q = normalised(param('q'));
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

/** Parameter values for the placeholders of `conditions` and `ordering`. */
function values(filter: MunicipalityFilter) {
  return {
    county: filter.county,
    association: filter.association,
    q: filter.q,
    qLike: filter.q === undefined ? undefined : escapeLike(filter.q),
    updatedSince: filter.updatedSince,
  };
}

const shapeOf = (filter: MunicipalityFilter, sort: Sort<MunicipalitySort> | undefined) =>
  `${['county', 'association', 'q', 'updatedSince']
    .filter((key) => filter[key as keyof MunicipalityFilter] !== undefined)
    .join('+')}:${sort ? `${sort.descending ? '-' : ''}${sort.field}` : filter.q ? 'relevance' : 'name'}`;

/** The list query for a shape of filters, with placeholders; exported so the benchmark can run the same SQL bare. */
export function municipalityListQuery(db: Db, filter: MunicipalityFilter, sort: Sort<MunicipalitySort> | undefined) {
  return db
    .select({ ...columns, total: totalCount() })
    .from(municipalities)
    .innerJoin(counties, eq(counties.code, municipalities.countyCode))
    .where(conditions(filter))
    .orderBy(...ordering(filter, sort))
    .limit(param('limit'))
    .offset(param('offset'));
}

export async function listMunicipalities(
  db: Db,
  filter: MunicipalityFilter,
  sort: Sort<MunicipalitySort> | undefined,
  page: PageRequest,
) {
  const shape = shapeOf(filter, sort);
  const list = preparedOnce(db, `municipalities:${shape}`, (name) =>
    municipalityListQuery(db, filter, sort).prepare(name),
  );
  const rows = await list.execute({ ...values(filter), limit: page.limit, offset: page.offset });
  return pageOf(rows, page, async () => {
    const counter = preparedOnce(db, `municipalities-count:${shape}`, (name) =>
      db.select({ n: count() }).from(municipalities).where(conditions(filter)).prepare(name),
    );
    return (await counter.execute(values(filter)))[0]?.n ?? 0;
  });
}

export function municipalityByCodeQuery(db: Db) {
  return db
    .select(columns)
    .from(municipalities)
    .innerJoin(counties, eq(counties.code, municipalities.countyCode))
    .where(eq(municipalities.code, param('code')));
}

/** Whether a municipality has the code. */
export async function municipalityExists(db: Db, code: string): Promise<boolean> {
  const rows = await db.select({ code: municipalities.code }).from(municipalities).where(eq(municipalities.code, code));
  return rows.length > 0;
}

/** Locks the municipality's row for the rest of the transaction; false when there is none. */
export async function lockMunicipality(db: Db, code: string): Promise<boolean> {
  const rows = await db
    .select({ code: municipalities.code })
    .from(municipalities)
    .where(eq(municipalities.code, code))
    .for('update');
  return rows.length > 0;
}

export async function updateMunicipality(
  db: Db,
  code: string,
  changes: ContactChanges & { population?: number | null; populationYear?: number | null },
) {
  const { populationYear, ...rest } = changes;
  // A population an editor sets is theirs: the reference loader leaves an `editor` value alone.
  const population =
    changes.population === undefined && populationYear === undefined
      ? {}
      : // A new figure without a year has no known year; a year alone dates the figure already there.
        { populationSource: 'editor' as const, populationYear: populationYear ?? null };
  await db
    .update(municipalities)
    .set({ ...rest, ...population, updatedAt: sql`now()` })
    .where(eq(municipalities.code, code));
}

export async function findMunicipality(db: Db, code: string) {
  const query = preparedOnce(db, 'municipality', (name) => municipalityByCodeQuery(db).prepare(name));
  const [municipality] = await query.execute({ code });
  return municipality;
}
