import { and, asc, desc, eq, gte, type SQL, sql } from 'drizzle-orm';
import { textArray } from '../../db/arrays.ts';
import type { Db } from '../../db/client.ts';
import { pickColumns } from '../../db/columns.ts';
import { linkedNames } from '../../db/linked-names.ts';
import { pageByKey } from '../../db/page-by-key.ts';
import { type PageRequest, swedishOrder } from '../../db/paging.ts';
import { guideMunicipalities, guides, guideTechnologies, municipalities, technologies } from '../../db/schema/index.ts';
import { matchesSearch, searchRank, searchSnippet } from '../../db/search.ts';
import type { FilterOf } from '../../lib/lists.ts';
import type { GuideListQuery } from './schemas.ts';

/** A guide list's filter; `status` is what the caller may see of the statuses asked for. */
export type GuideFilter = Omit<FilterOf<typeof GuideListQuery>, 'status'> & { status: string[] };

const outer = sql.raw('"guides"."slug"');

/** What a list item carries: everything but the body; the item route gives the rest. */
const summaryColumns = {
  ...pickColumns(
    guides,
    'slug',
    'kind',
    'title',
    'summary',
    'dimensions',
    'status',
    'publishedAt',
    'createdAt',
    'updatedAt',
  ),
  technologies: linkedNames(technologies, 'slug', guideTechnologies.technologySlug, guideTechnologies.guideSlug, outer),
  municipalities: linkedNames(
    municipalities,
    'code',
    guideMunicipalities.municipalityCode,
    guideMunicipalities.guideSlug,
    outer,
  ),
};

const columns = {
  ...summaryColumns,
  body: guides.body,
  bodyHtml: sql<string>`coalesce(${guides.bodyHtml}, '')`,
};

function conditions(filter: GuideFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [sql`${guides.status}::text in ${filter.status}`];
  if (filter.kind) parts.push(sql`${guides.kind}::text in ${filter.kind}`);
  if (filter.technology)
    parts.push(
      sql`${guides.slug} in (select guide_slug from guide_technologies where technology_slug in ${filter.technology})`,
    );
  if (filter.municipality) {
    parts.push(
      sql`${guides.slug} in (select guide_slug from guide_municipalities where municipality_code in ${filter.municipality})`,
    );
  }
  if (filter.dimension) parts.push(sql`${guides.dimensions} && ${textArray(filter.dimension)}`);
  if (filter.q) parts.push(matchesSearch(guides.searchVector, sql`${filter.q}`));
  if (filter.updatedSince) parts.push(gte(guides.updatedAt, new Date(filter.updatedSince)));
  return and(...parts);
}

/** A page of guides as summaries, by key first (db/page-by-key.ts). */
export function listGuides(db: Db, filter: GuideFilter, page: PageRequest) {
  const q = sql`${filter.q ?? ''}`;
  const snippet = filter.q
    ? searchSnippet(sql`${guides.summary} || ' ' || ${guides.body}`, q)
    : sql<string | null>`null::text`;
  const order = filter.q
    ? [desc(searchRank(guides.searchVector, q)), asc(swedishOrder(guides.titleSort)), asc(guides.slug)]
    : [asc(swedishOrder(guides.titleSort)), asc(guides.slug)];
  const from = { table: guides, key: guides.slug };
  return pageByKey(db, from, conditions(filter), order, page, { ...summaryColumns, snippet });
}

export async function findGuide(db: Db, slug: string, lock = false) {
  const query = db
    .select({ ...columns, snippet: sql<string | null>`null::text` })
    .from(guides)
    .where(eq(guides.slug, slug));
  const [guide] = lock ? await query.for('update') : await query;
  return guide;
}

/** Replaces a guide's links to technologies and municipalities. */
export async function setLinks(
  db: Db,
  slug: string,
  links: { technologies?: string[] | undefined; municipalities?: string[] | undefined },
) {
  if (links.technologies) {
    await db.delete(guideTechnologies).where(eq(guideTechnologies.guideSlug, slug));
    if (links.technologies.length > 0) {
      await db
        .insert(guideTechnologies)
        .values(links.technologies.map((technologySlug) => ({ guideSlug: slug, technologySlug })));
    }
  }
  if (links.municipalities) {
    await db.delete(guideMunicipalities).where(eq(guideMunicipalities.guideSlug, slug));
    if (links.municipalities.length > 0) {
      await db
        .insert(guideMunicipalities)
        .values(links.municipalities.map((municipalityCode) => ({ guideSlug: slug, municipalityCode })));
    }
  }
}
