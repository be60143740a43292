import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { createRoute, listRoute, resourceRoutes } from '../../http/routes.ts';
import { parseSort } from '../../lib/lists.ts';
import { found } from '../../lib/problems.ts';
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

  listRoute(
    app,
    '/technology-categories',
    {
      config: { public: true },
      operationId: 'listTechnologyCategories',
      tags,
      summary: 'List technology categories',
      description:
        'The categories of welfare technology, with their parents, children and how many published technologies each has.',
      querystring: TechnologyCategoryListQuery,
      page: 'TechnologyCategoryPage',
    },
    ({ parent, updatedSince, sort, limit, offset, count }) =>
      listCategories(app.db, { parent, updatedSince }, parseSort(sort), { limit, offset, count }),
  );

  const category = resourceRoutes(app, '/technology-categories/:slug', {
    tags,
    params: TechnologyCategoryParams,
    representation: TechnologyCategory,
  });

  category.get(
    {
      config: { public: true },
      operationId: 'getTechnologyCategory',
      summary: 'Get a technology category',
      description: 'One category with its parent and children.',
    },
    async ({ slug }) => found(await findCategory(app.db, slug), `No technology category has the slug ${slug}`),
  );

  createRoute(
    app,
    '/technology-categories',
    {
      access: 'admin',
      operationId: 'createTechnologyCategory',
      tags,
      summary: 'Create a technology category',
      description: 'Creates a top-level category, or one under a top-level category.',
      body: NewTechnologyCategory,
      created: TechnologyCategory,
    },
    (actor, body) => categories.create(actor, body),
    (created) => `/v1/technology-categories/${created.slug}`,
  );

  category.change(
    {
      access: 'admin',
      operationId: 'updateTechnologyCategory',
      summary: 'Change a technology category',
      description: 'Changes the name, description or parent. Needs If-Match.',
      body: TechnologyCategoryChanges,
      problems: [400, 404, 406, 412, 415, 422, 428, 500],
    },
    (actor, { slug }, body, precondition) => categories.update(actor, slug, body, precondition),
  );

  category.delete(
    {
      access: 'admin',
      operationId: 'deleteTechnologyCategory',
      summary: 'Delete a technology category',
      description: 'Deletes a category that has no technologies and no child categories. Needs If-Match.',
    },
    (actor, { slug }, precondition) => categories.remove(actor, slug, precondition),
  );
};
