import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { sendPage } from '../../http/lists.ts';
import { createRoute, deleteRoute } from '../../http/routes.ts';
import { parseSort } from '../../lib/lists.ts';
import { found, problemResponses } from '../../lib/problems.ts';
import { findApiClient, listApiClients } from './repository.ts';
import { ApiClient, ApiClientListQuery, ApiClientParams, CreatedApiClient, NewApiClient } from './schemas.ts';
import { createApiClientService } from './service.ts';

export const apiClientRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const access = { access: 'admin' as const };
  const clients = createApiClientService({ db: app.db, forgetKeys: () => app.apiKeys.forget() });

  app.get(
    '/api-clients',
    {
      config: access,
      schema: {
        operationId: 'listApiClients',
        tags: ['Access'],
        summary: 'List API clients',
        description: 'Integrators and suppliers with keys; keys themselves are never shown again.',
        querystring: ApiClientListQuery,
        response: { 200: Type.Ref('ApiClientPage'), ...problemResponses(400, 401, 403, 406, 500) },
      },
    },
    async (request, reply) => {
      const { kind, revoked, sort, limit, offset, count } = request.query;
      const { items, total } = await listApiClients(app.db, { kind, revoked }, parseSort(sort), {
        limit,
        offset,
        count,
      });
      return sendPage(request, reply, items, total, { limit, offset });
    },
  );

  app.get(
    '/api-clients/:id',
    {
      config: access,
      schema: {
        operationId: 'getApiClient',
        tags: ['Access'],
        summary: 'Get an API client',
        description: 'One API client, with when its key was last used.',
        params: ApiClientParams,
        response: { 200: Type.Ref('ApiClient'), ...problemResponses(400, 401, 403, 404, 406, 500) },
      },
    },
    async (request) => {
      return found(await findApiClient(app.db, request.params.id), `No API client has the id ${request.params.id}`);
    },
  );

  createRoute(
    app,
    '/api-clients',
    {
      ...access,
      operationId: 'createApiClient',
      tags: ['Access'],
      summary: 'Create an API client and its key',
      description:
        'Creates a key for an integrator or a supplier (whose organisation is created, or found by its ' +
        'organisationsnummer). The key is in this answer only; it is stored as a hash.',
      body: NewApiClient,
      created: CreatedApiClient,
      problems: [400, 401, 403, 406, 415, 422, 500],
    },
    (actor, body) => clients.create(actor, body),
    (created) => `/v1/api-clients/${created.client.id}`,
  );

  deleteRoute(
    app,
    '/api-clients/:id',
    {
      ...access,
      operationId: 'revokeApiClient',
      tags: ['Access'],
      summary: "Revoke an API client's key",
      description: `Revokes the key: it stops working at once on this instance and within the key cache time on others. Needs If-Match.`,
      params: ApiClientParams,
      changed: ApiClient,
      problems: [400, 401, 403, 404, 406, 409, 412, 428, 500],
    },
    (actor, { id }, precondition) => clients.revoke(actor, id, precondition),
  );
};
