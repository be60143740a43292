import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { sendPage } from '../../http/lists.ts';
import { readResponses } from '../../http/responses.ts';
import { parseSort } from '../../lib/lists.ts';
import { found } from '../../lib/problems.ts';
import { type CountySort, findCounty, listCounties } from './repository.ts';
import { CountyListQuery, CountyParams } from './schemas.ts';

export const countyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/counties',
    {
      config: { public: true },
      schema: {
        operationId: 'listCounties',
        tags: ['Counties'],
        summary: 'List counties',
        description: 'The 21 Swedish counties with the region that governs each, and how many municipalities it has.',
        querystring: CountyListQuery,
        response: readResponses('CountyPage', 400),
      },
    },
    async (request, reply) => {
      const { limit, offset, count, sort, updatedSince } = request.query;
      const { items, total } = await listCounties(app.db, { updatedSince }, parseSort<CountySort>(sort), {
        limit,
        offset,
        count,
      });
      return sendPage(request, reply, items, total, { limit, offset });
    },
  );

  app.get(
    '/counties/:code',
    {
      config: { public: true },
      schema: {
        operationId: 'getCounty',
        tags: ['Counties'],
        summary: 'Get a county',
        description: 'One county by its two-digit SCB code.',
        params: CountyParams,
        response: readResponses('County', 400, 404),
      },
    },
    async (request) => {
      return found(await findCounty(app.db, request.params.code), `No county has the code ${request.params.code}`);
    },
  );
};
