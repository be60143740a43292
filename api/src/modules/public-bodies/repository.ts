import { and, eq, type SQL, sql } from 'drizzle-orm';
import { textArray } from '../../db/arrays.ts';
import { type Db, selectRows } from '../../db/client.ts';
import { pickColumns } from '../../db/columns.ts';
import { linkedNames } from '../../db/linked-names.ts';
import { namedSlugPage, type PageRequest } from '../../db/paging.ts';
import {
  associations,
  municipalities,
  publicBodies,
  publicBodyAssociations,
  publicBodyMunicipalities,
} from '../../db/schema/index.ts';
import { contactFields } from '../../lib/contact-fields.ts';
import { escapeLike, type Sort } from '../../lib/lists.ts';

export type PublicBodySort = 'name' | 'slug' | 'updatedAt';

export interface PublicBodyFilter {
  kind?: (typeof publicBodies.$inferSelect)['kind'][] | undefined;
  county?: string[] | undefined;
  /** Municipality codes and association slugs. */
  serves?: string[] | undefined;
  q?: string | undefined;
  updatedSince?: string | undefined;
}

const slug = sql.raw('"public_bodies"."slug"');
const normalised = (value: string) => sql`lower(public.immutable_unaccent(${value}::text))`;

const columns = {
  ...pickColumns(publicBodies, 'slug', 'name', 'shortName', 'kind', ...contactFields, 'demo', 'createdAt', 'updatedAt'),
  county: sql<{ code: string; name: string } | null>`(select json_build_object('code', c.code, 'name', c.name)
    from counties c where c.code = ${publicBodies.countyCode})`,
  municipality: sql<{ code: string; name: string } | null>`(select json_build_object('code', m.code, 'name', m.name)
    from municipalities m where m.code = ${publicBodies.municipalityCode})`,
  serves: sql<{
    municipalities: { code: string; name: string }[];
    associations: { slug: string; name: string }[];
  }>`json_build_object(
    'municipalities', ${linkedNames(municipalities, 'code', publicBodyMunicipalities.municipalityCode, publicBodyMunicipalities.publicBodySlug, slug)},
    'associations', ${linkedNames(associations, 'slug', publicBodyAssociations.associationSlug, publicBodyAssociations.publicBodySlug, slug)})`,
};

function conditions(filter: PublicBodyFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [];
  if (filter.kind) parts.push(sql`${publicBodies.kind}::text = any(${textArray(filter.kind)})`);
  if (filter.county) parts.push(sql`${publicBodies.countyCode} = any(${textArray(filter.county)})`);
  if (filter.serves) {
    parts.push(sql`(exists (select 1 from public_body_municipalities pm where pm.public_body_slug = ${slug}
        and pm.municipality_code = any(${textArray(filter.serves)}))
      or exists (select 1 from public_body_associations pa where pa.public_body_slug = ${slug}
        and pa.association_slug = any(${textArray(filter.serves)})))`);
  }
  if (filter.q) {
    const q = normalised(filter.q);
    parts.push(sql`(${publicBodies.nameSearch} like '%' || ${normalised(escapeLike(filter.q))} || '%'
      or ${q} <% ${publicBodies.nameSearch} or ${publicBodies.nameSearch} % ${q})`);
  }
  if (filter.updatedSince) parts.push(sql`${publicBodies.updatedAt} >= ${filter.updatedSince}::timestamptz`);
  return and(...parts);
}

export function listPublicBodies(db: Db, filter: PublicBodyFilter, sort: Sort<PublicBodySort>, page: PageRequest) {
  return namedSlugPage(db, { select: columns, from: publicBodies, where: conditions(filter) }, sort, page);
}

/** A public body as a GET gives it; with `lock`, its row is locked for the rest of the transaction. */
export async function findPublicBody(db: Db, bodySlug: string, lock = false) {
  const query = db.select(columns).from(publicBodies).where(eq(publicBodies.slug, bodySlug));
  const [body] = lock ? await query.for('update', { of: publicBodies }) : await query;
  return body;
}

export type PublicBodyRow = NonNullable<Awaited<ReturnType<typeof findPublicBody>>>;

/** Replaces whom a body serves. */
export async function setServed(
  db: Db,
  bodySlug: string,
  serves: { municipalities: string[]; associations: string[] },
) {
  await db.delete(publicBodyMunicipalities).where(eq(publicBodyMunicipalities.publicBodySlug, bodySlug));
  await db.delete(publicBodyAssociations).where(eq(publicBodyAssociations.publicBodySlug, bodySlug));
  if (serves.municipalities.length > 0) {
    await db
      .insert(publicBodyMunicipalities)
      .values(serves.municipalities.map((municipalityCode) => ({ publicBodySlug: bodySlug, municipalityCode })));
  }
  if (serves.associations.length > 0) {
    await db
      .insert(publicBodyAssociations)
      .values(serves.associations.map((associationSlug) => ({ publicBodySlug: bodySlug, associationSlug })));
  }
}

/**
 * What refers to a body (needs, co-ownerships, participations, consultations, answers, editors), by
 * what: a body that anything refers to is not deleted.
 */
export async function referencesTo(db: Db, bodySlug: string): Promise<string[]> {
  const [row] = await selectRows<Record<string, boolean>>(
    db,
    sql`select
    exists (select 1 from needs where owner_public_body_slug = ${bodySlug}) as "needs",
    exists (select 1 from need_public_body_co_owners where public_body_slug = ${bodySlug}) as "co-owned needs",
    exists (select 1 from procurement_public_body_participants where public_body_slug = ${bodySlug}) as "procurements",
    exists (select 1 from operator_model_consulted_bodies where public_body_slug = ${bodySlug}) as "consultations",
    exists (select 1 from consultation_public_body_responses where public_body_slug = ${bodySlug}) as "consultation responses",
    exists (select 1 from users where scope_public_body_slug = ${bodySlug}) as "editors"`,
  );
  return Object.entries(row ?? {})
    .filter(([, used]) => used)
    .map(([what]) => what);
}
