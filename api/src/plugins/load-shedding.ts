import { monitorEventLoopDelay } from 'node:perf_hooks';
import underPressure from '@fastify/under-pressure';
import fp from 'fastify-plugin';
import { problemTitle } from '../lib/problems.ts';
import { redactUrl } from '../lib/redact.ts';
import { sendProblem } from './problem-details.ts';

const SAMPLE_INTERVAL_MS = 200;
const RESOLUTION_MS = 10;

/**
 * An overloaded event loop answers 503 with Retry-After at once instead of letting every request's
 * latency grow: past `maxEventLoopDelayMs` (sampled every 200 ms), new requests are shed until it recovers.
 *
 * Getting ready compiles every route's schemas in one synchronous stretch, which the first sample
 * after it counts as a delay past the limit: the server would shed its first requests just after
 * saying it is ready (and fail its readiness check). So until the sampler has sampled a whole
 * interval after that, what counts is the delay since the server got ready.
 */
export default fp<{ maxEventLoopDelayMs: number }>(
  async (app, { maxEventLoopDelayMs }) => {
    if (maxEventLoopDelayMs <= 0) return;
    const sinceReady = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
    let readyAt: number | undefined;
    app.addHook('onReady', async () => {
      readyAt = performance.now();
      sinceReady.enable();
    });
    app.addHook('onClose', async () => {
      sinceReady.disable();
    });
    const startingUp = () =>
      readyAt !== undefined &&
      performance.now() - readyAt < 2 * SAMPLE_INTERVAL_MS &&
      // No sample yet (NaN) is no delay either.
      !(sinceReady.mean / 1e6 - RESOLUTION_MS > maxEventLoopDelayMs);
    await app.register(underPressure, {
      maxEventLoopDelay: maxEventLoopDelayMs,
      sampleInterval: SAMPLE_INTERVAL_MS,
      pressureHandler: (request, reply, type) => {
        if (type === 'eventLoopDelay' && startingUp()) return;
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
