import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { auditedChange } from '../../lib/changes.ts';
import type { ContactChanges } from '../../lib/contact-fields.ts';
import { parseSort, sendPage } from '../../lib/lists.ts';
import { notFound, problemResponses } from '../../lib/problems.ts';
import { readResponses } from '../../lib/responses.ts';
import { municipalityCsv } from './csv.ts';
import {
  findMunicipality,
  listMunicipalities,
  lockMunicipality,
  type MunicipalitySort,
  updateMunicipality,
} from './repository.ts';
import { MunicipalityListQuery, MunicipalityParams } from './schemas.ts';

export const municipalityRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/municipalities',
    {
      config: { public: true, csv: municipalityCsv },
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
        body: Type.Ref('MunicipalityChanges'),
        response: {
          200: Type.Ref('Municipality'),
          ...problemResponses(400, 401, 403, 404, 406, 412, 415, 428, 429, 500),
        },
      },
    },
    async (request, reply) => {
      const { code } = request.params;
      return auditedChange(app, request, reply, {
        schemaId: 'Municipality',
        entityType: 'municipality',
        key: code,
        action: 'update',
        find: async (tx, lock) =>
          lock && !(await lockMunicipality(tx, code)) ? undefined : findMunicipality(tx, code),
        missing: `No municipality has the code ${code}`,
        apply: (tx) => updateMunicipality(tx, code, request.body as ContactChanges & { population?: number | null }),
      });
    },
  );
};
