import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { getRoute, listRoute } from '../../http/routes.ts';
import { parseSort } from '../../lib/lists.ts';
import { found } from '../../lib/problems.ts';
import { type CountySort, findCounty, listCounties } from './repository.ts';
import { CountyListQuery, CountyParams } from './schemas.ts';

export const countyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  listRoute(
    app,
    '/counties',
    {
      config: { public: true },
      operationId: 'listCounties',
      tags: ['Counties'],
      summary: 'List counties',
      description: 'The 21 Swedish counties with the region that governs each, and how many municipalities it has.',
      querystring: CountyListQuery,
      page: 'CountyPage',
    },
    ({ limit, offset, count, sort, updatedSince }) =>
      listCounties(app.db, { updatedSince }, parseSort<CountySort>(sort), { limit, offset, count }),
  );

  getRoute(
    app,
    '/counties/:code',
    {
      config: { public: true },
      operationId: 'getCounty',
      tags: ['Counties'],
      summary: 'Get a county',
      description: 'One county by its two-digit SCB code.',
      params: CountyParams,
      representation: 'County',
    },
    async ({ code }) => found(await findCounty(app.db, code), `No county has the code ${code}`),
  );
};
