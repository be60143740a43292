import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorOf, preconditionOf, sendCreated, sendDeleted } from '../../http/changes.ts';
import { sendPage } from '../../http/lists.ts';
import { changeResponses, createResponses, deleteResponses, readResponses } from '../../http/responses.ts';
import { parseSort } from '../../lib/lists.ts';
import { notFound } from '../../lib/problems.ts';
import { ref } from '../../lib/ref.ts';
import { findCategory, listCategories } from './repository.ts';
import {
  NewTechnologyCategory,
  TechnologyCategory,
  TechnologyCategoryChanges,
  TechnologyCategoryListQuery,
  TechnologyCategoryParams,
} from './schemas.ts';
import { createTechnologyCategoryService } from './service.ts';

export const technologyCategoryRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['Catalogue'];
  const categories = createTechnologyCategoryService({ db: app.db });

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
        body: ref(NewTechnologyCategory),
        response: createResponses(TechnologyCategory),
      },
    },
    async (request, reply) => {
      const created = await categories.create(actorOf(request), request.body);
      return sendCreated(reply, `/v1/technology-categories/${request.body.slug}`, created);
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
        body: ref(TechnologyCategoryChanges),
        response: changeResponses(TechnologyCategory, [400, 404, 406, 412, 415, 422, 428, 500]),
      },
    },
    (request, reply) =>
      categories.update(
        actorOf(request),
        request.params.slug,
        request.body,
        preconditionOf(request, reply, 'TechnologyCategory'),
      ),
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
        response: deleteResponses(),
      },
    },
    async (request, reply) => {
      const { slug } = request.params;
      await categories.remove(actorOf(request), slug, preconditionOf(request, reply, 'TechnologyCategory'));
      return sendDeleted(reply);
    },
  );
};
