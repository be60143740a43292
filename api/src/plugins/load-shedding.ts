import underPressure from '@fastify/under-pressure';
import fp from 'fastify-plugin';
import { problemTitle } from '../lib/problems.ts';
import { redactUrl } from '../lib/redact.ts';
import { sendProblem } from './problem-details.ts';

/**
 * An overloaded event loop answers 503 with Retry-After at once instead of letting every request's
 * latency grow: past `maxEventLoopDelayMs` (sampled every 200 ms), new requests are shed until it recovers.
 */
export default fp<{ maxEventLoopDelayMs: number }>(
  async (app, { maxEventLoopDelayMs }) => {
    if (maxEventLoopDelayMs <= 0) return;
    await app.register(underPressure, {
      maxEventLoopDelay: maxEventLoopDelayMs,
      sampleInterval: 200,
      pressureHandler: (request, reply) => {
        sendProblem(
          reply,
          {
            ...problemTitle(503),
            status: 503,
            detail: 'The server is overloaded just now; try again in a few seconds',
            instance: redactUrl(request.url),
          },
          { 'retry-after': '5' },
        );
      },
    });
  },
  { name: 'load-shedding' },
);
