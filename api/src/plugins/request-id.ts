import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { type FastifyReply, type FastifyRequest, LogController } from 'fastify';
import fp from 'fastify-plugin';
import { redactUrl } from '../lib/redact.ts';

const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const TRACEPARENT = /^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$/;

declare module 'fastify' {
  interface FastifyRequest {
    /** W/3C trace id from an incoming `traceparent`, passed on to anything the request calls. */
    traceparent?: string;
  }
}

/** Keeps a caller's X-Request-Id when it is a sane token, so logs on both sides line up; otherwise a UUID. */
export function genReqId(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && SAFE_ID.test(given) ? given : randomUUID();
}

/** Returns X-Request-Id on every response and adds the W3C trace id to the request's log lines. */
export default fp(
  async (app) => {
    app.addHook('onRequest', (request, reply, done) => {
      reply.header('x-request-id', request.id);
      const traceparent = request.headers.traceparent;
      const match = typeof traceparent === 'string' ? TRACEPARENT.exec(traceparent) : null;
      if (match) {
        request.traceparent = traceparent as string;
        request.log = request.log.child({ traceId: match[1] });
      }
      done();
    });
  },
  { name: 'request-id' },
);

/**
 * One log line per request, when it completes, with everything an operator looks for (the request id
 * comes from the request's logger). Fastify's default writes two lines a request; the arrival is
 * logged only at debug level.
 */
export class RequestLog extends LogController {
  override incomingRequest(request: FastifyRequest) {
    request.log.debug({ method: request.method, url: redactUrl(request.url) }, 'incoming request');
  }

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply) {
    const line = {
      method: request.method,
      url: redactUrl(request.url),
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 10) / 10,
    };
    if (error) reply.log.error({ ...line, err: error }, 'request failed');
    else reply.log.info(line, 'request completed');
  }
}
