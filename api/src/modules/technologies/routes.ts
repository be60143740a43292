import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { eq, sql } from 'drizzle-orm';
import Type from 'typebox';
import { technologies, technologyCategories } from '../../db/schema/index.ts';
import { isAdmin, visibleStatuses } from '../../lib/access.ts';
import { auditedChange, auditedCreation } from '../../lib/changes.ts';
import { parseSort, sendPage } from '../../lib/lists.ts';
import { HttpProblem, notFound, problemResponses } from '../../lib/problems.ts';
import { assertKnown } from '../../lib/references.ts';
import { readResponses } from '../../lib/responses.ts';
import { publication } from '../../lib/transitions.ts';
import { technologyCsv } from './csv.ts';
import { findTechnology, hasAdoptions, listTechnologies, type TechnologySort } from './repository.ts';
import { TechnologyListQuery, TechnologyParams } from './schemas.ts';

type Status = 'draft' | 'published' | 'archived';
type Body = Record<string, unknown> & { category?: string; status?: Status };

/** The columns of a write, from a body: `category` is stored as category_slug, everything else as named. */
function columnsOf(body: Body) {
  const { category, status: _status, slug: _slug, ...fields } = body;
  return { ...fields, ...(category !== undefined ? { categorySlug: category } : {}) };
}

export const technologyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['Catalogue'];

  app.get(
    '/technologies',
    {
      config: { public: true, csv: technologyCsv },
      schema: {
        operationId: 'listTechnologies',
        tags,
        summary: 'List and search technologies',
        description:
          'Welfare technologies with what they demand and how widely they are adopted. `q` searches Swedish text: ' +
          '"nattkameror" finds "nattkamera", "lakemedel" finds "läkemedel", "trygghetlarm" finds "trygghetslarm".',
        querystring: TechnologyListQuery,
        response: readResponses('TechnologyPage', 400, 403),
      },
    },
    async (request, reply) => {
      const { sort, limit, offset, count, status, ...filter } = request.query;
      const statuses = visibleStatuses(request.principal, status, 'technologies');
      const { items, total } = await listTechnologies(
        app.db,
        { ...filter, status: statuses },
        sort ? parseSort<TechnologySort>(sort) : undefined,
        { limit, offset, count },
      );
      return sendPage(request, reply, items, total, { limit, offset });
    },
  );

  app.get(
    '/technologies/:slug',
    {
      config: { public: true },
      schema: {
        operationId: 'getTechnology',
        tags,
        summary: 'Get a technology',
        description: 'One technology with its category and adoption summary. Drafts and archived ones are for admins.',
        params: TechnologyParams,
        response: readResponses('Technology', 400, 404),
      },
    },
    async (request) => {
      const technology = await findTechnology(app.db, request.params.slug);
      if (!technology || (technology.status !== 'published' && !isAdmin(request.principal))) {
        throw notFound(`No technology has the slug ${request.params.slug}`);
      }
      return technology;
    },
  );

  app.post(
    '/technologies',
    {
      config: { access: 'admin' },
      schema: {
        operationId: 'createTechnology',
        tags,
        summary: 'Create a technology',
        description: 'Adds a technology to the catalogue as a draft.',
        body: Type.Ref('NewTechnology'),
        response: { 201: Type.Ref('Technology'), ...problemResponses(400, 406, 409, 415, 422, 500) },
      },
    },
    async (request, reply) => {
      const body = request.body as Body & { slug: string; name: string; summary: string; readiness: 'established' };
      return auditedCreation(app, request, reply, {
        entityType: 'technology',
        key: body.slug,
        location: `/v1/technologies/${body.slug}`,
        insert: async (tx) => {
          await assertKnown(tx, technologyCategories.slug, body.category, '/body/category', ['category', 'slug']);
          await tx
            .insert(technologies)
            .values({ ...(columnsOf(body) as typeof technologies.$inferInsert), slug: body.slug, status: 'draft' });
        },
        find: (tx) => findTechnology(tx, body.slug),
        taken: { detail: `A technology with the slug ${body.slug} exists already`, pointer: '/body/slug' },
      });
    },
  );

  app.patch(
    '/technologies/:slug',
    {
      config: { access: 'admin' },
      schema: {
        operationId: 'updateTechnology',
        tags,
        summary: 'Change a technology',
        description: 'Changes fields or moves it along draft → published → archived. Needs If-Match.',
        params: TechnologyParams,
        body: Type.Ref('TechnologyChanges'),
        response: { 200: Type.Ref('Technology'), ...problemResponses(400, 404, 406, 409, 412, 415, 422, 428, 500) },
      },
    },
    async (request, reply) => {
      const { slug } = request.params;
      const body = request.body as Body;
      return auditedChange(app, request, reply, {
        schemaId: 'Technology',
        entityType: 'technology',
        key: slug,
        action: 'update',
        find: (tx, lock) => findTechnology(tx, slug, lock),
        missing: `No technology has the slug ${slug}`,
        apply: async (tx, before) => {
          if (body.status) publication.assert(before.status, body.status, '/body/status');
          await assertKnown(tx, technologyCategories.slug, body.category, '/body/category', ['category', 'slug']);
          const firstPublication = body.status === 'published' && before.publishedAt === null;
          await tx
            .update(technologies)
            .set({
              ...(columnsOf(body) as Partial<typeof technologies.$inferInsert>),
              ...(body.status ? { status: body.status } : {}),
              ...(firstPublication ? { publishedAt: sql`now()` } : {}),
              updatedAt: sql`now()`,
            })
            .where(eq(technologies.slug, slug));
        },
      });
    },
  );

  app.delete(
    '/technologies/:slug',
    {
      config: { access: 'admin' },
      schema: {
        operationId: 'deleteTechnology',
        tags,
        summary: 'Delete a technology',
        description:
          'Deletes a technology that no adoption refers to (archive it instead when municipalities use it). Needs If-Match.',
        params: TechnologyParams,
        response: {
          204: { description: 'Deleted.', type: 'null' },
          ...problemResponses(400, 404, 406, 409, 412, 428, 500),
        },
      },
    },
    async (request, reply) => {
      const { slug } = request.params;
      await auditedChange(app, request, reply, {
        schemaId: 'Technology',
        entityType: 'technology',
        key: slug,
        action: 'delete',
        deletes: true,
        find: (tx, lock) => findTechnology(tx, slug, lock),
        missing: `No technology has the slug ${slug}`,
        apply: async (tx) => {
          const used = await hasAdoptions(tx, slug);
          if (used > 0) {
            throw new HttpProblem(
              409,
              `${used} adoption${used === 1 ? '' : 's'} refer to ${slug}; archive it instead of deleting it`,
            );
          }
          await tx.delete(technologies).where(eq(technologies.slug, slug));
        },
      });
      return reply.code(204).send(null);
    },
  );
};
