import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { changeRoute, getRoute, listRoute } from '../../http/routes.ts';
import { parseSort } from '../../lib/lists.ts';
import { found } from '../../lib/problems.ts';
import { municipalityCsv } from './csv.ts';
import { findMunicipality, listMunicipalities, type MunicipalitySort } from './repository.ts';
import { Municipality, MunicipalityChanges, MunicipalityListQuery, MunicipalityParams } from './schemas.ts';
import { createMunicipalityService } from './service.ts';

export const municipalityRoutes: FastifyPluginAsyncTypebox = async (app) => {
  listRoute(
    app,
    '/municipalities',
    {
      config: { public: true, csv: municipalityCsv },
      operationId: 'listMunicipalities',
      tags: ['Municipalities'],
      summary: 'List municipalities',
      description:
        'The 290 Swedish municipalities, filtered by county, association (an umbrella such as vastkom includes its ' +
        "children's members) and a typo-tolerant name search.",
      querystring: MunicipalityListQuery,
      page: 'MunicipalityPage',
    },
    ({ county, association, q, updatedSince, sort, limit, offset, count }) =>
      listMunicipalities(app.db, { county, association, q, updatedSince }, parseSort<MunicipalitySort>(sort), {
        limit,
        offset,
        count,
      }),
  );

  getRoute(
    app,
    '/municipalities/:code',
    {
      config: { public: true },
      operationId: 'getMunicipality',
      tags: ['Municipalities'],
      summary: 'Get a municipality',
      description: 'One municipality by its four-digit SCB code, with its county and associations.',
      params: MunicipalityParams,
      representation: 'Municipality',
    },
    async ({ code }) => found(await findMunicipality(app.db, code), `No municipality has the code ${code}`),
  );
};

export const municipalityWriteRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const municipalities = createMunicipalityService({ db: app.db });

  changeRoute(
    app,
    '/municipalities/:code',
    {
      access: { scope: 'municipality', param: 'code' },
      operationId: 'updateMunicipality',
      tags: ['Municipalities'],
      summary: 'Change a municipality',
      description: "Changes the municipality's website, functional contact mailbox, description or population.",
      params: MunicipalityParams,
      body: MunicipalityChanges,
      changed: Municipality,
      problems: [400, 401, 403, 404, 406, 412, 415, 428, 429, 500],
    },
    (actor, { code }, body, precondition) => municipalities.update(actor, code, body, precondition),
  );
};
