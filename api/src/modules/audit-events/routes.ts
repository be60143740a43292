import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { sendPage } from '../../http/lists.ts';
import { problemResponses } from '../../lib/problems.ts';
import { listAuditEvents } from './repository.ts';
import { AuditEventQuery } from './schemas.ts';

export const auditEventRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/audit-events',
    {
      config: { access: 'admin' },
      schema: {
        operationId: 'listAuditEvents',
        tags: ['Access'],
        summary: 'List audit events',
        description: 'Every change made through the API, newest first, filtered by entity, actor and time.',
        querystring: AuditEventQuery,
        response: { 200: Type.Ref('AuditEventPage'), ...problemResponses(400, 401, 403, 406, 500) },
      },
    },
    async (request, reply) => {
      const { entityType, entityKey, actor, since, until, limit, offset, count } = request.query;
      const { items, total } = await listAuditEvents(
        app.db,
        { entityType, entityKey, actor, since, until },
        { limit, offset, count },
      );
      return sendPage(request, reply, items, total, { limit, offset });
    },
  );
};
