import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { and, eq, sql } from 'drizzle-orm';
import Type from 'typebox';
import type { Db } from '../../db/client.ts';
import {
  associations,
  municipalities,
  needCoOwners,
  needs,
  supplierInterests,
  technologies,
  technologyCategories,
} from '../../db/schema/index.ts';
import { isAdmin, type Principal } from '../../lib/access.ts';
import { auditedChange, auditedCreation } from '../../lib/changes.ts';
import { parseSort, sendPage } from '../../lib/lists.ts';
import { HttpProblem, notFound, problemResponses } from '../../lib/problems.ts';
import { assertKnown } from '../../lib/references.ts';
import { readResponses } from '../../lib/responses.ts';
import { reachCovers, reachOf } from '../users/scope.ts';
import { findInterest, findNeed, linkNeed, listInterests, listNeeds, type NeedSort } from './repository.ts';
import { CoOwnerParams, NeedListQuery, NeedParams } from './schemas.ts';
import { needWorkflow, OPEN_TO_OTHERS } from './workflow.ts';

type NeedBody = {
  owner?: { municipality?: string; association?: string };
  categories?: string[];
  technologies?: string[];
  status?: (typeof needs.$inferSelect)['status'];
} & Record<string, unknown>;

/** Everything a need's body refers to must exist: a 422 naming the field otherwise. */
async function assertReferences(db: Db, body: NeedBody) {
  await assertKnown(db, municipalities.code, body.owner?.municipality, '/body/owner/municipality', [
    'municipality',
    'code',
  ]);
  await assertKnown(db, associations.slug, body.owner?.association, '/body/owner/association', ['association', 'slug']);
  await assertKnown(db, technologyCategories.slug, body.categories, '/body/categories', ['category', 'slug']);
  await assertKnown(db, technologies.slug, body.technologies, '/body/technologies', ['technology', 'slug']);
}

const fieldsOf = ({ owner: _o, categories: _c, technologies: _t, status: _s, ...fields }: NeedBody) => fields;

/** A need the caller may see: drafts only within the caller's scope (others get the same 404 as for nothing). */
async function visibleNeed(db: Db, principal: Principal, id: string) {
  const need = await findNeed(db, id);
  if (!need || (need.status === 'draft' && !reachCovers(await reachOf(db, principal), need.owner))) {
    throw notFound(`No need has the id ${id}`);
  }
  return need;
}

export const needRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['Needs'];

  app.get(
    '/needs',
    {
      config: { access: 'identified' },
      schema: {
        operationId: 'listNeeds',
        tags,
        summary: 'List and search needs',
        description:
          "Municipalities' and associations' needs with pooled volume: what suppliers look at to see a market. " +
          'Drafts only within your scope. Demo data says `demo: true`.',
        querystring: NeedListQuery,
        response: readResponses('NeedPage', 400, 403),
      },
    },
    async (request, reply) => {
      const { sort, limit, offset, count, ...filter } = request.query;
      const reach = await reachOf(app.db, request.principal);
      if (reach === 'none' && filter.status?.includes('draft')) {
        throw new HttpProblem(403, 'Drafts are seen only by their owners and admins', {
          errors: [{ pointer: '/query/status', detail: 'must not be draft with an API key' }],
        });
      }
      const { items, total } = await listNeeds(app.db, filter, reach, sort ? parseSort<NeedSort>(sort) : undefined, {
        limit,
        offset,
        count,
      });
      return sendPage(request, reply, items, total, { limit, offset });
    },
  );

  app.get(
    '/needs/:id',
    {
      config: { access: 'identified' },
      schema: {
        operationId: 'getNeed',
        tags,
        summary: 'Get a need',
        description: 'One need with owner, co-owners and pooled volume.',
        params: NeedParams,
        response: readResponses('Need', 400, 404),
      },
    },
    async (request) => visibleNeed(app.db, request.principal, request.params.id),
  );

  app.post(
    '/needs',
    {
      config: { access: { scope: 'owner', param: 'owner', in: 'body' } },
      schema: {
        operationId: 'createNeed',
        tags,
        summary: 'Create a need',
        description: 'States a need for a municipality or association in your scope, as a draft.',
        body: Type.Ref('NewNeed'),
        response: { 201: Type.Ref('Need'), ...problemResponses(400, 406, 415, 422, 500) },
      },
    },
    async (request, reply) => {
      const body = request.body as NeedBody;
      const id = crypto.randomUUID();
      return auditedCreation(app, request, reply, {
        entityType: 'need',
        key: id,
        location: `/v1/needs/${id}`,
        insert: async (tx) => {
          await assertReferences(tx, body);
          await tx.insert(needs).values({
            ...(fieldsOf(body) as Omit<typeof needs.$inferInsert, 'id'>),
            id,
            ownerMunicipalityCode: body.owner?.municipality ?? null,
            ownerAssociationSlug: body.owner?.association ?? null,
            status: 'draft',
          });
          await linkNeed(tx, id, body);
        },
        find: (tx) => findNeed(tx, id),
        taken: { detail: 'A need with this id exists already', pointer: '/body' },
      });
    },
  );

  app.patch(
    '/needs/:id',
    {
      config: { access: { scope: 'need', param: 'id' } },
      schema: {
        operationId: 'updateNeed',
        tags,
        summary: 'Change a need',
        description:
          'Changes fields, replaces its categories or technologies, or moves it along draft → published → in_dialogue → ' +
          'in_procurement → solved (or withdrawn). Needs If-Match.',
        params: NeedParams,
        body: Type.Ref('NeedChanges'),
        response: { 200: Type.Ref('Need'), ...problemResponses(400, 404, 406, 409, 412, 415, 422, 428, 500) },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const body = request.body as NeedBody;
      return auditedChange(app, request, reply, {
        schemaId: 'Need',
        entityType: 'need',
        key: id,
        action: 'update',
        find: (tx, lock) => findNeed(tx, id, lock),
        missing: `No need has the id ${id}`,
        apply: async (tx, before) => {
          if (body.status) needWorkflow.assert(before.status, body.status, '/body/status');
          await assertReferences(tx, body);
          const firstPublication = body.status === 'published' && before.publishedAt === null;
          await tx
            .update(needs)
            .set({
              ...(fieldsOf(body) as Partial<typeof needs.$inferInsert>),
              ...(body.status ? { status: body.status } : {}),
              ...(firstPublication ? { publishedAt: sql`now()` } : {}),
              updatedAt: sql`now()`,
            })
            .where(eq(needs.id, id));
          await linkNeed(tx, id, body);
        },
      });
    },
  );

  app.delete(
    '/needs/:id',
    {
      config: { access: { scope: 'need', param: 'id' } },
      schema: {
        operationId: 'deleteNeed',
        tags,
        summary: 'Delete a draft need',
        description: 'Deletes a need that was never published; a published one is withdrawn instead. Needs If-Match.',
        params: NeedParams,
        response: {
          204: { description: 'Deleted.', type: 'null' },
          ...problemResponses(400, 404, 406, 409, 412, 428, 500),
        },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      await auditedChange(app, request, reply, {
        schemaId: 'Need',
        entityType: 'need',
        key: id,
        action: 'delete',
        deletes: true,
        find: (tx, lock) => findNeed(tx, id, lock),
        missing: `No need has the id ${id}`,
        apply: async (tx, before) => {
          if (before.publishedAt !== null) {
            throw new HttpProblem(409, 'A need that has been published is withdrawn (status withdrawn), not deleted');
          }
          await tx.delete(needs).where(eq(needs.id, id));
        },
      });
      return reply.code(204).send(null);
    },
  );

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

  app.get(
    '/needs/:id/interests',
    {
      config: { access: 'identified' },
      schema: {
        operationId: 'listSupplierInterests',
        tags,
        summary: "Suppliers' interest in a need",
        description:
          "A supplier sees its own interest; the need's owners (editors in scope) and admins see every supplier's. " +
          'Integrators and other editors get 403.',
        params: NeedParams,
        response: readResponses('SupplierInterestList', 400, 403, 404),
      },
    },
    async (request) => {
      const { principal } = request;
      const need = await visibleNeed(app.db, principal, request.params.id);
      if (principal.kind === 'api_client') {
        if (principal.clientKind !== 'supplier' || !principal.supplierId) {
          throw new HttpProblem(403, "Supplier interest is seen by the supplier itself, the need's owners and admins");
        }
        return { items: await listInterests(app.db, need.id, principal.supplierId) };
      }
      if (!isAdmin(principal) && !reachCovers(await reachOf(app.db, principal), need.owner)) {
        throw new HttpProblem(403, "Supplier interest is seen by the need's owners and admins");
      }
      return { items: await listInterests(app.db, need.id) };
    },
  );

  app.post(
    '/needs/:id/interests',
    {
      config: { access: 'supplier' },
      schema: {
        operationId: 'expressSupplierInterest',
        tags,
        summary: 'Express interest in a need',
        description:
          "A supplier says it can help with a published need; only the need's owners and admins see it. One per supplier and need.",
        params: NeedParams,
        body: Type.Ref('NewSupplierInterest'),
        response: { 201: Type.Ref('SupplierInterest'), ...problemResponses(400, 404, 406, 409, 415, 500) },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const { principal } = request;
      const supplierId = principal.kind === 'api_client' ? (principal.supplierId as string) : '';
      const interestId = crypto.randomUUID();
      const body = request.body as { message: string; link?: string | null };
      return auditedCreation(app, request, reply, {
        entityType: 'supplier_interest',
        key: interestId,
        location: `/v1/needs/${id}/interests/${interestId}`,
        insert: async (tx) => {
          const need = await findNeed(tx, id);
          if (!need || need.status === 'draft') throw notFound(`No need has the id ${id}`);
          if (!OPEN_TO_OTHERS.includes(need.status)) {
            throw new HttpProblem(
              409,
              `The need is ${need.status}; interest is taken in needs that are ${OPEN_TO_OTHERS.join(', ')}`,
            );
          }
          await tx.insert(supplierInterests).values({ id: interestId, needId: id, supplierId, ...body });
        },
        find: (tx) => findInterest(tx, interestId),
        taken: { detail: 'Your organisation has expressed interest in this need already', pointer: '/body' },
      });
    },
  );

  app.get(
    '/needs/:id/interests/:interestId',
    {
      config: { access: 'identified' },
      schema: {
        operationId: 'getSupplierInterest',
        tags,
        summary: "Get a supplier's interest",
        description: "One interest: seen by the supplier that expressed it, the need's owners and admins.",
        params: Type.Object(
          { id: Type.String({ format: 'uuid' }), interestId: Type.String({ format: 'uuid' }) },
          { additionalProperties: false },
        ),
        response: readResponses('SupplierInterest', 400, 404),
      },
    },
    async (request) => {
      const { id, interestId } = request.params;
      const { principal } = request;
      const need = await visibleNeed(app.db, principal, id);
      const interest = await findInterest(app.db, interestId);
      const own = principal.kind === 'api_client' && interest?.supplier.id === principal.supplierId;
      const owner = principal.kind === 'user' && reachCovers(await reachOf(app.db, principal), need.owner);
      // Another supplier's interest does not exist for you: the same 404 as for nothing.
      if (!interest || interest.need.id !== need.id || !(own || owner)) {
        throw notFound(`No interest ${interestId} on the need ${id} that you may see`);
      }
      return interest;
    },
  );
};
