import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorOf, preconditionOf, sendDeleted } from '../../http/changes.ts';
import { sendPage } from '../../http/lists.ts';
import { changeResponses, deleteResponses, readResponses } from '../../http/responses.ts';
import { found, notFound } from '../../lib/problems.ts';
import { ref } from '../../lib/ref.ts';
import { TechnologyParams } from '../technologies/schemas.ts';
import { adoptionCsv } from './csv.ts';
import { adoptionMap, findAdoption, listAdoptions, technologyHeader } from './repository.ts';
import { Adoption, AdoptionInput, AdoptionListQuery, AdoptionParams } from './schemas.ts';
import { createAdoptionService } from './service.ts';

export const adoptionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['Catalogue'];
  const adoptions = createAdoptionService({ db: app.db });
  const scoped = { access: { scope: 'municipality' as const, param: 'code' } };

  app.get(
    '/adoptions',
    {
      config: { public: true, csv: adoptionCsv },
      schema: {
        operationId: 'listAdoptions',
        tags,
        summary: 'List adoptions',
        description:
          'Which municipalities use which technologies, and how far they have come. Demo data says `demo: true`.',
        querystring: AdoptionListQuery,
        response: readResponses('AdoptionPage', 400),
      },
    },
    async (request, reply) => {
      const { limit, offset, count, ...filter } = request.query;
      const { items, total } = await listAdoptions(app.db, filter, { limit, offset, count });
      return sendPage(request, reply, items, total, { limit, offset });
    },
  );

  app.get(
    '/technologies/:slug/adoption-map',
    {
      config: { public: true },
      schema: {
        operationId: 'getAdoptionMap',
        tags,
        summary: 'Adoption map of a technology',
        description: 'Every municipality with its status for the technology, `none` where nothing is recorded.',
        params: TechnologyParams,
        response: readResponses('AdoptionMap', 400, 404),
      },
    },
    async (request) => {
      const technology = await technologyHeader(app.db, request.params.slug);
      if (!technology || technology.status === 'draft')
        throw notFound(`No technology has the slug ${request.params.slug}`);
      return {
        technology: { slug: technology.slug, name: technology.name },
        municipalities: await adoptionMap(app.db, technology.slug),
      };
    },
  );

  app.get(
    '/municipalities/:code/adoptions/:technology',
    {
      config: { public: true },
      schema: {
        operationId: 'getAdoption',
        tags,
        summary: "Get a municipality's adoption of a technology",
        description: 'One adoption, with the ETag to change it by.',
        params: AdoptionParams,
        response: readResponses('Adoption', 400, 404),
      },
    },
    async ({ params: { code, technology } }) =>
      found(
        await findAdoption(app.db, code, technology),
        `Municipality ${code} has recorded nothing about ${technology}`,
      ),
  );

  app.put(
    '/municipalities/:code/adoptions/:technology',
    {
      config: scoped,
      schema: {
        operationId: 'putAdoption',
        tags,
        summary: 'Record an adoption',
        description:
          "Creates or replaces a municipality's adoption of a published technology. Replacing needs If-Match.",
        params: AdoptionParams,
        body: ref(AdoptionInput),
        response: changeResponses(Adoption, [400, 404, 406, 412, 415, 428, 500]),
      },
    },
    (request, reply) =>
      adoptions.record(
        actorOf(request),
        request.params.code,
        request.params.technology,
        request.body,
        preconditionOf(request, reply, 'Adoption'),
      ),
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
