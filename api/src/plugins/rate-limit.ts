import fp from 'fastify-plugin';
import type { Config } from '../config.ts';
import type { Counters } from '../lib/counters.ts';
import { documentProblem, HttpProblem } from '../lib/problems.ts';

declare module 'fastify' {
  interface FastifyInstance {
    counters: Counters;
  }
}

/**
 * Rate limits per API key (by its tier) and per IP address for everyone else, in fixed windows. Every
 * response says where the caller stands (RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, in the
 * IETF draft's names); past the limit the answer is 429 with Retry-After. The counters are in memory,
 * or in Redis when REDIS_URL is set, so that all API instances count together.
 */
export default fp<{ config: Config; counters: Counters }>(
  async (app, { config, counters }) => {
    app.decorate('counters', counters);
    const windowMs = config.rateLimit.windowSeconds * 1000;
    app.addHook('onRoute', (route) => {
      if (route.schema && !route.schema.hide) documentProblem(route.schema, 429);
    });
    app.addHook('onRequest', async (request, reply) => {
      const principal = request.principal;
      const [key, limit] =
        principal.kind === 'api_client'
          ? [`rate:key:${principal.id}`, principal.tier === 'high' ? config.rateLimit.keyHigh : config.rateLimit.key]
          : [`rate:ip:${request.ip}`, config.rateLimit.anonymous];
      let state: { count: number; resetMs: number };
      try {
        state = await counters.hit(key, windowMs);
      } catch (err) {
        // A counter store that is down must not take the API down with it.
        request.log.error({ err }, 'rate limit counters unavailable; request let through');
        return;
      }
      const resetSeconds = Math.max(1, Math.ceil(state.resetMs / 1000));
      reply.header('ratelimit-limit', String(limit));
      reply.header('ratelimit-remaining', String(Math.max(0, limit - state.count)));
      reply.header('ratelimit-reset', String(resetSeconds));
      if (state.count > limit) {
        throw new HttpProblem(
          429,
          `More than ${limit} requests in ${config.rateLimit.windowSeconds} s; wait ${resetSeconds} s`,
          {
            headers: { 'retry-after': String(resetSeconds) },
          },
        );
      }
    });
  },
  { name: 'rate-limit', dependencies: ['auth'] },
);
