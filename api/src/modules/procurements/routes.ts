import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import Type from 'typebox';
import type { Db } from '../../db/client.ts';
import {
  associations,
  municipalities,
  needs,
  procurementStageChanges,
  procurements,
  technologies,
  technologyCategories,
} from '../../db/schema/index.ts';
import { recordAudit } from '../../lib/audit.ts';
import { auditedChange, auditedCreation } from '../../lib/changes.ts';
import { parseSort, sendPage } from '../../lib/lists.ts';
import { HttpProblem, notFound, problemResponses } from '../../lib/problems.ts';
import { assertKnown } from '../../lib/references.ts';
import { readResponses } from '../../lib/responses.ts';
import { findNeed } from '../needs/repository.ts';
import { procurementCsv } from './csv.ts';
import { ocdsReleasePackage } from './ocds.ts';
import {
  findProcurement,
  linkProcurement,
  listProcurements,
  type ProcurementLinks,
  type ProcurementRow,
  type ProcurementSort,
} from './repository.ts';
import { ProcurementListQuery, ProcurementParams } from './schemas.ts';
import { type ProcurementStage, stages } from './workflow.ts';

type Timeline = ProcurementRow['timeline'];
type Body = Partial<
  Omit<ProcurementRow, 'lead' | 'timeline' | 'technologies' | 'categories' | 'needs' | 'relatedProcesses'>
> &
  ProcurementLinks & {
    lead?: { association?: string; municipality?: string; external?: string };
    timeline?: Timeline;
    stage?: ProcurementStage;
  };

const EMPTY_TIMELINE: Timeline = {
  plannedPublication: null,
  tenderPeriod: { start: null, end: null },
  awardDate: null,
  contractPeriod: { start: null, end: null },
  extensionOptionsMonths: null,
};

/** The first item whose key was listed before it, as a 422 naming it; nothing when all differ. */
function assertDistinct(keys: string[], pointer: (index: number) => string, what: string) {
  const index = keys.findIndex((key, i) => keys.indexOf(key) !== i);
  if (index >= 0) {
    throw new HttpProblem(422, `${what} ${keys[index]} is listed twice`, {
      errors: [{ pointer: pointer(index), detail: 'is listed already' }],
    });
  }
}

/**
 * Lots have distinct ids, an awarded supplier names a lot there is (or none when there are no lots),
 * and a related procurement is named once. Lots and suppliers not in the body are those already stored.
 */
function assertConsistent(body: Body, before?: ProcurementRow) {
  const lots = body.lots ?? before?.lots ?? [];
  if (body.lots)
    assertDistinct(
      body.lots.map((lot) => lot.id),
      (i) => `/body/lots/${i}/id`,
      'Lot',
    );
  if (body.relatedProcesses) {
    assertDistinct(
      body.relatedProcesses.map((related) => related.procurement),
      (i) => `/body/relatedProcesses/${i}/procurement`,
      'Procurement',
    );
  }
  const suppliers = body.awardedSuppliers ?? before?.awardedSuppliers ?? [];
  const ids = new Set(lots.map((lot) => lot.id));
  const index = suppliers.findIndex((supplier) =>
    lots.length === 0 ? supplier.lot !== undefined : supplier.lot === undefined || !ids.has(supplier.lot),
  );
  if (index >= 0) {
    const supplier = suppliers[index];
    throw new HttpProblem(422, `${supplier?.name} is awarded a lot the procurement does not have`, {
      errors: [
        {
          pointer: body.awardedSuppliers ? `/body/awardedSuppliers/${index}/lot` : '/body/lots',
          detail: lots.length === 0 ? 'must be left out: there are no lots' : `must be one of: ${[...ids].join(', ')}`,
        },
      ],
    });
  }
}

/** Periods must end after they start: a 422 naming both dates. */
function assertTimeline(timeline: Timeline) {
  for (const name of ['tenderPeriod', 'contractPeriod'] as const) {
    const { start, end } = timeline[name];
    if (start && end && end < start) {
      const pointer = `/body/timeline/${name}`;
      throw new HttpProblem(422, `The ${name} ends (${end}) before it starts (${start})`, {
        errors: [
          { pointer: `${pointer}/start`, detail: `must be on or before ${name}.end` },
          { pointer: `${pointer}/end`, detail: `must be on or after ${name}.start` },
        ],
      });
    }
  }
}

/** Everything the body refers to must exist, and linked needs must be published. */
async function assertReferences(db: Db, body: Body, self?: string) {
  await assertKnown(db, associations.slug, body.lead?.association, '/body/lead/association', ['association', 'slug']);
  await assertKnown(db, municipalities.code, body.lead?.municipality, '/body/lead/municipality', [
    'municipality',
    'code',
  ]);
  await assertKnown(db, technologies.slug, body.technologies, '/body/technologies', ['technology', 'slug']);
  await assertKnown(db, technologyCategories.slug, body.categories, '/body/categories', ['category', 'slug']);
  if (body.needs?.length) {
    const found = await db
      .select({ id: needs.id, status: needs.status })
      .from(needs)
      .where(inArray(needs.id, body.needs));
    const published = new Set(found.filter((need) => need.status !== 'draft').map((need) => need.id));
    const index = body.needs.findIndex((id) => !published.has(id));
    if (index >= 0) {
      throw new HttpProblem(422, `No published need has the id ${body.needs[index]}`, {
        errors: [{ pointer: `/body/needs/${index}`, detail: 'is not a published need' }],
      });
    }
  }
  if (body.relatedProcesses?.length) {
    const ids = body.relatedProcesses.map((related) => related.procurement);
    const selfIndex = ids.indexOf(self ?? '');
    if (selfIndex >= 0) {
      throw new HttpProblem(422, 'A procurement cannot be related to itself', {
        errors: [{ pointer: `/body/relatedProcesses/${selfIndex}/procurement`, detail: 'is this procurement' }],
      });
    }
    await assertKnown(db, procurements.id, ids, '/body/relatedProcesses', ['procurement', 'id']);
  }
}

/** The columns of a write, from a body. */
function columnsOf(body: Body) {
  const {
    lead,
    timeline,
    technologies: _t,
    categories: _c,
    needs: _n,
    relatedProcesses: _r,
    stage: _s,
    ...fields
  } = body;
  return {
    ...fields,
    ...(lead
      ? {
          leadAssociationSlug: lead.association ?? null,
          leadMunicipalityCode: lead.municipality ?? null,
          leadExternalName: lead.external ?? null,
        }
      : {}),
    ...(timeline
      ? {
          plannedPublication: timeline.plannedPublication,
          tenderStart: timeline.tenderPeriod.start,
          tenderEnd: timeline.tenderPeriod.end,
          awardDate: timeline.awardDate,
          contractStart: timeline.contractPeriod.start,
          contractEnd: timeline.contractPeriod.end,
          extensionOptionsMonths: timeline.extensionOptionsMonths,
        }
      : {}),
  } as Partial<typeof procurements.$inferInsert>;
}

/**
 * Entering tender takes the linked needs along: those still published or in dialogue move to
 * in_procurement, each audited, in the caller's transaction.
 */
async function needsIntoProcurement(tx: Db, request: FastifyRequest, procurementId: string) {
  const moving = await tx
    .select({ id: needs.id })
    .from(needs)
    .where(and(eq(needs.procurementId, procurementId), inArray(needs.status, ['published', 'in_dialogue'])))
    .for('update');
  for (const { id } of moving) {
    const before = await findNeed(tx, id);
    await tx.update(needs).set({ status: 'in_procurement', updatedAt: sql`now()` }).where(eq(needs.id, id));
    await recordAudit(tx, request, {
      action: 'update',
      entityType: 'need',
      entityKey: id,
      before,
      after: await findNeed(tx, id),
    });
  }
}

/** From tender on, the needs a procurement takes on are in procurement. */
const TENDERED: readonly ProcurementStage[] = ['tender', 'evaluation', 'awarded', 'contract_active'];

export const procurementRoutes: FastifyPluginAsyncTypebox<{ ocidPrefix: string }> = async (app, { ocidPrefix }) => {
  const tags = ['Procurements'];

  app.get(
    '/procurements',
    {
      config: { csv: procurementCsv },
      schema: {
        operationId: 'listProcurements',
        tags,
        summary: 'List procurement collaborations',
        description:
          'Joint procurements with their stage, lead, participants and linked needs. Demo data says `demo: true`.',
        querystring: ProcurementListQuery,
        response: readResponses('ProcurementPage', 400),
      },
    },
    async (request, reply) => {
      const { sort, limit, offset, count, ...filter } = request.query;
      const { items, total } = await listProcurements(
        app.db,
        filter,
        sort ? parseSort<ProcurementSort>(sort) : undefined,
        { limit, offset, count },
      );
      return sendPage(request, reply, items, total, { limit, offset });
    },
  );

  app.get(
    '/procurements/:id',
    {
      schema: {
        operationId: 'getProcurement',
        tags,
        summary: 'Get a procurement collaboration',
        description: 'One procurement collaboration with its participants, stage history and linked needs.',
        params: ProcurementParams,
        response: readResponses('Procurement', 400, 404),
      },
    },
    async (request) => {
      const procurement = await findProcurement(app.db, request.params.id);
      if (!procurement) throw notFound(`No procurement has the id ${request.params.id}`);
      return procurement;
    },
  );

  app.get(
    '/procurements/:id/ocds',
    {
      schema: {
        operationId: 'getProcurementOcds',
        tags,
        summary: 'A procurement collaboration as OCDS',
        description:
          'The procurement as an OCDS 1.1 release package: parties with roles buyer, procuringEntity and supplier, ' +
          'tender, awards, contracts and related processes.',
        params: ProcurementParams,
        response: readResponses('OcdsReleasePackage', 400, 404),
      },
    },
    async (request) => {
      const procurement = await findProcurement(app.db, request.params.id);
      if (!procurement) throw notFound(`No procurement has the id ${request.params.id}`);
      const uri = `${request.protocol}://${request.host}/v1/procurements/${procurement.id}/ocds`;
      return ocdsReleasePackage(procurement, ocidPrefix, uri);
    },
  );

  app.post(
    '/procurements',
    {
      config: { access: 'admin' },
      schema: {
        operationId: 'createProcurement',
        tags,
        summary: 'Create a procurement collaboration',
        description: 'Starts a procurement collaboration in planning.',
        body: Type.Ref('NewProcurement'),
        response: { 201: Type.Ref('Procurement'), ...problemResponses(400, 406, 409, 415, 422, 500) },
      },
    },
    async (request, reply) => {
      const body = request.body as Body;
      const id = crypto.randomUUID();
      return auditedCreation(app, request, reply, {
        entityType: 'procurement',
        key: id,
        location: `/v1/procurements/${id}`,
        insert: async (tx) => {
          assertTimeline(body.timeline ?? EMPTY_TIMELINE);
          assertConsistent(body);
          await assertReferences(tx, body);
          await tx.insert(procurements).values({
            ...(columnsOf(body) as typeof procurements.$inferInsert),
            id,
            stage: 'planning',
          });
          await tx.insert(procurementStageChanges).values({ procurementId: id, fromStage: null, toStage: 'planning' });
          await linkProcurement(tx, id, body);
        },
        find: (tx) => findProcurement(tx, id),
        taken: {
          detail: `A procurement with the reference ${body.reference} exists already`,
          pointer: '/body/reference',
        },
      });
    },
  );

  app.patch(
    '/procurements/:id',
    {
      config: { access: 'admin' },
      schema: {
        operationId: 'updateProcurement',
        tags,
        summary: 'Change a procurement collaboration',
        description:
          'Changes fields and links, or moves it to the next stage (dated). Entering tender moves its linked needs to ' +
          'in_procurement in the same transaction. Needs If-Match.',
        params: ProcurementParams,
        body: Type.Ref('ProcurementChanges'),
        response: {
          200: Type.Ref('Procurement'),
          ...problemResponses(400, 404, 406, 409, 412, 415, 422, 428, 500),
        },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const body = request.body as Body;
      return auditedChange(app, request, reply, {
        schemaId: 'Procurement',
        entityType: 'procurement',
        key: id,
        action: 'update',
        find: (tx, lock) => findProcurement(tx, id, lock),
        missing: `No procurement has the id ${id}`,
        taken: {
          detail: `A procurement with the reference ${body.reference} exists already`,
          pointer: '/body/reference',
        },
        apply: async (tx, before) => {
          const moves = body.stage !== undefined && body.stage !== before.stage;
          if (body.stage) stages.assert(before.stage, body.stage, '/body/stage');
          if (body.timeline) assertTimeline(body.timeline);
          assertConsistent(body, before);
          await assertReferences(tx, body, id);
          await tx
            .update(procurements)
            .set({ ...columnsOf(body), ...(moves ? { stage: body.stage } : {}), updatedAt: sql`now()` })
            .where(eq(procurements.id, id));
          await linkProcurement(tx, id, body);
          if (moves) {
            await tx
              .insert(procurementStageChanges)
              .values({ procurementId: id, fromStage: before.stage, toStage: body.stage as ProcurementStage });
          }
          // Entering tender takes the linked needs along; so does linking needs to one already past it.
          const stage = moves ? (body.stage as ProcurementStage) : before.stage;
          if (TENDERED.includes(stage) && (body.stage === 'tender' || body.needs)) {
            await needsIntoProcurement(tx, request, id);
          }
        },
      });
    },
  );

  app.delete(
    '/procurements/:id',
    {
      config: { access: 'admin' },
      schema: {
        operationId: 'deleteProcurement',
        tags,
        summary: 'Delete a procurement collaboration',
        description:
          'Deletes one still in planning (a mistake); later ones are cancelled instead, to keep the record. Needs If-Match.',
        params: ProcurementParams,
        response: {
          204: { description: 'Deleted.', type: 'null' },
          ...problemResponses(400, 404, 406, 409, 412, 428, 500),
        },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      await auditedChange(app, request, reply, {
        schemaId: 'Procurement',
        entityType: 'procurement',
        key: id,
        action: 'delete',
        deletes: true,
        find: (tx, lock) => findProcurement(tx, id, lock),
        missing: `No procurement has the id ${id}`,
        apply: async (tx, before) => {
          if (before.stage !== 'planning') {
            throw new HttpProblem(409, `A procurement in ${before.stage} is cancelled (stage cancelled), not deleted`);
          }
          await tx.delete(procurements).where(eq(procurements.id, id));
        },
      });
      return reply.code(204).send(null);
    },
  );
};
