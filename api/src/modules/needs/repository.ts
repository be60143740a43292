import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Reach } from '../../access/scope.ts';
import { textArray } from '../../db/arrays.ts';
import type { Db } from '../../db/client.ts';
import { pickColumns } from '../../db/columns.ts';
import { linkedNames } from '../../db/linked-names.ts';
import { type OrganisationRef, organisationRef } from '../../db/organisation-ref.ts';
import { pageByKey } from '../../db/page-by-key.ts';
import type { PageRequest } from '../../db/paging.ts';
import {
  needCategories,
  needs,
  needTechnologies,
  supplierInterests,
  suppliers,
  technologies,
  technologyCategories,
} from '../../db/schema/index.ts';
import { matchesSearch, searchRank, searchSnippet } from '../../db/search.ts';
import type { FilterOf, Sort } from '../../lib/lists.ts';
import type { NeedListQuery } from './schemas.ts';

export type NeedStatus = (typeof needs.$inferSelect)['status'];
export type NeedSort = 'updatedAt' | 'pooledVolume' | 'desiredStart';

export type NeedFilter = FilterOf<typeof NeedListQuery>;

const id = sql.raw('"needs"."id"');

/** What a list item carries: scalar fields, counts and short links; the item route gives the rest. */
const summaryColumns = {
  ...pickColumns(
    needs,
    'id',
    'title',
    'targetGroup',
    'serviceArea',
    'estimatedVolume',
    'desiredStart',
    'budgetStatus',
    'pooledVolume',
    'municipalityCount',
    'status',
    'publishedAt',
    'demo',
    'createdAt',
    'updatedAt',
  ),
  owner: organisationRef({
    association: needs.ownerAssociationSlug,
    municipality: needs.ownerMunicipalityCode,
    publicBody: needs.ownerPublicBodySlug,
  }) as SQL<OrganisationRef & { kind: 'municipality' | 'association' | 'public_body' }>,
  categories: linkedNames(technologyCategories, 'slug', needCategories.categorySlug, needCategories.needId, id),
  technologies: linkedNames(technologies, 'slug', needTechnologies.technologySlug, needTechnologies.needId, id),
  procurement: sql<{ id: string; reference: string; title: string; stage: string } | null>`(
    select json_build_object('id', p.id, 'reference', p.reference, 'title', p.title, 'stage', p.stage)
    from procurements p where p.id = ${needs.procurementId})`,
};

const columns = {
  ...summaryColumns,
  problemStatement: needs.problemStatement,
  contactEmail: needs.contactEmail,
  coOwners: sql<
    {
      municipality: { code: string; name: string };
      estimatedVolume: number;
      comment: string | null;
      demo: boolean;
      since: string;
    }[]
  >`coalesce((select json_agg(json_build_object(
      'municipality', json_build_object('code', m.code, 'name', m.name),
      'estimatedVolume', c.estimated_volume, 'comment', c.comment, 'demo', c.demo, 'since', c.created_at)
      order by m.name_sort collate "C")
    from need_co_owners c join municipalities m on m.code = c.municipality_code where c.need_id = ${id}), '[]'::json)`,
  publicBodyCoOwners: sql<
    {
      publicBody: { slug: string; name: string; kind: string };
      estimatedVolume: number;
      comment: string | null;
      demo: boolean;
      since: string;
    }[]
  >`coalesce((select json_agg(json_build_object(
      'publicBody', json_build_object('slug', b.slug, 'name', b.name, 'kind', b.kind),
      'estimatedVolume', c.estimated_volume, 'comment', c.comment, 'demo', c.demo, 'since', c.created_at)
      order by b.name_sort collate "C")
    from need_public_body_co_owners c join public_bodies b on b.slug = c.public_body_slug where c.need_id = ${id}), '[]'::json)`,
};

const coOwnerCodes = sql<string[]>`array(select c.municipality_code from need_co_owners c
  where c.need_id = ${id} order by c.municipality_code)`;
const publicBodyCoOwnerSlugs = sql<string[]>`array(select c.public_body_slug from need_public_body_co_owners c
  where c.need_id = ${id} order by c.public_body_slug)`;

/** A list's selections: the summary (JSON), and for CSV the summary with the text and co-owners a spreadsheet names. */
const listColumns = {
  summary: {
    ...summaryColumns,
    coOwnerCount: sql<number>`(select count(*) from need_co_owners c where c.need_id = ${id})`.mapWith(Number),
    publicBodyCoOwnerCount: sql<number>`(select count(*) from need_public_body_co_owners c
      where c.need_id = ${id})`.mapWith(Number),
  },
  spreadsheet: {
    ...summaryColumns,
    problemStatement: needs.problemStatement,
    contactEmail: needs.contactEmail,
    coOwnerCodes,
    publicBodyCoOwnerSlugs,
  },
};
export type NeedListDetail = keyof typeof listColumns;

/** Drafts are seen by admins and by editors whose scope covers the owner; the rest by any caller. */
export function visibleTo(reach: Reach): SQL | undefined {
  if (reach === 'all') return undefined;
  if (reach === 'none') return sql`${needs.status} <> 'draft'`;
  return sql`(${needs.status} <> 'draft' or ${needs.ownerMunicipalityCode} = any(${textArray(reach.municipalities)})
    or ${needs.ownerAssociationSlug} = any(${textArray(reach.associations)})
    or ${needs.ownerPublicBodySlug} = any(${textArray(reach.publicBodies)}))`;
}

function conditions(filter: NeedFilter, reach: Reach): SQL | undefined {
  const parts: (SQL | undefined)[] = [visibleTo(reach)];
  // Compared as the enum, not as text, so the (status, updated_at) index serves the default order.
  if (filter.status) parts.push(sql`${needs.status} = any(${textArray(filter.status)}::need_status[])`);
  if (filter.category) parts.push(sql`${needs.categorySlugs} && ${textArray(filter.category)}`);
  if (filter.technology) {
    parts.push(sql`exists (select 1 from need_technologies nt where nt.need_id = ${id}
      and nt.technology_slug = any(${textArray(filter.technology)}))`);
  }
  if (filter.county) parts.push(sql`${needs.countyCodes} && ${textArray(filter.county)}`);
  if (filter.association) parts.push(sql`${needs.associationSlugs} && ${textArray(filter.association)}`);
  if (filter.owner) {
    const keys = textArray(filter.owner);
    parts.push(sql`(${needs.ownerMunicipalityCode} = any(${keys}) or ${needs.ownerAssociationSlug} = any(${keys})
      or ${needs.ownerPublicBodySlug} = any(${keys})
      or exists (select 1 from need_co_owners c where c.need_id = ${id} and c.municipality_code = any(${keys}))
      or exists (select 1 from need_public_body_co_owners b where b.need_id = ${id} and b.public_body_slug = any(${keys})))`);
  }
  if (filter.targetGroup) parts.push(sql`${needs.targetGroup}::text = any(${textArray(filter.targetGroup)})`);
  if (filter.minVolume !== undefined) parts.push(sql`${needs.pooledVolume} >= ${filter.minVolume}`);
  if (filter.desiredStartBefore) parts.push(sql`${needs.desiredStart} < ${filter.desiredStartBefore}::date`);
  if (filter.updatedSince) parts.push(sql`${needs.updatedAt} >= ${filter.updatedSince}::timestamptz`);
  if (filter.q) parts.push(matchesSearch(needs.searchVector, sql`${filter.q}`));
  return and(...parts);
}

function ordering(filter: NeedFilter, sort: Sort<NeedSort> | undefined): SQL[] {
  if (!sort && filter.q)
    return [desc(searchRank(needs.searchVector, sql`${filter.q}`)), desc(needs.updatedAt), desc(needs.id)];
  const { field, descending } = sort ?? { field: 'updatedAt', descending: true };
  const column = { updatedAt: needs.updatedAt, pooledVolume: needs.pooledVolume, desiredStart: needs.desiredStart }[
    field
  ];
  const direction = descending ? desc : asc;
  return [
    field === 'desiredStart' ? sql`${column} ${sql.raw(descending ? 'desc' : 'asc')} nulls last` : direction(column),
    direction(needs.id),
  ];
}

/**
 * A page of needs, by key first (db/page-by-key.ts): the summary's subqueries (categories,
 * technologies, procurement, co-owner count) run for the page's rows only.
 */
export function listNeeds<Detail extends NeedListDetail = 'summary'>(
  db: Db,
  filter: NeedFilter,
  reach: Reach,
  sort: Sort<NeedSort> | undefined,
  page: PageRequest,
  detail: Detail = 'summary' as Detail,
) {
  const snippet = filter.q
    ? searchSnippet(sql`${needs.title} || ' ' || ${needs.problemStatement}`, sql`${filter.q}`)
    : sql<string | null>`null::text`;
  const from = { table: needs, key: needs.id };
  return pageByKey(db, from, conditions(filter, reach), ordering(filter, sort), page, {
    ...listColumns[detail],
    snippet,
  });
}

/** Locks need rows for the rest of the transaction, in one order, so two changes that lock the same needs cannot deadlock. */
export async function lockNeeds(db: Db, needIds: string[]) {
  if (needIds.length === 0) return;
  await db
    .select({ id: needs.id })
    .from(needs)
    .where(inArray(needs.id, needIds))
    .orderBy(asc(needs.id))
    .for('no key update');
}

/**
 * A need as a GET gives it; with `lock`, its row is locked in the same statement. That read is current
 * because every change to a need or to what it embeds (co-owners, links, interest) first takes the
 * need's key lock (lockKey 'need'), so no such change can commit while this statement waits.
 */
export async function findNeed(db: Db, needId: string, lock = false) {
  const query = db
    .select({ ...columns, snippet: sql<string | null>`null::text` })
    .from(needs)
    .where(eq(needs.id, needId));
  const [need] = lock ? await query.for('no key update', { of: needs }) : await query;
  return need;
}

export type NeedRow = NonNullable<Awaited<ReturnType<typeof findNeed>>>;

/** Several needs as a GET gives each, in one statement. */
export async function findNeeds(db: Db, needIds: string[]): Promise<NeedRow[]> {
  if (needIds.length === 0) return [];
  return db
    .select({ ...columns, snippet: sql<string | null>`null::text` })
    .from(needs)
    .where(inArray(needs.id, needIds))
    .orderBy(asc(needs.id));
}

/** Replaces the categories and technologies a need is linked to. */
export async function linkNeed(db: Db, needId: string, links: { categories?: string[]; technologies?: string[] }) {
  if (links.categories) {
    await db.delete(needCategories).where(eq(needCategories.needId, needId));
    if (links.categories.length > 0)
      await db.insert(needCategories).values(links.categories.map((categorySlug) => ({ needId, categorySlug })));
  }
  if (links.technologies) {
    await db.delete(needTechnologies).where(eq(needTechnologies.needId, needId));
    if (links.technologies.length > 0)
      await db
        .insert(needTechnologies)
        .values(links.technologies.map((technologySlug) => ({ needId, technologySlug })));
  }
}

const interestColumns = {
  id: supplierInterests.id,
  need: sql<{ id: string; title: string }>`json_build_object('id', ${needs.id}, 'title', ${needs.title})`,
  supplier: sql<{
    id: string;
    name: string;
    organisationNumber: string;
  }>`json_build_object('id', ${suppliers.id}, 'name', ${suppliers.name}, 'organisationNumber', ${suppliers.organisationNumber})`,
  message: supplierInterests.message,
  link: supplierInterests.link,
  createdAt: supplierInterests.createdAt,
  updatedAt: supplierInterests.updatedAt,
};

/** The interests on a need; with `supplierId`, only that supplier's own. */
export function listInterests(db: Db, needId: string, supplierId?: string) {
  return db
    .select(interestColumns)
    .from(supplierInterests)
    .innerJoin(needs, eq(needs.id, supplierInterests.needId))
    .innerJoin(suppliers, eq(suppliers.id, supplierInterests.supplierId))
    .where(
      and(eq(supplierInterests.needId, needId), supplierId ? eq(supplierInterests.supplierId, supplierId) : undefined),
    )
    .orderBy(asc(supplierInterests.createdAt), asc(supplierInterests.id));
}

export async function findInterest(db: Db, interestId: string) {
  const [row] = await db
    .select(interestColumns)
    .from(supplierInterests)
    .innerJoin(needs, eq(needs.id, supplierInterests.needId))
    .innerJoin(suppliers, eq(suppliers.id, supplierInterests.supplierId))
    .where(eq(supplierInterests.id, interestId));
  return row;
}
