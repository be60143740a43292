import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import { textArray } from '../../db/arrays.ts';
import { type Db, selectRows } from '../../db/client.ts';
import { pickColumns } from '../../db/columns.ts';
import { organisationRef } from '../../db/organisation-ref.ts';
import { pageByKey } from '../../db/page-by-key.ts';
import { type PageRequest, swedishOrder } from '../../db/paging.ts';
import {
  consultationPosition,
  consultationPublicBodyResponses,
  consultationResponses,
  municipalities,
  operatorModelConsultedBodies,
  operatorModelMembers,
  operatorModels,
} from '../../db/schema/index.ts';
import { matchesSearch, searchRank } from '../../db/search.ts';

export type ModelStatus = (typeof operatorModels.$inferSelect)['status'];
export type Position = (typeof consultationResponses.$inferSelect)['position'];
export const POSITIONS = consultationPosition.enumValues;

export interface OperatorModelFilter {
  legalForm?: string[] | undefined;
  status?: string[] | undefined;
  costSharing?: string[] | undefined;
  association?: string[] | undefined;
  member?: string[] | undefined;
  /** Municipality codes and public body slugs. */
  consulted?: string[] | undefined;
  updatedSince?: string | undefined;
  q?: string | undefined;
}

const slug = sql.raw('"operator_models"."slug"');

/** What a list item carries: its scalar fields, host, consultation and counts; the item route gives the rest. */
const summaryColumns = {
  ...pickColumns(
    operatorModels,
    'slug',
    'name',
    'legalForm',
    'costSharing',
    'fixedSharePercent',
    'status',
    'demo',
    'createdAt',
    'updatedAt',
  ),
  host: organisationRef({
    association: operatorModels.hostAssociationSlug,
    municipality: operatorModels.hostMunicipalityCode,
    external: operatorModels.hostExternalName,
  }),
  consultation: sql<{
    association: { slug: string; name: string } | null;
    opens: string | null;
    closes: string | null;
    publicBodies: { slug: string; name: string; kind: string }[];
  }>`json_build_object(
    'association', (select json_build_object('slug', a.slug, 'name', a.name) from associations a
      where a.slug = ${operatorModels.consultationAssociationSlug}),
    'opens', ${operatorModels.consultationOpens}, 'closes', ${operatorModels.consultationCloses},
    'publicBodies', coalesce((select json_agg(json_build_object('slug', b.slug, 'name', b.name, 'kind', b.kind)
      order by b.name_sort collate "C") from operator_model_consulted_bodies cb
      join public_bodies b on b.slug = cb.public_body_slug where cb.model_slug = ${slug}), '[]'::json))`,
};

const columns = {
  ...summaryColumns,
  ...pickColumns(operatorModels, 'description', 'governance', 'services', 'advantages', 'risks'),
  members: sql<
    { municipality: { code: string; name: string }; since: string | null; users: number | null }[]
  >`coalesce((select json_agg(json_build_object('municipality', json_build_object('code', m.code, 'name', m.name),
      'since', om.since, 'users', om.users) order by m.name_sort collate "C")
    from operator_model_members om join municipalities m on m.code = om.municipality_code
    where om.model_slug = ${slug}), '[]'::json)`,
};

const listColumns = {
  ...summaryColumns,
  memberCount: sql<number>`(select count(*) from operator_model_members om where om.model_slug = ${slug})`.mapWith(
    Number,
  ),
  responseCount: sql<number>`(select count(*) from consultation_responses r where r.model_slug = ${slug})`.mapWith(
    Number,
  ),
  publicBodyResponseCount: sql<number>`(select count(*) from consultation_public_body_responses r
    where r.model_slug = ${slug})`.mapWith(Number),
};

function conditions(filter: OperatorModelFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [];
  if (filter.legalForm) parts.push(sql`${operatorModels.legalForm}::text = any(${textArray(filter.legalForm)})`);
  if (filter.status) parts.push(sql`${operatorModels.status}::text = any(${textArray(filter.status)})`);
  if (filter.costSharing) parts.push(sql`${operatorModels.costSharing}::text = any(${textArray(filter.costSharing)})`);
  if (filter.association) {
    const slugs = sql`array(select a.slug from associations a
      where a.slug = any(${textArray(filter.association)}) or a.parent_slug = any(${textArray(filter.association)}))`;
    parts.push(sql`(${operatorModels.consultationAssociationSlug} = any(${slugs})
      or ${operatorModels.hostAssociationSlug} = any(${slugs}))`);
  }
  if (filter.member) {
    parts.push(sql`exists (select 1 from operator_model_members om where om.model_slug = ${slug}
      and om.municipality_code = any(${textArray(filter.member)}))`);
  }
  if (filter.consulted) {
    const keys = textArray(filter.consulted);
    parts.push(sql`(exists (select 1 from operator_model_consulted_bodies cb where cb.model_slug = ${slug}
        and cb.public_body_slug = any(${keys}))
      or exists (select 1 from association_members am join associations a on a.slug = am.association_slug
        where am.municipality_code = any(${keys})
          and (a.slug = ${operatorModels.consultationAssociationSlug} or a.parent_slug = ${operatorModels.consultationAssociationSlug}))
      or (${operatorModels.consultationAssociationSlug} is null and exists (select 1 from operator_model_members om
        where om.model_slug = ${slug} and om.municipality_code = any(${keys}))))`);
  }
  if (filter.updatedSince) parts.push(sql`${operatorModels.updatedAt} >= ${filter.updatedSince}::timestamptz`);
  if (filter.q) parts.push(matchesSearch(operatorModels.searchVector, sql`${filter.q}`));
  return and(...parts);
}

/**
 * A page of operator models as summaries, by key first (db/page-by-key.ts), in Swedish order of name; with
 * `q`, the best matches first.
 */
export function listOperatorModels(db: Db, filter: OperatorModelFilter, page: PageRequest) {
  const order = [asc(swedishOrder(operatorModels.nameSort)), asc(operatorModels.slug)];
  if (filter.q) order.unshift(desc(searchRank(operatorModels.searchVector, sql`${filter.q}`)));
  const from = { table: operatorModels, key: operatorModels.slug };
  return pageByKey(db, from, conditions(filter), order, page, listColumns);
}

/**
 * An operator model as a GET gives it. `lock: 'update'` locks its row for a change to it (whose members
 * change only under the model's key lock, so the embedded ones read in the same statement are current);
 * `lock: 'share'` holds its status still while something that depends on it changes (an answer).
 */
export async function findOperatorModel(db: Db, modelSlug: string, lock?: 'update' | 'share') {
  const query = db.select(columns).from(operatorModels).where(eq(operatorModels.slug, modelSlug));
  const [model] =
    lock === 'update'
      ? await query.for('no key update', { of: operatorModels })
      : lock === 'share'
        ? await query.for('share', { of: operatorModels })
        : await query;
  return model;
}

/** Whether any municipality or public body has answered the consultation on a model. */
export async function hasResponses(db: Db, modelSlug: string): Promise<boolean> {
  const [row] = await selectRows<{ answered: boolean }>(
    db,
    sql`select exists (select 1 from consultation_responses where model_slug = ${modelSlug})
      or exists (select 1 from consultation_public_body_responses where model_slug = ${modelSlug}) as answered`,
  );
  return Boolean(row?.answered);
}

/** Replaces the public bodies a model consults. */
export async function setConsultedBodies(db: Db, modelSlug: string, slugs: string[]) {
  await db.delete(operatorModelConsultedBodies).where(eq(operatorModelConsultedBodies.modelSlug, modelSlug));
  if (slugs.length === 0) return;
  await db.insert(operatorModelConsultedBodies).values(slugs.map((publicBodySlug) => ({ modelSlug, publicBodySlug })));
}

export interface ConsultedBody {
  slug: string;
  name: string;
  kind: string;
  position: Position;
  comment: string | null;
  respondedOn: string | null;
  demo: boolean;
}

/** Every public body a model consults, with its answer or `no_response`, in Swedish alphabetical order. */
export async function consultedBodies(db: Db, modelSlug: string): Promise<ConsultedBody[]> {
  const rows = await selectRows<Record<string, unknown>>(
    db,
    sql`select b.slug, b.name, b.kind::text as kind, coalesce(r.position::text, 'no_response') as position, r.comment,
        r.responded_on::text as responded_on, coalesce(r.demo, false) as demo
      from operator_model_consulted_bodies cb join public_bodies b on b.slug = cb.public_body_slug
      left join consultation_public_body_responses r on r.model_slug = cb.model_slug and r.public_body_slug = b.slug
     where cb.model_slug = ${modelSlug}
     order by b.name_sort collate "C", b.slug`,
  );
  return rows.map((row) => ({
    slug: row.slug as string,
    name: row.name as string,
    kind: row.kind as string,
    position: row.position as Position,
    comment: (row.comment as string | null) ?? null,
    respondedOn: (row.responded_on as string | null) ?? null,
    demo: Boolean(row.demo),
  }));
}

/** A consulted public body's answer as a GET gives it; with `lock`, its row is locked. */
export function findBodyResponse(db: Db, modelSlug: string, bodySlug: string, lock = false) {
  const r = consultationPublicBodyResponses;
  return findAnswer(
    db,
    r,
    {
      publicBody: sql<{ slug: string; name: string; kind: string }>`(select json_build_object('slug', b.slug,
        'name', b.name, 'kind', b.kind) from public_bodies b where b.slug = ${r.publicBodySlug})`,
    },
    and(eq(r.modelSlug, modelSlug), eq(r.publicBodySlug, bodySlug)),
    lock,
  );
}

/**
 * An answer to a consultation (a municipality's or a public body's table) with the model it answers and
 * `who` answered, as a GET gives it; with `lock`, its row is locked.
 */
async function findAnswer<Who extends Record<string, SQL>>(
  db: Db,
  r: typeof consultationResponses | typeof consultationPublicBodyResponses,
  who: Who,
  where: SQL | undefined,
  lock: boolean,
) {
  const query = db
    .select({
      model: sql<{
        slug: string;
        name: string;
      }>`json_build_object('slug', ${operatorModels.slug}, 'name', ${operatorModels.name})`,
      ...who,
      position: r.position,
      comment: r.comment,
      respondedOn: r.respondedOn,
      demo: r.demo,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
    })
    .from(r)
    .innerJoin(operatorModels, eq(operatorModels.slug, r.modelSlug))
    .where(where);
  const [response] = lock ? await query.for('update', { of: r }) : await query;
  return response;
}

/** The population of each of a model's members, by code. */
export async function memberPopulations(db: Db, modelSlug: string): Promise<Map<string, number | null>> {
  const rows = await db
    .select({ code: municipalities.code, population: municipalities.population })
    .from(operatorModelMembers)
    .innerJoin(municipalities, eq(municipalities.code, operatorModelMembers.municipalityCode))
    .where(eq(operatorModelMembers.modelSlug, modelSlug));
  return new Map(rows.map((row) => [row.code, row.population]));
}

export type OperatorModelRow = NonNullable<Awaited<ReturnType<typeof findOperatorModel>>>;

export async function setMembers(
  db: Db,
  modelSlug: string,
  members: { municipality: string; since?: string | null; users?: number | null }[],
) {
  await db.delete(operatorModelMembers).where(eq(operatorModelMembers.modelSlug, modelSlug));
  if (members.length === 0) return;
  await db.insert(operatorModelMembers).values(
    members.map((member) => ({
      modelSlug,
      municipalityCode: member.municipality,
      since: member.since ?? null,
      users: member.users ?? null,
    })),
  );
}

export interface ConsultedMunicipality {
  group: { slug: string; name: string } | null;
  code: string;
  name: string;
  population: number | null;
  position: Position;
  comment: string | null;
  respondedOn: string | null;
  demo: boolean;
}

/**
 * Every municipality a model consults, with its answer or `no_response`: the members of the
 * consultation association grouped by association (an umbrella's children each form a group), or,
 * without one, the model's members. One statement, whatever the number of municipalities.
 */
export async function consultedMunicipalities(db: Db, modelSlug: string): Promise<ConsultedMunicipality[]> {
  const rows = await selectRows<Record<string, unknown>>(
    db,
    sql`
    with model as (select consultation_association_slug as association from operator_models where slug = ${modelSlug}),
    groups as (
      select a.slug, a.name, a.name_sort from associations a, model
       where a.parent_slug = model.association
          or (a.slug = model.association and not exists (select 1 from associations c where c.parent_slug = model.association))
    ),
    consulted as (
      select g.slug as group_slug, g.name as group_name, g.name_sort as group_sort, am.municipality_code as code
        from groups g join association_members am on am.association_slug = g.slug
      union all
      select null, null, null, om.municipality_code from operator_model_members om, model
       where om.model_slug = ${modelSlug} and model.association is null
    )
    select c.group_slug, c.group_name, m.code, m.name, m.population,
           coalesce(r.position::text, 'no_response') as position, r.comment, r.responded_on::text as responded_on, coalesce(r.demo, false) as demo
      from consulted c join municipalities m on m.code = c.code
      left join consultation_responses r on r.model_slug = ${modelSlug} and r.municipality_code = m.code
     order by c.group_sort collate "C" nulls first, m.name_sort collate "C"`,
  );
  return rows.map((row) => ({
    group: row.group_slug ? { slug: row.group_slug as string, name: row.group_name as string } : null,
    code: row.code as string,
    name: row.name as string,
    population: row.population === null ? null : Number(row.population),
    position: row.position as Position,
    comment: (row.comment as string | null) ?? null,
    respondedOn: (row.responded_on as string | null) ?? null,
    demo: Boolean(row.demo),
  }));
}

export function findResponse(db: Db, modelSlug: string, code: string, lock = false) {
  const r = consultationResponses;
  return findAnswer(
    db,
    r,
    {
      municipality: sql<{
        code: string;
        name: string;
      }>`(select json_build_object('code', m.code, 'name', m.name) from municipalities m where m.code = ${r.municipalityCode})`,
    },
    and(eq(r.modelSlug, modelSlug), eq(r.municipalityCode, code)),
    lock,
  );
}
