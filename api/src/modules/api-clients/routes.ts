import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { actorOf, preconditionOf, sendCreated } from '../../http/changes.ts';
import { sendPage } from '../../http/lists.ts';
import { changeResponses, createResponses } from '../../http/responses.ts';
import { parseSort } from '../../lib/lists.ts';
import { notFound, problemResponses } from '../../lib/problems.ts';
import { ref } from '../../lib/ref.ts';
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
      const client = await findApiClient(app.db, request.params.id);
      if (!client) throw notFound(`No API client has the id ${request.params.id}`);
      return client;
    },
  );

  app.post(
    '/api-clients',
    {
      config: access,
      schema: {
        operationId: 'createApiClient',
        tags: ['Access'],
        summary: 'Create an API client and its key',
        description:
          'Creates a key for an integrator or a supplier (whose organisation is created, or found by its ' +
          'organisationsnummer). The key is in this answer only; it is stored as a hash.',
        body: ref(NewApiClient),
        response: createResponses(CreatedApiClient, [400, 401, 403, 406, 415, 422, 500]),
      },
    },
    async (request, reply) => {
      const created = await clients.create(actorOf(request), request.body);
      return sendCreated(reply, `/v1/api-clients/${created.client.id}`, created);
    },
  );

  app.delete(
    '/api-clients/:id',
    {
      config: access,
      schema: {
        operationId: 'revokeApiClient',
        tags: ['Access'],
        summary: "Revoke an API client's key",
        description: `Revokes the key: it stops working at once on this instance and within the key cache time on others. Needs If-Match.`,
        params: ApiClientParams,
        response: changeResponses(ApiClient, [400, 401, 403, 404, 406, 409, 412, 428, 500]),
      },
    },
    (request, reply) =>
      clients.revoke(actorOf(request), request.params.id, preconditionOf(request, reply, 'ApiClient')),
  );
};
