import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { eq, sql } from 'drizzle-orm';
import Type from 'typebox';
import type { Db } from '../../db/client.ts';
import { associations, municipalities, needs, technologies, technologyCategories } from '../../db/schema/index.ts';
import { auditedChange, auditedCreation } from '../../lib/changes.ts';
import { parseSort, sendPage } from '../../lib/lists.ts';
import { HttpProblem, problemResponses } from '../../lib/problems.ts';
import { assertKnown } from '../../lib/references.ts';
import { readResponses } from '../../lib/responses.ts';
import { reachOf } from '../users/scope.ts';
import { needCsv } from './csv.ts';
import { findNeed, linkNeed, listNeeds, type NeedSort } from './repository.ts';
import { NeedListQuery, NeedParams } from './schemas.ts';
import { visibleNeed } from './visibility.ts';
import { needWorkflow } from './workflow.ts';

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

export const needRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['Needs'];

  app.get(
    '/needs',
    {
      config: { access: 'identified', csv: needCsv },
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
};
