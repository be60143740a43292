import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { Config } from '../../config.ts';
import { problemResponses } from '../../lib/problems.ts';
import { EventFeedQuery } from './schemas.ts';
import { createFeed } from './service.ts';

export const eventRoutes: FastifyPluginAsyncTypebox<{ config: Config }> = async (app, { config }) => {
  const feed = createFeed({ db: app.db, retentionDays: config.eventRetentionDays });
  app.get(
    '/events',
    {
      schema: {
        operationId: 'listEvents',
        tags: ['Events'],
        summary: 'Read the change feed',
        description:
          'Every change to the register as a domain event (catalogue: docs/events.md), in commit order, from the ' +
          'cursor `after` on. Each caller sees what it may read: anyone the public events, a key or session the ' +
          "published needs' events, a supplier's key its own interests, editors the drafts in their scope, admins " +
          `everything. Events are kept ${config.eventRetentionDays} days; an older cursor is a 410.`,
        querystring: EventFeedQuery,
        response: { 200: Type.Ref('EventPage'), ...problemResponses(400, 406, 410, 500) },
      },
    },
    async (request, reply) => {
      const { after, type, limit } = request.query;
      const page = await feed.read(request.principal, { after, types: type ?? [], limit });
      const url = new URL(request.url, 'http://localhost');
      url.searchParams.set('after', page.next);
      reply.header('link', `<${url.pathname}${url.search}>; rel="next"`);
      return page;
    },
  );
};
