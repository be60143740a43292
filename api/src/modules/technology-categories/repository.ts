import { and, eq, gte, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { pickColumns } from '../../db/columns.ts';
import { namedSlugPage, type PageRequest } from '../../db/paging.ts';
import { technologies, technologyCategories } from '../../db/schema/index.ts';
import type { Sort } from '../../lib/lists.ts';

// Outer-row columns qualified by hand: drizzle leaves them unqualified in a single-table select.
const outer = sql.raw('"technology_categories"."slug"');

const columns = {
  ...pickColumns(technologyCategories, 'slug', 'name', 'description', 'createdAt', 'updatedAt'),
  parent: sql<{ slug: string; name: string } | null>`(select json_build_object('slug', p.slug, 'name', p.name)
    from technology_categories p where p.slug = "technology_categories"."parent_slug")`,
  children: sql<
    { slug: string; name: string }[]
  >`coalesce((select json_agg(json_build_object('slug', c.slug, 'name', c.name)
    order by c.name_sort collate "C") from technology_categories c where c.parent_slug = ${outer}), '[]'::json)`,
  technologyCount: sql<number>`(select count(*) from ${technologies} t
    join technology_categories tc on tc.slug = t.category_slug
    where t.status = 'published' and (tc.slug = ${outer} or tc.parent_slug = ${outer}))`.mapWith(Number),
};

export interface CategoryFilter {
  parent?: string | undefined;
  updatedSince?: string | undefined;
}

function conditions(filter: CategoryFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [];
  if (filter.parent === 'none') parts.push(isNull(technologyCategories.parentSlug));
  else if (filter.parent) parts.push(eq(technologyCategories.parentSlug, filter.parent));
  if (filter.updatedSince) parts.push(gte(technologyCategories.updatedAt, new Date(filter.updatedSince)));
  return and(...parts);
}

export function listCategories(
  db: Db,
  filter: CategoryFilter,
  sort: Sort<'name' | 'slug' | 'updatedAt'>,
  page: PageRequest,
) {
  return namedSlugPage(db, { select: columns, from: technologyCategories, where: conditions(filter) }, sort, page);
}

export async function findCategory(db: Db, slug: string, lock = false) {
  const query = db.select(columns).from(technologyCategories).where(eq(technologyCategories.slug, slug));
  const [category] = lock ? await query.for('update') : await query;
  return category;
}

/** The category's own row, for the two-level checks. */
export async function categoryRow(db: Db, slug: string) {
  const [row] = await db.select().from(technologyCategories).where(eq(technologyCategories.slug, slug));
  return row;
}

export async function hasChildren(db: Db, slug: string): Promise<boolean> {
  const rows = await db
    .select({ slug: technologyCategories.slug })
    .from(technologyCategories)
    .where(eq(technologyCategories.parentSlug, slug))
    .limit(1);
  return rows.length > 0;
}

export async function isUsed(db: Db, slug: string): Promise<boolean> {
  const rows = await db
    .select({ slug: technologies.slug })
    .from(technologies)
    .where(eq(technologies.categorySlug, slug))
    .limit(1);
  return rows.length > 0;
}
