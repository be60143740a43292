import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { isAdmin, visibleStatuses } from '../../access/principal.ts';
import { createRoute, listRoute, resourceRoutes } from '../../http/routes.ts';
import { notFound } from '../../lib/problems.ts';
import { findGuide, listGuides } from './repository.ts';
import { Guide, GuideChanges, GuideListQuery, GuideParams, NewGuide } from './schemas.ts';
import { createGuideService } from './service.ts';

export const guideRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['Catalogue'];
  const guides = createGuideService({ db: app.db });

  listRoute(
    app,
    '/guides',
    {
      config: { public: true },
      operationId: 'listGuides',
      tags,
      summary: 'List and search guides',
      description:
        'Cases to be inspired by, guides to implementing, and aids for evaluating the prerequisites. Each item is a ' +
        'summary; `GET /v1/guides/{slug}` gives the body as Markdown and as HTML.',
      querystring: GuideListQuery,
      page: 'GuidePage',
      problems: [400, 403],
    },
    ({ limit, offset, count, status, ...filter }, request) =>
      listGuides(
        app.db,
        { ...filter, status: visibleStatuses(request.principal, status, 'guides') },
        { limit, offset, count },
      ),
  );

  const guide = resourceRoutes(app, '/guides/:slug', { tags, params: GuideParams, representation: Guide });

  guide.get(
    {
      config: { public: true },
      operationId: 'getGuide',
      summary: 'Get a guide',
      description:
        'One guide with its body (Markdown, and safe HTML rendered when it was written), technologies and municipalities.',
    },
    async ({ slug }, request) => {
      const guide = await findGuide(app.db, slug);
      if (!guide || (guide.status !== 'published' && !isAdmin(request.principal)))
        throw notFound(`No guide has the slug ${slug}`);
      return guide;
    },
  );

  createRoute(
    app,
    '/guides',
    {
      access: 'admin',
      operationId: 'createGuide',
      tags,
      summary: 'Create a guide',
      description: 'Adds a guide as a draft.',
      body: NewGuide,
      created: Guide,
    },
    (actor, body) => guides.create(actor, body),
    (created) => `/v1/guides/${created.slug}`,
  );

  guide.change(
    {
      access: 'admin',
      operationId: 'updateGuide',
      summary: 'Change a guide',
      description: 'Changes fields or links, or moves it along draft → published → archived. Needs If-Match.',
      body: GuideChanges,
    },
    (actor, { slug }, body, precondition) => guides.update(actor, slug, body, precondition),
  );

  guide.delete(
    {
      access: 'admin',
      operationId: 'deleteGuide',
      summary: 'Delete a guide',
      description: 'Deletes a guide. Needs If-Match.',
      problems: [400, 404, 406, 412, 428, 500],
    },
    (actor, { slug }, precondition) => guides.remove(actor, slug, precondition),
  );
};
