import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { eq, sql } from 'drizzle-orm';
import Type from 'typebox';
import { auditedChange, recordAudit } from '../../changes/legacy.ts';
import { apiClients, suppliers } from '../../db/schema/index.ts';
import { sendPage } from '../../http/lists.ts';
import { parseSort } from '../../lib/lists.ts';
import { normaliseOrganisationNumber } from '../../lib/organisation-number.ts';
import { HttpProblem, notFound, problemResponses } from '../../lib/problems.ts';
import { randomToken, tokenHash } from '../../lib/tokens.ts';
import { findApiClient, listApiClients } from './repository.ts';
import { ApiClientListQuery, ApiClientParams } from './schemas.ts';

interface NewClientBody {
  name: string;
  kind: 'integrator' | 'supplier';
  supplier?: { name: string; organisationNumber: string; website?: string; contactEmail?: string };
  rateLimitTier?: 'standard' | 'high';
}

export const apiClientRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const access = { access: 'admin' as const };

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
        body: Type.Ref('NewApiClient'),
        response: { 201: Type.Ref('CreatedApiClient'), ...problemResponses(400, 401, 403, 406, 415, 422, 500) },
      },
    },
    async (request, reply) => {
      const body = request.body as NewClientBody;
      if ((body.kind === 'supplier') !== (body.supplier !== undefined)) {
        throw new HttpProblem(422, 'A supplier key needs its supplier organisation; an integrator key has none', {
          errors: [
            {
              pointer: '/body/supplier',
              detail: body.kind === 'supplier' ? 'is required for a supplier' : 'must be left out for an integrator',
            },
          ],
        });
      }
      const organisationNumber = body.supplier ? normaliseOrganisationNumber(body.supplier.organisationNumber) : null;
      if (body.supplier && !organisationNumber) {
        throw new HttpProblem(
          422,
          `${body.supplier.organisationNumber} is not a valid organisationsnummer (its check digit is wrong)`,
          {
            errors: [{ pointer: '/body/supplier/organisationNumber', detail: 'has a wrong check digit' }],
          },
        );
      }
      const key = `vn_${randomToken()}`;
      const created = await app.db.transaction(async (tx) => {
        let supplierId: string | null = null;
        if (body.supplier && organisationNumber) {
          const [supplier] = await tx
            .insert(suppliers)
            .values({
              name: body.supplier.name,
              organisationNumber,
              website: body.supplier.website ?? null,
              contactEmail: body.supplier.contactEmail ?? null,
            })
            .onConflictDoUpdate({
              target: suppliers.organisationNumber,
              set: { updatedAt: sql`${suppliers.updatedAt}` },
            })
            .returning({ id: suppliers.id });
          supplierId = supplier?.id ?? null;
        }
        const [row] = await tx
          .insert(apiClients)
          .values({
            name: body.name,
            kind: body.kind,
            supplierId,
            keyPrefix: key.slice(0, 7),
            keyHash: tokenHash(key),
            rateLimitTier: body.rateLimitTier ?? 'standard',
            createdBy: request.principal.kind === 'user' ? request.principal.id : null,
          })
          .returning({ id: apiClients.id });
        const client = await findApiClient(tx, row?.id as string);
        await recordAudit(tx, request, {
          action: 'create',
          entityType: 'api_client',
          entityKey: row?.id as string,
          before: null,
          after: client,
        });
        return client;
      });
      reply.code(201).header('location', `/v1/api-clients/${created?.id}`);
      return { client: created, key };
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
        response: { 200: Type.Ref('ApiClient'), ...problemResponses(400, 401, 403, 404, 406, 409, 412, 428, 500) },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const revoked = await auditedChange(app, request, reply, {
        schemaId: 'ApiClient',
        entityType: 'api_client',
        key: id,
        action: 'revoke',
        find: (tx, lock) => findApiClient(tx, id, lock),
        missing: `No API client has the id ${id}`,
        apply: async (tx, before) => {
          if (before.revokedAt) throw new HttpProblem(409, 'This key is revoked already');
          await tx
            .update(apiClients)
            .set({ revokedAt: new Date(), updatedAt: new Date() })
            .where(eq(apiClients.id, id));
        },
      });
      app.apiKeys.forget();
      return revoked;
    },
  );
};
