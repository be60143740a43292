import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { and, eq, sql } from 'drizzle-orm';
import Type from 'typebox';
import { auditedChange, auditedCreation } from '../../changes/legacy.ts';
import { assertKnown } from '../../db/references.ts';
import { municipalities, needCoOwners, needs } from '../../db/schema/index.ts';
import { HttpProblem, notFound, problemResponses } from '../../lib/problems.ts';
import { findNeed } from './repository.ts';
import { CoOwnerParams, NeedParams } from './schemas.ts';
import { OPEN_TO_OTHERS } from './workflow.ts';

export const coOwnerRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['Needs'];

  app.post(
    '/needs/:id/co-owners',
    {
      config: { access: { scope: 'municipality', param: 'municipality', in: 'body' } },
      schema: {
        operationId: 'addNeedCoOwner',
        tags,
        summary: 'Say "we have this need too"',
        description:
          "Adds a municipality in your scope as co-owner of another's published need, with its own estimated volume; " +
          'answers the need with its new pooled volume.',
        params: NeedParams,
        body: Type.Ref('NewCoOwner'),
        response: { 201: Type.Ref('Need'), ...problemResponses(400, 404, 406, 409, 415, 422, 500) },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const body = request.body as { municipality: string; estimatedVolume: number; comment?: string | null };
      return auditedCreation(app, request, reply, {
        entityType: 'need_co_owner',
        key: `${id}/${body.municipality}`,
        location: `/v1/needs/${id}`,
        insert: async (tx) => {
          const need = await findNeed(tx, id, true);
          if (!need || need.status === 'draft') throw notFound(`No need has the id ${id}`);
          if (!OPEN_TO_OTHERS.includes(need.status)) {
            throw new HttpProblem(
              409,
              `The need is ${need.status}; municipalities join needs that are ${OPEN_TO_OTHERS.join(', ')}`,
            );
          }
          if (need.owner.code === body.municipality) {
            throw new HttpProblem(409, `${body.municipality} owns this need already`, {
              errors: [{ pointer: '/body/municipality', detail: 'is the owner' }],
            });
          }
          await assertKnown(tx, municipalities.code, body.municipality, '/body/municipality', ['municipality', 'code']);
          await tx.insert(needCoOwners).values({
            needId: id,
            municipalityCode: body.municipality,
            estimatedVolume: body.estimatedVolume,
            comment: body.comment ?? null,
          });
          await tx.update(needs).set({ updatedAt: sql`now()` }).where(eq(needs.id, id));
        },
        find: (tx) => findNeed(tx, id),
        taken: { detail: `${body.municipality} is a co-owner of this need already`, pointer: '/body/municipality' },
      });
    },
  );

  app.delete(
    '/needs/:id/co-owners/:code',
    {
      config: { access: { scope: 'municipality', param: 'code' } },
      schema: {
        operationId: 'removeNeedCoOwner',
        tags,
        summary: 'Leave a need as co-owner',
        description: "Removes a municipality in your scope from a need's co-owners. Needs If-Match (the need's ETag).",
        params: CoOwnerParams,
        response: { 200: Type.Ref('Need'), ...problemResponses(400, 404, 406, 412, 428, 500) },
      },
    },
    async (request, reply) => {
      const { id, code } = request.params;
      return auditedChange(app, request, reply, {
        schemaId: 'Need',
        entityType: 'need_co_owner',
        key: `${id}/${code}`,
        action: 'delete',
        find: (tx, lock) => findNeed(tx, id, lock),
        missing: `No need has the id ${id}`,
        apply: async (tx) => {
          const removed = await tx
            .delete(needCoOwners)
            .where(and(eq(needCoOwners.needId, id), eq(needCoOwners.municipalityCode, code)))
            .returning({ code: needCoOwners.municipalityCode });
          if (removed.length === 0) throw notFound(`${code} is not a co-owner of the need ${id}`);
          await tx.update(needs).set({ updatedAt: sql`now()` }).where(eq(needs.id, id));
        },
      });
    },
  );
};
