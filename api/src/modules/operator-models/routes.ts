import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { eq, sql } from 'drizzle-orm';
import Type from 'typebox';
import { auditedChange, auditedCreation } from '../../changes/legacy.ts';
import type { Db } from '../../db/client.ts';
import { assertKnown } from '../../db/references.ts';
import { associations, consultationResponses, municipalities, operatorModels } from '../../db/schema/index.ts';
import { sendPage } from '../../http/lists.ts';
import { readResponses } from '../../http/responses.ts';
import { HttpProblem, notFound, problemResponses } from '../../lib/problems.ts';
import {
  findOperatorModel,
  listOperatorModels,
  type ModelStatus,
  type OperatorModelRow,
  setMembers,
} from './repository.ts';
import { OperatorModelListQuery, OperatorModelParams } from './schemas.ts';
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
};
