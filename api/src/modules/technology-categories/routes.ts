import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { eq, sql } from 'drizzle-orm';
import Type from 'typebox';
import { auditedChange, auditedCreation } from '../../changes/legacy.ts';
import type { Db } from '../../db/client.ts';
import { technologyCategories } from '../../db/schema/index.ts';
import { sendPage } from '../../http/lists.ts';
import { readResponses } from '../../http/responses.ts';
import { parseSort } from '../../lib/lists.ts';
import { HttpProblem, notFound, problemResponses } from '../../lib/problems.ts';
import { categoryRow, findCategory, hasChildren, isUsed, listCategories } from './repository.ts';
import { TechnologyCategoryListQuery, TechnologyCategoryParams } from './schemas.ts';

/** Categories have two levels: a parent must be top-level, and a category with children cannot get a parent. */
async function checkParent(db: Db, slug: string, parent: string | null | undefined) {
  if (!parent) return;
  const row = await categoryRow(db, parent);
  if (!row) {
    throw new HttpProblem(422, `No category has the slug ${parent}`, {
      errors: [{ pointer: '/body/parent', detail: 'is not a known category' }],
    });
  }
  if (row.parentSlug !== null || parent === slug) {
    throw new HttpProblem(422, 'Categories have two levels at most: the parent must be a top-level category', {
      errors: [{ pointer: '/body/parent', detail: 'is not a top-level category' }],
    });
  }
  if (await hasChildren(db, slug)) {
    throw new HttpProblem(422, `${slug} has categories of its own, so it cannot be placed under another`, {
      errors: [{ pointer: '/body/parent', detail: 'must be null for a category with children' }],
    });
  }
}

interface CategoryBody {
  slug: string;
  name: string;
  description?: string | null;
  parent?: string | null;
}

export const technologyCategoryRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['Catalogue'];

  app.get(
    '/technology-categories',
    {
      config: { public: true },
      schema: {
        operationId: 'listTechnologyCategories',
        tags,
        summary: 'List technology categories',
        description:
          'The categories of welfare technology, with their parents, children and how many published technologies each has.',
        querystring: TechnologyCategoryListQuery,
        response: readResponses('TechnologyCategoryPage', 400),
      },
    },
    async (request, reply) => {
      const { parent, updatedSince, sort, limit, offset, count } = request.query;
      const { items, total } = await listCategories(app.db, { parent, updatedSince }, parseSort(sort), {
        limit,
        offset,
        count,
      });
      return sendPage(request, reply, items, total, { limit, offset });
    },
  );

  app.get(
    '/technology-categories/:slug',
    {
      config: { public: true },
      schema: {
        operationId: 'getTechnologyCategory',
        tags,
        summary: 'Get a technology category',
        description: 'One category with its parent and children.',
        params: TechnologyCategoryParams,
        response: readResponses('TechnologyCategory', 400, 404),
      },
    },
    async (request) => {
      const category = await findCategory(app.db, request.params.slug);
      if (!category) throw notFound(`No technology category has the slug ${request.params.slug}`);
      return category;
    },
  );

  app.post(
    '/technology-categories',
    {
      config: { access: 'admin' },
      schema: {
        operationId: 'createTechnologyCategory',
        tags,
        summary: 'Create a technology category',
        description: 'Creates a top-level category, or one under a top-level category.',
        body: Type.Ref('NewTechnologyCategory'),
        response: { 201: Type.Ref('TechnologyCategory'), ...problemResponses(400, 406, 409, 415, 422, 500) },
      },
    },
    async (request, reply) => {
      const body = request.body as CategoryBody;
      return auditedCreation(app, request, reply, {
        entityType: 'technology_category',
        key: body.slug,
        location: `/v1/technology-categories/${body.slug}`,
        insert: async (tx) => {
          await checkParent(tx, body.slug, body.parent);
          await tx.insert(technologyCategories).values({
            slug: body.slug,
            name: body.name,
            description: body.description ?? null,
            parentSlug: body.parent ?? null,
          });
        },
        find: (tx) => findCategory(tx, body.slug),
        taken: { detail: `A category with the slug ${body.slug} exists already`, pointer: '/body/slug' },
      });
    },
  );

  app.patch(
    '/technology-categories/:slug',
    {
      config: { access: 'admin' },
      schema: {
        operationId: 'updateTechnologyCategory',
        tags,
        summary: 'Change a technology category',
        description: 'Changes the name, description or parent. Needs If-Match.',
        params: TechnologyCategoryParams,
        body: Type.Ref('TechnologyCategoryChanges'),
        response: { 200: Type.Ref('TechnologyCategory'), ...problemResponses(400, 404, 406, 412, 415, 422, 428, 500) },
      },
    },
    async (request, reply) => {
      const { slug } = request.params;
      const changes = request.body as Partial<CategoryBody>;
      return auditedChange(app, request, reply, {
        schemaId: 'TechnologyCategory',
        entityType: 'technology_category',
        key: slug,
        action: 'update',
        find: (tx, lock) => findCategory(tx, slug, lock),
        missing: `No technology category has the slug ${slug}`,
        apply: async (tx) => {
          if (changes.parent !== undefined) await checkParent(tx, slug, changes.parent);
          await tx
            .update(technologyCategories)
            .set({
              ...(changes.name !== undefined ? { name: changes.name } : {}),
              ...(changes.description !== undefined ? { description: changes.description } : {}),
              ...(changes.parent !== undefined ? { parentSlug: changes.parent } : {}),
              updatedAt: sql`now()`,
            })
            .where(eq(technologyCategories.slug, slug));
        },
      });
    },
  );

  app.delete(
    '/technology-categories/:slug',
    {
      config: { access: 'admin' },
      schema: {
        operationId: 'deleteTechnologyCategory',
        tags,
        summary: 'Delete a technology category',
        description: 'Deletes a category that has no technologies and no child categories. Needs If-Match.',
        params: TechnologyCategoryParams,
        response: {
          204: { description: 'Deleted.', type: 'null' },
          ...problemResponses(400, 404, 406, 409, 412, 428, 500),
        },
      },
    },
    async (request, reply) => {
      const { slug } = request.params;
      await auditedChange(app, request, reply, {
        schemaId: 'TechnologyCategory',
        entityType: 'technology_category',
        key: slug,
        action: 'delete',
        deletes: true,
        find: (tx, lock) => findCategory(tx, slug, lock),
        missing: `No technology category has the slug ${slug}`,
        apply: async (tx) => {
          if ((await hasChildren(tx, slug)) || (await isUsed(tx, slug))) {
            throw new HttpProblem(409, `${slug} still has child categories or technologies; move them first`);
          }
          await tx.delete(technologyCategories).where(eq(technologyCategories.slug, slug));
        },
      });
      return reply.code(204).send(null);
    },
  );
};
