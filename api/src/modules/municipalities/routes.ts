import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorOf, preconditionOf } from '../../http/changes.ts';
import { sendPage } from '../../http/lists.ts';
import { changeResponses, readResponses } from '../../http/responses.ts';
import { parseSort } from '../../lib/lists.ts';
import { notFound } from '../../lib/problems.ts';
import { ref } from '../../lib/ref.ts';
import { findMunicipality, listMunicipalities, type MunicipalitySort } from './repository.ts';
import { Municipality, MunicipalityChanges, MunicipalityListQuery, MunicipalityParams } from './schemas.ts';
import { createMunicipalityService } from './service.ts';

export const municipalityRoutes: FastifyPluginAsyncTypebox = async (app) => {
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

export const municipalityWriteRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const municipalities = createMunicipalityService({ db: app.db });

  app.patch(
    '/municipalities/:code',
    {
      config: { access: { scope: 'municipality', param: 'code' } },
      schema: {
        operationId: 'updateMunicipality',
        tags: ['Municipalities'],
        summary: 'Change a municipality',
        description: "Changes the municipality's website, functional contact mailbox, description or population.",
        params: MunicipalityParams,
        body: ref(MunicipalityChanges),
        response: changeResponses(Municipality, [400, 401, 403, 404, 406, 412, 415, 428, 429, 500]),
      },
    },
    (request, reply) =>
      municipalities.update(
        actorOf(request),
        request.params.code,
        request.body,
        preconditionOf(request, reply, 'Municipality'),
      ),
  );
};
