import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { parseSort, sendPage } from '../../lib/lists.ts';
import { notFound } from '../../lib/problems.ts';
import { readResponses } from '../../lib/responses.ts';
import { findMunicipality, listMunicipalities, type MunicipalitySort } from './repository.ts';
import { Municipality, MunicipalityListQuery, MunicipalityPage, MunicipalityParams } from './schemas.ts';

export const municipalityRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addSchema(Municipality);
  app.addSchema(MunicipalityPage);

  app.get(
    '/municipalities',
    {
      config: { public: true },
      schema: {
        operationId: 'listMunicipalities',
        tags: ['Municipalities'],
        summary: 'List municipalities',
        description:
          'The 290 Swedish municipalities, filtered by county, association (an umbrella such as vastkom includes its ' +
          "children's members) and a typo-tolerant name search.",
        querystring: MunicipalityListQuery,
        response: readResponses('MunicipalityPage', 400),
      },
    },
    async (request, reply) => {
      const { county, association, q, updatedSince, sort, limit, offset, count } = request.query;
      const { items, total } = await listMunicipalities(
        app.db,
        { county, association, q, updatedSince },
        sort ? parseSort<MunicipalitySort>(sort) : undefined,
        { limit, offset, count },
      );
      return sendPage(request, reply, items, total, { limit, offset });
    },
  );

  app.get(
    '/municipalities/:code',
    {
      config: { public: true },
      schema: {
        operationId: 'getMunicipality',
        tags: ['Municipalities'],
        summary: 'Get a municipality',
        description: 'One municipality by its four-digit SCB code, with its county and associations.',
        params: MunicipalityParams,
        response: readResponses('Municipality', 400, 404),
      },
    },
    async (request) => {
      const municipality = await findMunicipality(app.db, request.params.code);
      if (!municipality) throw notFound(`No municipality has the code ${request.params.code}`);
      return municipality;
    },
  );
};
