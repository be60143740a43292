import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { isAdmin, visibleStatuses } from '../../access/principal.ts';
import { actorOf, preconditionOf, sendCreated, sendDeleted } from '../../http/changes.ts';
import { sendPage } from '../../http/lists.ts';
import { changeResponses, createResponses, deleteResponses, readResponses } from '../../http/responses.ts';
import { parseSort } from '../../lib/lists.ts';
import { notFound } from '../../lib/problems.ts';
import { ref } from '../../lib/ref.ts';
import { technologyCsv } from './csv.ts';
import { findTechnology, listTechnologies, type TechnologySort } from './repository.ts';
import { NewTechnology, Technology, TechnologyChanges, TechnologyListQuery, TechnologyParams } from './schemas.ts';
import { createTechnologyService } from './service.ts';

export const technologyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['Catalogue'];
  const technologies = createTechnologyService({ db: app.db });

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
        body: ref(NewTechnology),
        response: createResponses(Technology),
      },
    },
    async (request, reply) => {
      const created = await technologies.create(actorOf(request), request.body);
      return sendCreated(reply, `/v1/technologies/${request.body.slug}`, created);
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
        body: ref(TechnologyChanges),
        response: changeResponses(Technology),
      },
    },
    (request, reply) =>
      technologies.update(
        actorOf(request),
        request.params.slug,
        request.body,
        preconditionOf(request, reply, 'Technology'),
      ),
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
        response: deleteResponses(),
      },
    },
    async (request, reply) => {
      await technologies.remove(actorOf(request), request.params.slug, preconditionOf(request, reply, 'Technology'));
      return sendDeleted(reply);
    },
  );
};
