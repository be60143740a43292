import { and, asc, count, desc, eq, gte, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { pickColumns } from '../../db/columns.ts';
import { type PageRequest, swedishOrder } from '../../db/paging.ts';
import { preparedOnce } from '../../db/prepared.ts';
import { adoptions, guides, guideTechnologies, technologies, technologyCategories } from '../../db/schema/index.ts';
import { matchesSearch, searchRank, searchSnippet } from '../../db/search.ts';
import type { Sort } from '../../lib/lists.ts';

export type TechnologySort = 'name' | 'updatedAt' | 'adoptionCount';

export interface TechnologyFilter {
  category?: string[] | undefined;
  targetGroup?: string[] | undefined;
  readiness?: string[] | undefined;
  standard?: string[] | undefined;
  status: string[];
  adoptedIn?: string[] | undefined;
  association?: string[] | undefined;
  q?: string | undefined;
  updatedSince?: string | undefined;
}

const param = (name: string) => sql.placeholder(name);
const outer = sql.raw('"technologies"."slug"');

const adoptionSummary = sql<Record<string, number>>`(select json_build_object(
    'planned', count(*) filter (where a.status = 'planned'),
    'pilot', count(*) filter (where a.status = 'pilot'),
    'implemented', count(*) filter (where a.status = 'implemented'),
    'scaled', count(*) filter (where a.status = 'scaled'),
    'discontinued', count(*) filter (where a.status = 'discontinued'),
    'total', count(*))
  from ${adoptions} a where a.technology_slug = ${outer})`;

const category = sql<{
  slug: string;
  name: string;
  parent: { slug: string; name: string } | null;
}>`(select json_build_object(
    'slug', c.slug, 'name', c.name,
    'parent', (select json_build_object('slug', p.slug, 'name', p.name) from technology_categories p where p.slug = c.parent_slug))
  from ${technologyCategories} c where c.slug = "technologies"."category_slug")`;

/** What a list item carries: enough to choose one; the item route gives the rest. */
const summaryColumns = {
  ...pickColumns(
    technologies,
    'slug',
    'name',
    'summary',
    'targetGroups',
    'readiness',
    'standards',
    'iso9999Codes',
    'status',
    'publishedAt',
    'createdAt',
    'updatedAt',
  ),
  category,
  adoptionSummary,
};

const columns = {
  ...summaryColumns,
  ...pickColumns(
    technologies,
    'description',
    'benefits',
    'legalBasis',
    'ethicalConsiderations',
    'infrastructureRequirements',
    'competenceRequirements',
    'costIndication',
  ),
  descriptionHtml: sql<string>`coalesce(${technologies.descriptionHtml}, '')`,
  guides: sql<
    { slug: string; title: string; kind: string }[]
  >`coalesce((select json_agg(json_build_object('slug', g.slug, 'title', g.title, 'kind', g.kind)
    order by g.title_sort collate "C") from guide_technologies gt join guides g on g.slug = gt.guide_slug
    where gt.technology_slug = ${outer} and g.status = 'published'), '[]'::json)`,
};

/**
 * The filters of a list. A category (with its children) is a semi-join for the count, which the
 * planner estimates and answers from the (status, category) index alone; for the page it is an array
 * computed once, so the planner still walks the ordering index and filters (a semi-join there makes it
 * sort every match).
 */
function conditions(filter: TechnologyFilter, purpose: 'page' | 'count' | 'perCategory' = 'page'): SQL | undefined {
  const parts: (SQL | undefined)[] = [
    sql`${technologies.status} = any(${param('status')}::text[]::publication_status[])`,
  ];
  if (filter.category && purpose !== 'perCategory') {
    const categories = sql`select c.slug from technology_categories c
      where c.slug = any(${param('category')}) or c.parent_slug = any(${param('category')})`;
    parts.push(
      purpose === 'count'
        ? sql`${technologies.categorySlug} in (${categories})`
        : sql`${technologies.categorySlug} = any(array(${categories}))`,
    );
  }
  if (filter.targetGroup) parts.push(sql`${technologies.targetGroups} && ${param('targetGroup')}::text[]`);
  if (filter.readiness) parts.push(sql`${technologies.readiness}::text = any(${param('readiness')})`);
  if (filter.standard) parts.push(sql`${technologies.standards} && ${param('standard')}::text[]`);
  // Arrays kept on the technology by triggers (see the technology_adoption_places migration).
  if (filter.adoptedIn) parts.push(sql`${technologies.adoptedIn} && ${param('adoptedIn')}::text[]`);
  if (filter.association) {
    parts.push(sql`${technologies.adoptedInAssociations} && ${param('association')}::text[]`);
  }
  if (filter.q) parts.push(matchesSearch(technologies.searchVector, param('q')));
  if (filter.updatedSince) parts.push(gte(technologies.updatedAt, param('updatedSince')));
  return and(...parts);
}

function ordering(filter: TechnologyFilter, sort: Sort<TechnologySort> | undefined): SQL[] {
  if (!sort && filter.q) {
    return [
      desc(searchRank(technologies.searchVector, param('q'))),
      asc(swedishOrder(technologies.nameSort)),
      asc(technologies.slug),
    ];
  }
  const { field, descending } = sort ?? { field: 'name', descending: false };
  const direction = descending ? desc : asc;
  const column = {
    name: swedishOrder(technologies.nameSort),
    updatedAt: technologies.updatedAt,
    adoptionCount: technologies.adoptionCount,
  }[field];
  return [direction(column), direction(technologies.slug)];
}

const shapeOf = (filter: TechnologyFilter, sort: Sort<TechnologySort> | undefined) =>
  `${Object.entries(filter)
    .filter(([key, value]) => key !== 'status' && value !== undefined)
    .map(([key]) => key)
    .join('+')}:${sort ? `${sort.descending ? '-' : ''}${sort.field}` : filter.q ? 'relevance' : 'name'}`;

/**
 * The list query for a shape of filters, with placeholders; exported so the benchmark can run the same
 * SQL bare. The page is chosen first, by key, off the ordering index; the summary's subqueries then
 * run for those rows only, not for the rows the offset skips.
 */
export function technologyListQuery(db: Db, filter: TechnologyFilter, sort: Sort<TechnologySort> | undefined) {
  const snippet = filter.q
    ? searchSnippet(sql`${technologies.summary} || ' ' || ${technologies.description}`, param('q'))
    : sql<string | null>`null::text`;
  const byName = !filter.q && (sort?.field ?? 'name') === 'name';
  const page = db.$with('page').as(
    filter.category && byName
      ? pagePerCategory(db, filter, sort?.descending ?? false)
      : db
          .select({ key: sql<string>`${technologies.slug}`.as('key') })
          .from(technologies)
          .where(conditions(filter))
          .orderBy(...ordering(filter, sort))
          .limit(param('limit'))
          .offset(param('offset')),
  );
  // Sorting the page's rows again costs nothing; it keeps the order without relying on the CTE's.
  return db
    .with(page)
    .select({ ...summaryColumns, snippet })
    .from(page)
    .innerJoin(technologies, eq(technologies.slug, page.key))
    .orderBy(...ordering(filter, sort));
}

/**
 * A page by name within categories: each category (the named ones and their children) gives its first
 * `window` (offset + limit) rows off the (category, name) index, and the page is taken from those. Walking
 * the name index instead visits every other category's rows on the way, and names cluster by
 * category (measured: 33 334 rows read for a page of 50 at 100 000 technologies).
 */
function pagePerCategory(db: Db, filter: TechnologyFilter, descending: boolean) {
  const order = descending ? sql`desc` : sql`asc`;
  const inCategory = db
    .select({ key: sql<string>`${technologies.slug}`.as('key'), nameSort: technologies.nameSort })
    .from(technologies)
    .where(and(sql`${technologies.categorySlug} = c.slug`, conditions(filter, 'perCategory')))
    .orderBy(sql`${swedishOrder(technologies.nameSort)} ${order}`, sql`${technologies.slug} ${order}`)
    .limit(param('window'));
  return db
    .select({ key: sql<string>`t.key`.as('key') })
    .from(
      sql`(select c.slug from technology_categories c
        where c.slug = any(${param('category')}) or c.parent_slug = any(${param('category')})) c
        cross join lateral (${inCategory}) t`,
    )
    .orderBy(sql`t.name_sort collate "C" ${order}`, sql`t.key ${order}`)
    .limit(param('limit'))
    .offset(param('offset'));
}

/** The count of a list, for the same shape of filters. */
export const technologyCountQuery = (db: Db, filter: TechnologyFilter) =>
  db.select({ n: count() }).from(technologies).where(conditions(filter, 'count'));

/**
 * A page of technologies, and the total counted apart, at the same time on another connection: with
 * `count(*) OVER ()` every match would be read and sorted before the first row came out, whereas
 * alone the page can be read off the ordering index and stop after `limit` rows. Counting still
 * visits every match; `count=false` skips it.
 */
export async function listTechnologies(
  db: Db,
  filter: TechnologyFilter,
  sort: Sort<TechnologySort> | undefined,
  page: PageRequest,
) {
  const shape = shapeOf(filter, sort);
  const list = preparedOnce(db, `technologies:${shape}`, (name) => technologyListQuery(db, filter, sort).prepare(name));
  const counter = preparedOnce(db, `technologies-count:${shape}`, (name) =>
    technologyCountQuery(db, filter).prepare(name),
  );
  const [items, counted] = await Promise.all([
    list.execute({ ...filter, limit: page.limit, offset: page.offset, window: page.offset + page.limit }),
    page.count ? counter.execute({ ...filter }) : undefined,
  ]);
  return { items, total: counted ? (counted[0]?.n ?? 0) : undefined };
}

/** The item query, with a placeholder for the slug; exported so the benchmark can run the same SQL bare. */
export const technologyBySlugQuery = (db: Db) =>
  db
    .select({ ...columns, snippet: sql<string | null>`null::text` })
    .from(technologies)
    .where(eq(technologies.slug, param('slug')));

export async function findTechnology(db: Db, slug: string, lock = false) {
  if (lock) {
    const [locked] = await db
      .select({ ...columns, snippet: sql<string | null>`null::text` })
      .from(technologies)
      .where(eq(technologies.slug, slug))
      .for('update');
    return locked;
  }
  const query = preparedOnce(db, 'technology', (name) => technologyBySlugQuery(db).prepare(name));
  const [technology] = await query.execute({ slug });
  return technology;
}

export async function hasAdoptions(db: Db, slug: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(adoptions).where(eq(adoptions.technologySlug, slug));
  return row?.n ?? 0;
}

/** Marks the guides that link to a technology as changed now; answers their slugs. */
export async function touchGuidesLinkedTo(db: Db, slug: string): Promise<string[]> {
  const rows = await db
    .update(guides)
    .set({ updatedAt: new Date() })
    .where(
      inArray(
        guides.slug,
        db
          .select({ slug: guideTechnologies.guideSlug })
          .from(guideTechnologies)
          .where(eq(guideTechnologies.technologySlug, slug)),
      ),
    )
    .returning({ slug: guides.slug });
  return rows.map((row) => row.slug);
}
