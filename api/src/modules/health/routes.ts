import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { sql } from 'drizzle-orm';
import Type from 'typebox';
import { HttpProblem, problemResponses } from '../../lib/problems.ts';

const READY_TIMEOUT_MS = 800;

const Health = Type.Object({ status: Type.Literal('ok') }, { $id: 'Health', description: 'The service is healthy.' });

/** Liveness and readiness for orchestrators and load balancers; outside /v1 because they are not the API. */
export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addSchema(Health);

  app.get(
    '/health/live',
    {
      schema: {
        operationId: 'getLiveness',
        tags: ['Service'],
        summary: 'Liveness',
        description: 'Answers 200 while the process is running.',
        response: { 200: Type.Ref('Health'), ...problemResponses(500) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/health/ready',
    {
      schema: {
        operationId: 'getReadiness',
        tags: ['Service'],
        summary: 'Readiness',
        description: 'Answers 200 when the database answers, 503 when it does not or the server is shutting down.',
        response: { 200: Type.Ref('Health'), ...problemResponses(500, 503) },
      },
    },
    async (request) => {
      // Answered within READY_TIMEOUT_MS whatever the database does, so a balancer never waits on it.
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${READY_TIMEOUT_MS} ms`)), READY_TIMEOUT_MS);
      });
      try {
        await Promise.race([app.db.execute(sql`select 1`), late]);
      } catch (err) {
        request.log.warn({ err }, 'readiness check: database did not answer');
        throw new HttpProblem(503, 'The database does not answer', { headers: { 'retry-after': '2' } });
      } finally {
        clearTimeout(timer);
      }
      return { status: 'ok' as const };
    },
  );
};
