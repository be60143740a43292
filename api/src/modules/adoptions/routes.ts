import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorOf, preconditionOf, sendDeleted } from '../../http/changes.ts';
import { deleteResponses } from '../../http/responses.ts';
import { getRoute, listRoute, resourceRoutes } from '../../http/routes.ts';
import { found, notFound } from '../../lib/problems.ts';
import { TechnologyParams } from '../technologies/schemas.ts';
import { adoptionCsv } from './csv.ts';
import { adoptionMap, findAdoption, listAdoptions, technologyHeader } from './repository.ts';
import { Adoption, AdoptionInput, AdoptionListQuery, AdoptionParams } from './schemas.ts';
import { createAdoptionService } from './service.ts';

export const adoptionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['Catalogue'];
  const adoptions = createAdoptionService({ db: app.db });
  const scoped = { access: { scope: 'municipality' as const, param: 'code' } };

  listRoute(
    app,
    '/adoptions',
    {
      config: { public: true, csv: adoptionCsv },
      operationId: 'listAdoptions',
      tags,
      summary: 'List adoptions',
      description:
        'Which municipalities use which technologies, and how far they have come. Demo data says `demo: true`.',
      querystring: AdoptionListQuery,
      page: 'AdoptionPage',
    },
    ({ limit, offset, count, ...filter }) => listAdoptions(app.db, filter, { limit, offset, count }),
  );

  getRoute(
    app,
    '/technologies/:slug/adoption-map',
    {
      config: { public: true },
      operationId: 'getAdoptionMap',
      tags,
      summary: 'Adoption map of a technology',
      description: 'Every municipality with its status for the technology, `none` where nothing is recorded.',
      params: TechnologyParams,
      representation: 'AdoptionMap',
    },
    async ({ slug }) => {
      const technology = await technologyHeader(app.db, slug);
      if (!technology || technology.status === 'draft') throw notFound(`No technology has the slug ${slug}`);
      return {
        technology: { slug: technology.slug, name: technology.name },
        municipalities: await adoptionMap(app.db, technology.slug),
      };
    },
  );

  const adoption = resourceRoutes(app, '/municipalities/:code/adoptions/:technology', {
    tags,
    params: AdoptionParams,
    representation: Adoption,
  });

  adoption.get(
    {
      config: { public: true },
      operationId: 'getAdoption',
      summary: "Get a municipality's adoption of a technology",
      description: 'One adoption, with the ETag to change it by.',
    },
    async ({ code, technology }) =>
      found(
        await findAdoption(app.db, code, technology),
        `Municipality ${code} has recorded nothing about ${technology}`,
      ),
  );

  adoption.change(
    {
      method: 'PUT',
      ...scoped,
      operationId: 'putAdoption',
      summary: 'Record an adoption',
      description: "Creates or replaces a municipality's adoption of a published technology. Replacing needs If-Match.",
      body: AdoptionInput,
      problems: [400, 404, 406, 412, 415, 428, 500],
    },
    (actor, { code, technology }, body, precondition) => adoptions.record(actor, code, technology, body, precondition),
  );

  app.delete(
    '/municipalities/:code/adoptions/:technology',
    {
      config: scoped,
      schema: {
        operationId: 'deleteAdoption',
        tags,
        summary: 'Remove an adoption',
        description: 'Removes what a municipality recorded about a technology. Needs If-Match.',
        params: AdoptionParams,
        response: {
          ...deleteResponses([400, 404, 406, 412, 428, 500]),
          204: { description: 'Removed.', type: 'null' },
        },
      },
    },
    async (request, reply) => {
      const { code, technology } = request.params;
      await adoptions.remove(actorOf(request), code, technology, preconditionOf(request, reply, 'Adoption'));
      return sendDeleted(reply);
    },
  );
};
