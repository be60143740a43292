import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { isAdmin, visibleStatuses } from '../../access/principal.ts';
import { actorOf, preconditionOf, sendCreated, sendDeleted } from '../../http/changes.ts';
import { sendPage } from '../../http/lists.ts';
import { changeResponses, createResponses, deleteResponses, readResponses } from '../../http/responses.ts';
import { notFound } from '../../lib/problems.ts';
import { ref } from '../../lib/ref.ts';
import { findGuide, listGuides } from './repository.ts';
import { Guide, GuideChanges, GuideListQuery, GuideParams, NewGuide } from './schemas.ts';
import { createGuideService } from './service.ts';

export const guideRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['Catalogue'];
  const guides = createGuideService({ db: app.db });

  app.get(
    '/guides',
    {
      config: { public: true },
      schema: {
        operationId: 'listGuides',
        tags,
        summary: 'List and search guides',
        description:
          'Cases to be inspired by, guides to implementing, and aids for evaluating the prerequisites. Each item is a ' +
          'summary; `GET /v1/guides/{slug}` gives the body as Markdown and as HTML.',
        querystring: GuideListQuery,
        response: readResponses('GuidePage', 400, 403),
      },
    },
    async (request, reply) => {
      const { limit, offset, count, status, ...filter } = request.query;
      const statuses = visibleStatuses(request.principal, status, 'guides');
      const { items, total } = await listGuides(app.db, { ...filter, status: statuses }, { limit, offset, count });
      return sendPage(request, reply, items, total, { limit, offset });
    },
  );

  app.get(
    '/guides/:slug',
    {
      config: { public: true },
      schema: {
        operationId: 'getGuide',
        tags,
        summary: 'Get a guide',
        description:
          'One guide with its body (Markdown, and safe HTML rendered when it was written), technologies and municipalities.',
        params: GuideParams,
        response: readResponses('Guide', 400, 404),
      },
    },
    async (request) => {
      const guide = await findGuide(app.db, request.params.slug);
      if (!guide || (guide.status !== 'published' && !isAdmin(request.principal)))
        throw notFound(`No guide has the slug ${request.params.slug}`);
      return guide;
    },
  );

  app.post(
    '/guides',
    {
      config: { access: 'admin' },
      schema: {
        operationId: 'createGuide',
        tags,
        summary: 'Create a guide',
        description: 'Adds a guide as a draft.',
        body: ref(NewGuide),
        response: createResponses(Guide),
      },
    },
    async (request, reply) => {
      const created = await guides.create(actorOf(request), request.body);
      return sendCreated(reply, `/v1/guides/${request.body.slug}`, created);
    },
  );

  app.patch(
    '/guides/:slug',
    {
      config: { access: 'admin' },
      schema: {
        operationId: 'updateGuide',
        tags,
        summary: 'Change a guide',
        description: 'Changes fields or links, or moves it along draft → published → archived. Needs If-Match.',
        params: GuideParams,
        body: ref(GuideChanges),
        response: changeResponses(Guide),
      },
    },
    (request, reply) =>
      guides.update(actorOf(request), request.params.slug, request.body, preconditionOf(request, reply, 'Guide')),
  );

  app.delete(
    '/guides/:slug',
    {
      config: { access: 'admin' },
      schema: {
        operationId: 'deleteGuide',
        tags,
        summary: 'Delete a guide',
        description: 'Deletes a guide. Needs If-Match.',
        params: GuideParams,
        response: deleteResponses([400, 404, 406, 412, 428, 500]),
      },
    },
    async (request, reply) => {
      await guides.remove(actorOf(request), request.params.slug, preconditionOf(request, reply, 'Guide'));
      return sendDeleted(reply);
    },
  );
};
