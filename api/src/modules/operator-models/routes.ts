import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { eq, sql } from 'drizzle-orm';
import Type from 'typebox';
import type { Db } from '../../db/client.ts';
import {
  associations,
  consultationResponses,
  municipalities,
  operatorModelMembers,
  operatorModels,
} from '../../db/schema/index.ts';
import { auditedChange, auditedCreation, auditedPut } from '../../lib/changes.ts';
import { sendPage } from '../../lib/lists.ts';
import { HttpProblem, notFound, problemResponses } from '../../lib/problems.ts';
import { assertKnown } from '../../lib/references.ts';
import { readResponses } from '../../lib/responses.ts';
import { type Sharer, splitCost } from './cost-sharing.ts';
import {
  type ConsultedMunicipality,
  consultedMunicipalities,
  findOperatorModel,
  findResponse,
  listOperatorModels,
  type ModelStatus,
  type OperatorModelRow,
  setMembers,
} from './repository.ts';
import { CostPreviewQuery, OperatorModelListQuery, OperatorModelParams, ResponseParams } from './schemas.ts';
import { modelWorkflow } from './workflow.ts';

type Body = Partial<Omit<OperatorModelRow, 'host' | 'consultation' | 'members'>> & {
  host?: { association?: string; municipality?: string; external?: string };
  consultation?: { association: string | null; opens: string | null; closes: string | null };
  members?: { municipality: string; since?: string | null; users?: number | null }[];
  status?: ModelStatus;
};

async function assertReferences(db: Db, body: Body) {
  await assertKnown(db, associations.slug, body.host?.association, '/body/host/association', ['association', 'slug']);
  await assertKnown(db, municipalities.code, body.host?.municipality, '/body/host/municipality', [
    'municipality',
    'code',
  ]);
  await assertKnown(db, associations.slug, body.consultation?.association, '/body/consultation/association', [
    'association',
    'slug',
  ]);
  await assertKnown(
    db,
    municipalities.code,
    body.members?.map((member) => member.municipality),
    '/body/members',
    ['municipality', 'code'],
  );
  const { opens, closes } = body.consultation ?? {};
  if (opens && closes && closes < opens) {
    throw new HttpProblem(422, `The consultation closes (${closes}) before it opens (${opens})`, {
      errors: [
        { pointer: '/body/consultation/opens', detail: 'must be on or before consultation.closes' },
        { pointer: '/body/consultation/closes', detail: 'must be on or after consultation.opens' },
      ],
    });
  }
  const codes = body.members?.map((member) => member.municipality) ?? [];
  const twice = codes.findIndex((code, index) => codes.indexOf(code) !== index);
  if (twice >= 0) {
    throw new HttpProblem(422, `${codes[twice]} is listed as a member twice`, {
      errors: [{ pointer: `/body/members/${twice}/municipality`, detail: 'is listed already' }],
    });
  }
}

function columnsOf(body: Body) {
  const { host, consultation, members: _m, status: _s, slug: _slug, ...fields } = body;
  return {
    ...fields,
    ...(host
      ? {
          hostAssociationSlug: host.association ?? null,
          hostMunicipalityCode: host.municipality ?? null,
          hostExternalName: host.external ?? null,
        }
      : {}),
    ...(consultation
      ? {
          consultationAssociationSlug: consultation.association,
          consultationOpens: consultation.opens,
          consultationCloses: consultation.closes,
        }
      : {}),
  } as Partial<typeof operatorModels.$inferInsert>;
}

type Position = ConsultedMunicipality['position'];
const POSITIONS: Position[] = ['supports', 'supports_with_reservations', 'rejects', 'no_response'];
function totalsOf(rows: { position: Position }[]) {
  const totals = Object.fromEntries(POSITIONS.map((position) => [position, 0])) as Record<Position, number>;
  for (const row of rows) totals[row.position]++;
  return { ...totals, total: rows.length };
}

export const operatorModelRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['Operator models'];

  app.get(
    '/operator-models',
    {
      schema: {
        operationId: 'listOperatorModels',
        tags,
        summary: 'List operator models',
        description:
          'Ways of running welfare technology together, by legal form and status. Demo data says `demo: true`.',
        querystring: OperatorModelListQuery,
        response: readResponses('OperatorModelPage', 400),
      },
    },
    async (request, reply) => {
      const { limit, offset, count, ...filter } = request.query;
      const { items, total } = await listOperatorModels(app.db, filter, { limit, offset, count });
      return sendPage(request, reply, items, total, { limit, offset });
    },
  );

  app.get(
    '/operator-models/:slug',
    {
      schema: {
        operationId: 'getOperatorModel',
        tags,
        summary: 'Get an operator model',
        description: 'One operator model with its services, members and consultation.',
        params: OperatorModelParams,
        response: readResponses('OperatorModel', 400, 404),
      },
    },
    async (request) => {
      const model = await findOperatorModel(app.db, request.params.slug);
      if (!model) throw notFound(`No operator model has the slug ${request.params.slug}`);
      return model;
    },
  );

  app.post(
    '/operator-models',
    {
      config: { access: 'admin' },
      schema: {
        operationId: 'createOperatorModel',
        tags,
        summary: 'Create an operator model',
        description: 'Adds an operator model as a proposal.',
        body: Type.Ref('NewOperatorModel'),
        response: { 201: Type.Ref('OperatorModel'), ...problemResponses(400, 406, 409, 415, 422, 500) },
      },
    },
    async (request, reply) => {
      const body = request.body as Body & { slug: string };
      return auditedCreation(app, request, reply, {
        entityType: 'operator_model',
        key: body.slug,
        location: `/v1/operator-models/${body.slug}`,
        insert: async (tx) => {
          await assertReferences(tx, body);
          await tx.insert(operatorModels).values({
            ...(columnsOf(body) as typeof operatorModels.$inferInsert),
            slug: body.slug,
            status: 'proposal',
          });
          if (body.members) await setMembers(tx, body.slug, body.members);
        },
        find: (tx) => findOperatorModel(tx, body.slug),
        taken: { detail: `An operator model with the slug ${body.slug} exists already`, pointer: '/body/slug' },
      });
    },
  );

  app.patch(
    '/operator-models/:slug',
    {
      config: { access: 'admin' },
      schema: {
        operationId: 'updateOperatorModel',
        tags,
        summary: 'Change an operator model',
        description:
          'Changes fields, replaces the members, or moves it along proposal → consultation → decided → operating → ' +
          'discontinued. Needs If-Match.',
        params: OperatorModelParams,
        body: Type.Ref('OperatorModelChanges'),
        response: {
          200: Type.Ref('OperatorModel'),
          ...problemResponses(400, 404, 406, 409, 412, 415, 422, 428, 500),
        },
      },
    },
    async (request, reply) => {
      const { slug } = request.params;
      const body = request.body as Body;
      return auditedChange(app, request, reply, {
        schemaId: 'OperatorModel',
        entityType: 'operator_model',
        key: slug,
        action: 'update',
        find: (tx, lock) => findOperatorModel(tx, slug, lock),
        missing: `No operator model has the slug ${slug}`,
        apply: async (tx, before) => {
          if (body.status) modelWorkflow.assert(before.status, body.status, '/body/status');
          await assertReferences(tx, body);
          await tx
            .update(operatorModels)
            .set({ ...columnsOf(body), ...(body.status ? { status: body.status } : {}), updatedAt: sql`now()` })
            .where(eq(operatorModels.slug, slug));
          if (body.members) await setMembers(tx, slug, body.members);
        },
      });
    },
  );

  app.delete(
    '/operator-models/:slug',
    {
      config: { access: 'admin' },
      schema: {
        operationId: 'deleteOperatorModel',
        tags,
        summary: 'Delete an operator model',
        description:
          'Deletes a proposal nobody has answered; a model that has been consulted on is discontinued instead. Needs If-Match.',
        params: OperatorModelParams,
        response: {
          204: { description: 'Deleted.', type: 'null' },
          ...problemResponses(400, 404, 406, 409, 412, 428, 500),
        },
      },
    },
    async (request, reply) => {
      const { slug } = request.params;
      await auditedChange(app, request, reply, {
        schemaId: 'OperatorModel',
        entityType: 'operator_model',
        key: slug,
        action: 'delete',
        deletes: true,
        find: (tx, lock) => findOperatorModel(tx, slug, lock),
        missing: `No operator model has the slug ${slug}`,
        apply: async (tx, before) => {
          const [answered] = await tx
            .select({ code: consultationResponses.municipalityCode })
            .from(consultationResponses)
            .where(eq(consultationResponses.modelSlug, slug))
            .limit(1);
          if (before.status !== 'proposal' || answered) {
            throw new HttpProblem(409, 'Only a proposal nobody has answered is deleted; discontinue this one instead');
          }
          await tx.delete(operatorModels).where(eq(operatorModels.slug, slug));
        },
      });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/operator-models/:slug/responses/:code',
    {
      schema: {
        operationId: 'getConsultationResponse',
        tags,
        summary: "Get a municipality's consultation response",
        description: 'One response (remissvar), with the ETag to change it by.',
        params: ResponseParams,
        response: readResponses('ConsultationResponse', 400, 404),
      },
    },
    async (request) => {
      const { slug, code } = request.params;
      const response = await findResponse(app.db, slug, code);
      if (!response) throw notFound(`${code} has not answered the consultation on ${slug}`);
      return response;
    },
  );

  app.put(
    '/operator-models/:slug/responses/:code',
    {
      config: { access: { scope: 'municipality', param: 'code' } },
      schema: {
        operationId: 'putConsultationResponse',
        tags,
        summary: 'Answer the consultation on an operator model',
        description:
          'A consulted municipality in your scope answers (remissvar) while the model is out for consultation. ' +
          'Replacing an answer needs If-Match.',
        params: ResponseParams,
        body: Type.Ref('ConsultationResponseInput'),
        response: {
          200: Type.Ref('ConsultationResponse'),
          ...problemResponses(400, 404, 406, 409, 412, 415, 428, 500),
        },
      },
    },
    async (request, reply) => {
      const { slug, code } = request.params;
      const body = request.body as { position: 'supports'; comment?: string | null; respondedOn?: string };
      return auditedPut(app, request, reply, {
        schemaId: 'ConsultationResponse',
        entityType: 'consultation_response',
        key: `${slug}/${code}`,
        find: async (tx, lock) => {
          if (lock) {
            const model = await findOperatorModel(tx, slug, true);
            if (!model) throw notFound(`No operator model has the slug ${slug}`);
            const [municipality] = await tx
              .select({ code: municipalities.code })
              .from(municipalities)
              .where(eq(municipalities.code, code));
            if (!municipality) throw notFound(`No municipality has the code ${code}`);
            if (model.status !== 'consultation') {
              throw new HttpProblem(
                409,
                `The model is ${model.status}; answers are given while it is out for consultation`,
              );
            }
            const consulted = await consultedMunicipalities(tx, slug);
            if (!consulted.some((row) => row.code === code)) {
              throw new HttpProblem(409, `${code} is not among the municipalities consulted on ${slug}`);
            }
          }
          return findResponse(tx, slug, code, lock);
        },
        apply: async (tx) => {
          const values = {
            position: body.position,
            comment: body.comment ?? null,
            respondedOn: body.respondedOn ?? new Date().toISOString().slice(0, 10),
            demo: false,
            updatedAt: sql`now()`,
          };
          await tx
            .insert(consultationResponses)
            .values({ modelSlug: slug, municipalityCode: code, ...values })
            .onConflictDoUpdate({
              target: [consultationResponses.modelSlug, consultationResponses.municipalityCode],
              set: values,
            });
        },
      });
    },
  );

  app.get(
    '/operator-models/:slug/consultation',
    {
      schema: {
        operationId: 'getConsultationSummary',
        tags,
        summary: 'Consultation summary of an operator model',
        description:
          'Every consulted municipality with its position, grouped by association (an umbrella such as VästKom by its ' +
          'member associations), `no_response` where nothing was answered, with totals: what is needed before a decision.',
        params: OperatorModelParams,
        response: readResponses('ConsultationSummary', 400, 404),
      },
    },
    async (request) => {
      const model = await findOperatorModel(app.db, request.params.slug);
      if (!model) throw notFound(`No operator model has the slug ${request.params.slug}`);
      const rows = await consultedMunicipalities(app.db, model.slug);
      const groups = new Map<string, { association: ConsultedMunicipality['group']; rows: ConsultedMunicipality[] }>();
      for (const row of rows) {
        const key = row.group?.slug ?? '';
        if (!groups.has(key)) groups.set(key, { association: row.group, rows: [] });
        groups.get(key)?.rows.push(row);
      }
      const distinct = [...new Map(rows.map((row) => [row.code, row])).values()];
      return {
        model: { slug: model.slug, name: model.name, status: model.status },
        consultation: model.consultation,
        totals: totalsOf(distinct),
        associations: [...groups.values()].map((group) => ({
          association: group.association,
          totals: totalsOf(group.rows),
          municipalities: group.rows.map(({ group: _g, population: _p, ...municipality }) => municipality),
        })),
      };
    },
  );

  app.get(
    '/operator-models/:slug/cost-preview',
    {
      schema: {
        operationId: 'getCostPreview',
        tags,
        summary: 'Preview how a cost is shared',
        description:
          "Splits a yearly cost across the model's members (or, before it has any, the consulted municipalities) by its " +
          'cost-sharing rule, in whole kronor. Per capita uses population where known and says where it is not.',
        params: OperatorModelParams,
        querystring: CostPreviewQuery,
        response: readResponses('CostPreview', 400, 404),
      },
    },
    async (request) => {
      const model = await findOperatorModel(app.db, request.params.slug);
      if (!model) throw notFound(`No operator model has the slug ${request.params.slug}`);
      const { annualCostSek } = request.query;
      let basis: 'members' | 'consulted' = 'members';
      let sharers: Sharer[];
      if (model.members.length > 0) {
        const populations = await app.db
          .select({ code: municipalities.code, population: municipalities.population })
          .from(operatorModelMembers)
          .innerJoin(municipalities, eq(municipalities.code, operatorModelMembers.municipalityCode))
          .where(eq(operatorModelMembers.modelSlug, model.slug));
        const population = new Map(populations.map((row) => [row.code, row.population]));
        sharers = model.members.map((member) => ({
          code: member.municipality.code,
          name: member.municipality.name,
          population: population.get(member.municipality.code) ?? null,
          users: member.users,
        }));
      } else {
        basis = 'consulted';
        const consulted = await consultedMunicipalities(app.db, model.slug);
        sharers = [...new Map(consulted.map((row) => [row.code, row])).values()].map((row) => ({
          code: row.code,
          name: row.name,
          population: row.population,
          users: null,
        }));
      }
      if (sharers.length === 0) {
        throw new HttpProblem(409, 'The model has no members and consults nobody, so there is no one to share with');
      }
      return {
        model: { slug: model.slug, name: model.name },
        costSharing: model.costSharing,
        fixedSharePercent: model.fixedSharePercent,
        annualCostSek,
        basis,
        ...splitCost(model.costSharing, annualCostSek, model.fixedSharePercent, sharers),
      };
    },
  );
};
