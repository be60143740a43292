import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { isAdmin, visibleStatuses } from '../../access/principal.ts';
import { createRoute, listRoute, resourceRoutes } from '../../http/routes.ts';
import { parseSort } from '../../lib/lists.ts';
import { notFound } from '../../lib/problems.ts';
import { technologyCsv } from './csv.ts';
import { findTechnology, listTechnologies, type TechnologySort } from './repository.ts';
import { NewTechnology, Technology, TechnologyChanges, TechnologyListQuery, TechnologyParams } from './schemas.ts';
import { createTechnologyService } from './service.ts';

export const technologyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['Catalogue'];
  const technologies = createTechnologyService({ db: app.db });

  listRoute(
    app,
    '/technologies',
    {
      config: { public: true, csv: technologyCsv },
      operationId: 'listTechnologies',
      tags,
      summary: 'List and search technologies',
      description:
        'Welfare technologies with what they demand and how widely they are adopted. `q` searches Swedish text: ' +
        '"nattkameror" finds "nattkamera", "lakemedel" finds "läkemedel", "trygghetlarm" finds "trygghetslarm".',
      querystring: TechnologyListQuery,
      page: 'TechnologyPage',
      problems: [400, 403],
    },
    ({ sort, limit, offset, count, status, ...filter }, request) =>
      listTechnologies(
        app.db,
        { ...filter, status: visibleStatuses(request.principal, status, 'technologies') },
        parseSort<TechnologySort>(sort),
        { limit, offset, count },
      ),
  );

  const technology = resourceRoutes(app, '/technologies/:slug', {
    tags,
    params: TechnologyParams,
    representation: Technology,
  });

  technology.get(
    {
      config: { public: true },
      operationId: 'getTechnology',
      summary: 'Get a technology',
      description: 'One technology with its category and adoption summary. Drafts and archived ones are for admins.',
    },
    async ({ slug }, request) => {
      const technology = await findTechnology(app.db, slug);
      if (!technology || (technology.status !== 'published' && !isAdmin(request.principal))) {
        throw notFound(`No technology has the slug ${slug}`);
      }
      return technology;
    },
  );

  createRoute(
    app,
    '/technologies',
    {
      access: 'admin',
      operationId: 'createTechnology',
      tags,
      summary: 'Create a technology',
      description: 'Adds a technology to the catalogue as a draft.',
      body: NewTechnology,
      created: Technology,
    },
    (actor, body) => technologies.create(actor, body),
    (created) => `/v1/technologies/${created.slug}`,
  );

  technology.change(
    {
      access: 'admin',
      operationId: 'updateTechnology',
      summary: 'Change a technology',
      description: 'Changes fields or moves it along draft → published → archived. Needs If-Match.',
      body: TechnologyChanges,
    },
    (actor, { slug }, body, precondition) => technologies.update(actor, slug, body, precondition),
  );

  technology.delete(
    {
      access: 'admin',
      operationId: 'deleteTechnology',
      summary: 'Delete a technology',
      description:
        'Deletes a technology that no adoption refers to (archive it instead when municipalities use it). Needs If-Match.',
    },
    (actor, { slug }, precondition) => technologies.remove(actor, slug, precondition),
  );
};
