import { and, asc, count, eq, gte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { pickColumns } from '../../db/columns.ts';
import { type PageRequest, pageOf, swedishOrder, totalCount } from '../../db/paging.ts';
import { adoptions, municipalities, technologies } from '../../db/schema/index.ts';

const columns = {
  municipality: sql<{
    code: string;
    name: string;
  }>`json_build_object('code', ${municipalities.code}, 'name', ${municipalities.name})`,
  technology: sql<{
    slug: string;
    name: string;
  }>`json_build_object('slug', ${technologies.slug}, 'name', ${technologies.name})`,
  ...pickColumns(
    adoptions,
    'status',
    'startedOn',
    'usersCount',
    'operatorModel',
    'notes',
    'demo',
    'createdAt',
    'updatedAt',
  ),
};

export interface AdoptionFilter {
  municipality?: string[] | undefined;
  association?: string[] | undefined;
  technology?: string[] | undefined;
  category?: string[] | undefined;
  status?: string[] | undefined;
  updatedSince?: string | undefined;
}

function conditions(filter: AdoptionFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [sql`${technologies.status} = 'published'`];
  if (filter.municipality) parts.push(sql`${adoptions.municipalityCode} in ${filter.municipality}`);
  if (filter.association) {
    parts.push(sql`${adoptions.municipalityCode} in (select am.municipality_code from association_members am
      join associations x on x.slug = am.association_slug where x.slug in ${filter.association} or x.parent_slug in ${filter.association})`);
  }
  if (filter.technology) parts.push(sql`${adoptions.technologySlug} in ${filter.technology}`);
  if (filter.category) {
    parts.push(sql`${technologies.categorySlug} in (select c.slug from technology_categories c
      where c.slug in ${filter.category} or c.parent_slug in ${filter.category})`);
  }
  if (filter.status) parts.push(sql`${adoptions.status}::text in ${filter.status}`);
  if (filter.updatedSince) parts.push(gte(adoptions.updatedAt, new Date(filter.updatedSince)));
  return and(...parts);
}

const base = (db: Db, select: Record<string, unknown>) =>
  db
    .select(select as typeof columns)
    .from(adoptions)
    .innerJoin(municipalities, eq(municipalities.code, adoptions.municipalityCode))
    .innerJoin(technologies, eq(technologies.slug, adoptions.technologySlug));

export async function listAdoptions(db: Db, filter: AdoptionFilter, page: PageRequest) {
  const rows = (await base(db, { ...columns, total: totalCount() })
    .where(conditions(filter))
    .orderBy(asc(swedishOrder(municipalities.nameSort)), asc(technologies.nameSort), asc(adoptions.technologySlug))
    .limit(page.limit)
    .offset(page.offset)) as (Awaited<ReturnType<typeof findAdoption>> & { total: number })[];
  return pageOf(rows, page, async () => {
    const [row] = await base(db, { n: count() }).where(conditions(filter));
    return Number((row as unknown as { n: number })?.n ?? 0);
  });
}

export async function findAdoption(db: Db, code: string, technology: string, lock = false) {
  const query = base(db, columns).where(
    and(eq(adoptions.municipalityCode, code), eq(adoptions.technologySlug, technology)),
  );
  const [adoption] = lock ? await query.for('update', { of: adoptions }) : await query;
  return adoption;
}

export async function putAdoption(
  db: Db,
  code: string,
  technology: string,
  values: Partial<typeof adoptions.$inferInsert>,
) {
  const row = {
    status: values.status ?? 'planned',
    startedOn: values.startedOn ?? null,
    usersCount: values.usersCount ?? null,
    operatorModel: values.operatorModel ?? null,
    notes: values.notes ?? null,
    demo: false,
  };
  await db
    .insert(adoptions)
    .values({ municipalityCode: code, technologySlug: technology, ...row })
    .onConflictDoUpdate({
      target: [adoptions.municipalityCode, adoptions.technologySlug],
      set: { ...row, updatedAt: sql`now()` },
    });
}

export async function deleteAdoption(db: Db, code: string, technology: string) {
  await db.delete(adoptions).where(and(eq(adoptions.municipalityCode, code), eq(adoptions.technologySlug, technology)));
}

/**
 * The technology an adoption or a map is about: its name and status, or undefined when there is none.
 * With `hold`, its row is held (FOR KEY SHARE) for the rest of the transaction, so it cannot be
 * deleted under an adoption being recorded; a deletion under way is waited for, and then it is gone.
 */
export async function technologyHeader(db: Db, slug: string, hold = false) {
  const query = db
    .select({ slug: technologies.slug, name: technologies.name, status: technologies.status })
    .from(technologies)
    .where(eq(technologies.slug, slug));
  const [technology] = hold ? await query.for('key share') : await query;
  return technology;
}

/** All 290 municipalities with their status for one technology, `none` where nothing is recorded. One statement. */
export async function adoptionMap(db: Db, technology: string) {
  return db
    .select({
      code: municipalities.code,
      name: municipalities.name,
      countyCode: municipalities.countyCode,
      status: sql<string>`coalesce(${adoptions.status}::text, 'none')`,
      demo: sql<boolean>`coalesce(${adoptions.demo}, false)`,
    })
    .from(municipalities)
    .leftJoin(
      adoptions,
      and(eq(adoptions.municipalityCode, municipalities.code), eq(adoptions.technologySlug, technology)),
    )
    .orderBy(asc(municipalities.code));
}
