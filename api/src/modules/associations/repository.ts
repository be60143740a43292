import { and, eq, gte, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { pickColumns } from '../../db/columns.ts';
import { namedSlugPage, type PageRequest } from '../../db/paging.ts';
import { type associationKind, associationMembers, associations, municipalities } from '../../db/schema/index.ts';
import { type ContactChanges, contactFields } from '../../lib/contact-fields.ts';
import type { Sort } from '../../lib/lists.ts';

export type AssociationSort = 'name' | 'slug' | 'updatedAt';

export interface AssociationFilter {
  kind?: (typeof associationKind.enumValues)[number][] | undefined;
  member?: string[] | undefined;
  updatedSince?: string | undefined;
}

interface AssociationRef {
  slug: string;
  name: string;
  shortName: string | null;
}

// Columns of the outer row are qualified by hand: drizzle leaves them unqualified in a single-table
// select, and a subquery would then capture them.
const outerSlug = sql.raw('"associations"."slug"');
// The association itself or, for an umbrella, its children: whose memberships count as its own.
const coveredBy = sql`(x.slug = ${outerSlug} or x.parent_slug = ${outerSlug})`;

const columns = {
  ...pickColumns(associations, 'slug', 'name', 'shortName', 'kind', ...contactFields, 'createdAt', 'updatedAt'),
  parent: sql<AssociationRef | null>`(select json_build_object('slug', p.slug, 'name', p.name, 'shortName', p.short_name)
    from associations p where p.slug = "associations"."parent_slug")`,
  children: sql<
    AssociationRef[]
  >`coalesce((select json_agg(json_build_object('slug', c.slug, 'name', c.name, 'shortName', c.short_name)
    order by c.name_sort collate "C") from associations c where c.parent_slug = ${outerSlug}), '[]'::json)`,
  memberCount: sql<number>`(select count(distinct am.municipality_code) from association_members am
    join associations x on x.slug = am.association_slug where ${coveredBy})`.mapWith(Number),
  members: sql<{ code: string; name: string; since: string | null; through: string | null }[]>`coalesce((
    select json_agg(json_build_object('code', m.code, 'name', m.name, 'since', am.since,
      'through', nullif(am.association_slug, ${outerSlug})) order by m.name_sort collate "C", m.code)
    from association_members am
    join associations x on x.slug = am.association_slug
    join municipalities m on m.code = am.municipality_code
    where ${coveredBy}), '[]'::json)`,
};

function conditions(filter: AssociationFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [];
  if (filter.kind) parts.push(inArray(associations.kind, filter.kind));
  if (filter.member) {
    const direct = sql`select ${associationMembers.associationSlug} from ${associationMembers}
      where ${inArray(associationMembers.municipalityCode, filter.member)}`;
    parts.push(
      sql`(${associations.slug} in (${direct}) or ${associations.slug} in (select c.parent_slug from associations c where c.slug in (${direct})))`,
    );
  }
  if (filter.updatedSince) parts.push(gte(associations.updatedAt, new Date(filter.updatedSince)));
  return and(...parts);
}

export function listAssociations(db: Db, filter: AssociationFilter, sort: Sort<AssociationSort>, page: PageRequest) {
  return namedSlugPage(db, { select: columns, from: associations, where: conditions(filter) }, sort, page);
}

/** Locks the association's row for the rest of the transaction; false when there is none. */
export async function lockAssociation(db: Db, slug: string): Promise<boolean> {
  const rows = await db
    .select({ slug: associations.slug })
    .from(associations)
    .where(eq(associations.slug, slug))
    .for('update');
  return rows.length > 0;
}

export async function updateAssociation(db: Db, slug: string, changes: ContactChanges) {
  await db
    .update(associations)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(associations.slug, slug));
}

/**
 * Adds a member or changes its `since`. A membership is part of both the association's and the
 * municipality's representation, so both count as updated (and show up in `updatedSince`).
 */
export async function putMember(db: Db, slug: string, code: string, since: string | null) {
  await db
    .insert(associationMembers)
    .values({ associationSlug: slug, municipalityCode: code, since })
    .onConflictDoUpdate({
      target: [associationMembers.associationSlug, associationMembers.municipalityCode],
      set: { since, updatedAt: sql`now()` },
    });
  await touchBoth(db, slug, code);
}

/** Removes a member; false when it was not one. */
export async function removeMember(db: Db, slug: string, code: string): Promise<boolean> {
  const removed = await db
    .delete(associationMembers)
    .where(and(eq(associationMembers.associationSlug, slug), eq(associationMembers.municipalityCode, code)))
    .returning({ code: associationMembers.municipalityCode });
  if (removed.length > 0) await touchBoth(db, slug, code);
  return removed.length > 0;
}

async function touchBoth(db: Db, slug: string, code: string) {
  await db.update(associations).set({ updatedAt: sql`now()` }).where(eq(associations.slug, slug));
  await db.update(municipalities).set({ updatedAt: sql`now()` }).where(eq(municipalities.code, code));
}

export async function findAssociation(db: Db, slug: string) {
  const [association] = await db.select(columns).from(associations).where(eq(associations.slug, slug));
  return association;
}
