import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { textArray } from '../../db/arrays.ts';
import { type Db, selectRows } from '../../db/client.ts';
import { pickColumns } from '../../db/columns.ts';
import { linkedNames } from '../../db/linked-names.ts';
import { type OrganisationRef, organisationRef } from '../../db/organisation-ref.ts';
import { pageByKey } from '../../db/page-by-key.ts';
import type { PageRequest } from '../../db/paging.ts';
import {
  needs,
  procurementCategories,
  type procurementParticipants,
  procurementRelations,
  procurements,
  procurementTechnologies,
  technologies,
  technologyCategories,
} from '../../db/schema/index.ts';
import { matchesSearch, searchRank } from '../../db/search.ts';
import type { Sort } from '../../lib/lists.ts';
import type { ProcurementStage } from './workflow.ts';
import { OPEN_STAGES } from './workflow.ts';

export type ProcurementSort = 'updatedAt' | 'reference' | 'contractEnd';

export interface ProcurementFilter {
  stage?: ProcurementStage[] | undefined;
  technology?: string[] | undefined;
  category?: string[] | undefined;
  participant?: string[] | undefined;
  association?: string[] | undefined;
  lead?: string[] | undefined;
  openForParticipants?: boolean | undefined;
  contractEndsBefore?: string | undefined;
  updatedSince?: string | undefined;
  q?: string | undefined;
}

const id = sql.raw('"procurements"."id"');
const openStages = textArray(OPEN_STAGES);

/** The JSON of a participation row aliased `row`, joined with procurement `p`, naming who takes part. */
const participationJson = (row: string, who: SQL) => {
  const r = sql.raw(row);
  return sql`json_build_object(
  'procurement', json_build_object('id', p.id, 'reference', p.reference),
  ${who},
  'role', ${r}.role, 'commitment', ${r}.commitment, 'commitmentDates', ${r}.commitment_dates,
  'estimatedVolume', ${r}.estimated_volume, 'demo', ${r}.demo,
  'createdAt', to_char(${r}.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  'updatedAt', to_char(${r}.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))`;
};

/** Who takes part: the JSON of a participation, and the rows it is read from, which name its aliases. */
interface Party {
  json: SQL;
  from: SQL;
}

/** A municipality's participation: `pp` joined with municipality `m` and procurement `p`. */
const municipalityParty: Party = {
  json: participationJson('pp', sql`'municipality', json_build_object('code', m.code, 'name', m.name)`),
  from: sql`procurement_participants pp join municipalities m on m.code = pp.municipality_code
    join procurements p on p.id = pp.procurement_id`,
};

/** A public body's participation: `bp` joined with public body `b` and procurement `p`. */
const publicBodyParty: Party = {
  json: participationJson('bp', sql`'publicBody', json_build_object('slug', b.slug, 'name', b.name, 'kind', b.kind)`),
  from: sql`procurement_public_body_participants bp join public_bodies b on b.slug = bp.public_body_slug
    join procurements p on p.id = bp.procurement_id`,
};

/** What a list item carries: its scalar fields, dates, lead, short links and counts; the item route gives the rest. */
const summaryColumns = {
  ...pickColumns(
    procurements,
    'id',
    'reference',
    'title',
    'collaborationType',
    'procedure',
    'cpvCodes',
    'estimatedValueSek',
    'stage',
    'demo',
    'createdAt',
    'updatedAt',
  ),
  timeline: sql<{
    plannedPublication: string | null;
    tenderPeriod: { start: string | null; end: string | null };
    awardDate: string | null;
    contractPeriod: { start: string | null; end: string | null };
    extensionOptionsMonths: number | null;
  }>`json_build_object(
    'plannedPublication', ${procurements.plannedPublication},
    'tenderPeriod', json_build_object('start', ${procurements.tenderStart}, 'end', ${procurements.tenderEnd}),
    'awardDate', ${procurements.awardDate},
    'contractPeriod', json_build_object('start', ${procurements.contractStart}, 'end', ${procurements.contractEnd}),
    'extensionOptionsMonths', ${procurements.extensionOptionsMonths})`,
  lead: organisationRef({
    association: procurements.leadAssociationSlug,
    municipality: procurements.leadMunicipalityCode,
    external: procurements.leadExternalName,
  }) as SQL<OrganisationRef>,
  technologies: linkedNames(
    technologies,
    'slug',
    procurementTechnologies.technologySlug,
    procurementTechnologies.procurementId,
    id,
  ),
  categories: linkedNames(
    technologyCategories,
    'slug',
    procurementCategories.categorySlug,
    procurementCategories.procurementId,
    id,
  ),
  openForParticipants: sql<boolean>`${procurements.stage}::text = any(${openStages})`,
};

const columns = {
  ...summaryColumns,
  ...pickColumns(procurements, 'description', 'lots', 'documents', 'awardedSuppliers'),
  needs: sql<{ id: string; title: string; status: string }[]>`coalesce((select json_agg(json_build_object(
      'id', n.id, 'title', n.title, 'status', n.status) order by n.created_at, n.id)
    from needs n where n.procurement_id = ${id}), '[]'::json)`,
  relatedProcesses: sql<
    { procurement: { id: string; reference: string; title: string }; relationship: string }[]
  >`coalesce((
    select json_agg(json_build_object('procurement', json_build_object('id', o.id, 'reference', o.reference, 'title', o.title),
      'relationship', r.relationship) order by o.reference)
    from procurement_relations r join procurements o on o.id = r.related_id where r.procurement_id = ${id}), '[]'::json)`,
  stageHistory: sql<{ from: string | null; to: string; at: string }[]>`coalesce((select json_agg(json_build_object(
      'from', s.from_stage, 'to', s.to_stage,
      'at', to_char(s.changed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) order by s.changed_at, s.id)
    from procurement_stage_changes s where s.procurement_id = ${id}), '[]'::json)`,
  participants: sql<unknown[]>`coalesce((select json_agg(${municipalityParty.json} order by m.name_sort collate "C")
    from ${municipalityParty.from} where pp.procurement_id = ${id}), '[]'::json)`,
  publicBodyParticipants: sql<
    PublicBodyParticipantRow[]
  >`coalesce((select json_agg(${publicBodyParty.json} order by b.name_sort collate "C")
    from ${publicBodyParty.from} where bp.procurement_id = ${id}), '[]'::json)`,
};

const participantCount = sql<number>`(select count(*) from procurement_participants pp
  where pp.procurement_id = ${id})`.mapWith(Number);

/**
 * A list's selections: the summary (JSON); for CSV the summary with the participants' codes and the awarded
 * suppliers a spreadsheet names; the full record for the OCDS bulk export.
 */
const listColumns = {
  summary: {
    ...summaryColumns,
    participantCount,
    publicBodyParticipantCount: sql<number>`(select count(*) from procurement_public_body_participants bp
      where bp.procurement_id = ${id})`.mapWith(Number),
    needCount: sql<number>`(select count(*) from needs n where n.procurement_id = ${id})`.mapWith(Number),
  },
  spreadsheet: {
    ...summaryColumns,
    participantCodes: sql<string[]>`array(select pp.municipality_code from procurement_participants pp
      join municipalities m on m.code = pp.municipality_code where pp.procurement_id = ${id} order by m.name_sort collate "C")`,
    publicBodyParticipantSlugs: sql<
      string[]
    >`array(select bp.public_body_slug from procurement_public_body_participants bp
      join public_bodies b on b.slug = bp.public_body_slug where bp.procurement_id = ${id} order by b.name_sort collate "C")`,
    awardedSuppliers: procurements.awardedSuppliers,
  },
  full: columns,
};
export type ProcurementListDetail = keyof typeof listColumns;

function conditions(filter: ProcurementFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [];
  if (filter.stage) parts.push(sql`${procurements.stage} = any(${textArray(filter.stage)}::procurement_stage[])`);
  if (filter.technology) {
    parts.push(sql`exists (select 1 from procurement_technologies pt where pt.procurement_id = ${id}
      and pt.technology_slug = any(${textArray(filter.technology)}))`);
  }
  if (filter.category) {
    parts.push(sql`exists (select 1 from procurement_categories pc where pc.procurement_id = ${id}
      and pc.category_slug = any(array(select c.slug from technology_categories c
        where c.slug = any(${textArray(filter.category)}) or c.parent_slug = any(${textArray(filter.category)}))))`);
  }
  if (filter.participant) {
    parts.push(sql`(exists (select 1 from procurement_participants pp where pp.procurement_id = ${id}
      and pp.commitment <> 'withdrawn' and pp.municipality_code = any(${textArray(filter.participant)}))
      or exists (select 1 from procurement_public_body_participants bp where bp.procurement_id = ${id}
      and bp.commitment <> 'withdrawn' and bp.public_body_slug = any(${textArray(filter.participant)})))`);
  }
  if (filter.association) {
    const slugs = sql`array(select a.slug from associations a
      where a.slug = any(${textArray(filter.association)}) or a.parent_slug = any(${textArray(filter.association)}))`;
    parts.push(sql`(${procurements.leadAssociationSlug} = any(${slugs}) or exists (
      select 1 from procurement_participants pp join association_members am on am.municipality_code = pp.municipality_code
      where pp.procurement_id = ${id} and pp.commitment <> 'withdrawn' and am.association_slug = any(${slugs})))`);
  }
  if (filter.lead) {
    parts.push(sql`(${procurements.leadAssociationSlug} = any(${textArray(filter.lead)})
      or ${procurements.leadMunicipalityCode} = any(${textArray(filter.lead)}))`);
  }
  if (filter.openForParticipants !== undefined) {
    parts.push(
      filter.openForParticipants
        ? sql`${procurements.stage}::text = any(${openStages})`
        : sql`not (${procurements.stage}::text = any(${openStages}))`,
    );
  }
  if (filter.contractEndsBefore) parts.push(sql`${procurements.contractEnd} < ${filter.contractEndsBefore}::date`);
  if (filter.updatedSince) parts.push(sql`${procurements.updatedAt} >= ${filter.updatedSince}::timestamptz`);
  if (filter.q) parts.push(matchesSearch(procurements.searchVector, sql`${filter.q}`));
  return and(...parts);
}

function ordering(filter: ProcurementFilter, sort: Sort<ProcurementSort> | undefined): SQL[] {
  if (!sort && filter.q) {
    return [
      desc(searchRank(procurements.searchVector, sql`${filter.q}`)),
      desc(procurements.updatedAt),
      desc(procurements.id),
    ];
  }
  const { field, descending } = sort ?? { field: 'updatedAt', descending: true };
  const direction = descending ? desc : asc;
  return [
    field === 'contractEnd'
      ? sql`${procurements.contractEnd} ${sql.raw(descending ? 'desc' : 'asc')} nulls last`
      : direction(field === 'reference' ? procurements.reference : procurements.updatedAt),
    direction(procurements.id),
  ];
}

/**
 * A page of procurements, by key first (db/page-by-key.ts), as summaries unless `detail` says otherwise; with
 * `q` and no `sort`, the best matches first.
 */
export function listProcurements<Detail extends ProcurementListDetail = 'summary'>(
  db: Db,
  filter: ProcurementFilter,
  sort: Sort<ProcurementSort> | undefined,
  page: PageRequest,
  detail: Detail = 'summary' as Detail,
) {
  const from = { table: procurements, key: procurements.id };
  return pageByKey(db, from, conditions(filter), ordering(filter, sort), page, listColumns[detail]);
}

/**
 * A procurement as a GET gives it. With `lock`, its row is locked first, in a statement of its own, so
 * the read that follows sees what the holder of the lock committed (participants and needs included:
 * a read locking in the same statement would show them as they were when it started waiting).
 */
export async function findProcurement(db: Db, procurementId: string, lock = false) {
  if (lock) {
    await db
      .select({ id: procurements.id })
      .from(procurements)
      .where(eq(procurements.id, procurementId))
      .for('no key update');
  }
  const [procurement] = await db.select(columns).from(procurements).where(eq(procurements.id, procurementId));
  return procurement;
}

/**
 * A procurement's stage, its row shared-locked for the rest of the transaction: its participants
 * change while the stage they depend on cannot (a change of stage waits, and so do they for it).
 */
export async function lockedStage(db: Db, procurementId: string): Promise<ProcurementStage | undefined> {
  const [row] = await db
    .select({ stage: procurements.stage })
    .from(procurements)
    .where(eq(procurements.id, procurementId))
    .for('share');
  return row?.stage;
}

export type ProcurementRow = NonNullable<Awaited<ReturnType<typeof findProcurement>>>;

export interface ProcurementLinks {
  technologies?: string[] | undefined;
  categories?: string[] | undefined;
  needs?: string[] | undefined;
  relatedProcesses?: {
    procurement: string;
    relationship: (typeof procurementRelations.$inferInsert)['relationship'];
  }[];
}

/** Replaces whichever links the body names: technologies, categories, needs taken on, related procurements. */
export async function linkProcurement(db: Db, procurementId: string, links: ProcurementLinks) {
  if (links.technologies) {
    await db.delete(procurementTechnologies).where(eq(procurementTechnologies.procurementId, procurementId));
    if (links.technologies.length > 0)
      await db
        .insert(procurementTechnologies)
        .values(links.technologies.map((technologySlug) => ({ procurementId, technologySlug })));
  }
  if (links.categories) {
    await db.delete(procurementCategories).where(eq(procurementCategories.procurementId, procurementId));
    if (links.categories.length > 0)
      await db
        .insert(procurementCategories)
        .values(links.categories.map((categorySlug) => ({ procurementId, categorySlug })));
  }
  if (links.needs) {
    await db
      .update(needs)
      .set({ procurementId: null, updatedAt: sql`now()` })
      .where(eq(needs.procurementId, procurementId));
    if (links.needs.length > 0)
      await db.update(needs).set({ procurementId, updatedAt: sql`now()` }).where(inArray(needs.id, links.needs));
  }
  if (links.relatedProcesses) {
    await db.delete(procurementRelations).where(eq(procurementRelations.procurementId, procurementId));
    if (links.relatedProcesses.length > 0)
      await db.insert(procurementRelations).values(
        links.relatedProcesses.map((related) => ({
          procurementId,
          relatedId: related.procurement,
          relationship: related.relationship,
        })),
      );
  }
}

export interface ParticipantRow {
  procurement: { id: string; reference: string };
  municipality: { code: string; name: string };
  role: (typeof procurementParticipants.$inferSelect)['role'];
  commitment: (typeof procurementParticipants.$inferSelect)['commitment'];
  commitmentDates: Record<string, string>;
  estimatedVolume: number | null;
  demo: boolean;
  createdAt: string;
  updatedAt: string;
}

/** One participation of `party`, the one `where` names, as a GET gives it. */
async function findParticipation<Row>(db: Db, party: Party, where: SQL) {
  const rows = await selectRows<{ participant: Row }>(
    db,
    sql`select ${party.json} as participant from ${party.from} where ${where}`,
  );
  return rows[0]?.participant;
}

/** A participant as a GET gives it. */
export const findParticipant = (db: Db, procurementId: string, code: string) =>
  findParticipation<ParticipantRow>(
    db,
    municipalityParty,
    sql`pp.procurement_id = ${procurementId} and pp.municipality_code = ${code}`,
  );

export type PublicBodyParticipantRow = Omit<ParticipantRow, 'municipality'> & {
  publicBody: { slug: string; name: string; kind: string };
};

/** A public body's participation as a GET gives it. */
export const findPublicBodyParticipant = (db: Db, procurementId: string, slug: string) =>
  findParticipation<PublicBodyParticipantRow>(
    db,
    publicBodyParty,
    sql`bp.procurement_id = ${procurementId} and bp.public_body_slug = ${slug}`,
  );
