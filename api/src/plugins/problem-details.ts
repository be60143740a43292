import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type {
  FastifyError,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  FastifySchemaValidationError,
} from 'fastify';
import fp from 'fastify-plugin';
import FindMyWay, { type HTTPMethod } from 'find-my-way';
import {
  type FieldError,
  FieldErrorSchema,
  HttpProblem,
  type Problem,
  ProblemSchema,
  problemTitle,
} from '../lib/problems.ts';
import { redactUrl } from '../lib/redact.ts';

const PARTS: Record<string, string> = { querystring: 'query', params: 'path', body: 'body', headers: 'headers' };
const METHODS: HTTPMethod[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];

type AjvError = FastifySchemaValidationError & {
  params: Record<string, unknown>;
  parentSchema?: { description?: string };
};

function fieldErrors(error: FastifyError, request: FastifyRequest): FieldError[] {
  const part = PARTS[error.validationContext ?? ''] ?? error.validationContext ?? 'request';
  const schema = request.routeOptions.schema?.[error.validationContext as 'querystring'] as
    | { properties?: Record<string, unknown> }
    | undefined;
  const errors = (error.validation as AjvError[]).map((v) => {
    const path = v.instancePath.replace(/^\//, '').replace(/\/\d+$/, '');
    if (v.keyword === 'additionalProperties') {
      const name = String(v.params.additionalProperty);
      const allowed = Object.keys(schema?.properties ?? {});
      const what = part === 'query' ? 'query parameter' : 'field';
      return {
        pointer: `/${part}/${[path, name].filter(Boolean).join('/')}`,
        detail: `unknown ${what}; allowed: ${allowed.join(', ') || 'none'}`,
      };
    }
    if (v.keyword === 'required') {
      return {
        pointer: `/${part}/${[path, String(v.params.missingProperty)].filter(Boolean).join('/')}`,
        detail: 'is required',
      };
    }
    let detail = v.message ?? 'is invalid';
    if (v.keyword === 'type') detail = `must be ${String(v.params.type).split(',').join(' or ')}`;
    if (v.keyword === 'enum') detail += `: ${(v.params.allowedValues as unknown[]).join(', ')}`;
    if (v.keyword === 'pattern' && v.parentSchema?.description) detail = `must be ${v.parentSchema.description}`;
    return { pointer: `/${part}/${path}`, detail, keyword: v.keyword };
  });
  // A value that fails a union (a URL or null, say) fails every branch; name the field once, with the
  // branch that says most ("must match format uri" rather than "must be null").
  const byPointer = new Map<string, { pointer: string; detail: string; keyword?: string }>();
  for (const e of errors) {
    const seen = byPointer.get(e.pointer);
    const vague = (x: { keyword?: string; detail: string }) => x.keyword === 'anyOf' || x.detail === 'must be null';
    if (!seen || (vague(seen) && !vague(e))) byPointer.set(e.pointer, e);
  }
  return [...byPointer.values()].map(({ pointer, detail }) => ({ pointer, detail }));
}

export function sendProblem(reply: FastifyReply, problem: Problem, headers: Record<string, string> = {}) {
  return reply
    .code(problem.status)
    .headers(headers)
    .type('application/problem+json; charset=utf-8')
    .send(JSON.stringify(problem));
}

/**
 * Fastify's answers from before routing (a path with malformed percent-encoding, a path parameter over
 * the router's maximum length) as problem details.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const instance = redactUrl(request.url);
  const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
  const status = tooLong ? 414 : (error.statusCode ?? 400);
  const detail = tooLong
    ? 'A path segment is longer than 200 characters; no resource has such a key'
    : error.code === 'FST_ERR_BAD_URL'
      ? 'The path holds malformed percent-encoding or encoded bytes that are not UTF-8'
      : 'The request could not be routed';
  return sendProblem(reply, { ...problemTitle(status), status, detail, instance });
}

const CLIENT_ERRORS: Record<string, [status: number, detail: string]> = {
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'The request was not received in time'],
  HPE_HEADER_OVERFLOW: [431, 'The request headers are too large'],
};

/**
 * Answers a request Node's HTTP parser refused (broken framing, headers too large, too slow) with
 * problem details on the raw socket; there is no request object to route, so there is no `instance`.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, detail] = CLIENT_ERRORS[error.code ?? ''] ?? [400, 'The request is not well-formed HTTP/1.1'];
  const body = JSON.stringify({ ...problemTitle(status), status, detail });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/problem+json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

/** One central place that turns every error into RFC 9457 problem details. */
export default fp(
  async (app: FastifyInstance) => {
    app.addSchema(FieldErrorSchema);
    app.addSchema(ProblemSchema);

    // Every route is also entered in a router of its own, so that a path known under another method
    // answers 405 with `Allow` instead of 404.
    const known = FindMyWay({ ignoreTrailingSlash: false });
    app.addHook('onRoute', (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      for (const method of methods) {
        if (METHODS.includes(method as HTTPMethod) && !known.find(method as HTTPMethod, route.url)) {
          known.on(method as HTTPMethod, route.url, () => {});
        }
      }
    });

    app.setNotFoundHandler((request, reply) => {
      const path = request.url.split('?')[0] ?? request.url;
      const allowed = METHODS.filter((method) => known.find(method, path));
      const instance = redactUrl(request.url);
      if (allowed.length > 0) {
        return sendProblem(
          reply,
          {
            ...problemTitle(405),
            status: 405,
            detail: `${request.method} is not supported on ${path}; use ${allowed.join(', ')}`,
            instance,
          },
          { allow: allowed.join(', ') },
        );
      }
      return sendProblem(reply, { ...problemTitle(404), status: 404, detail: `No resource at ${path}`, instance });
    });

    app.setErrorHandler((error: FastifyError | HttpProblem, request, reply) => {
      const instance = redactUrl(request.url);
      if (error instanceof HttpProblem) {
        const { type, title, status, detail } = error;
        const errors = error.options.errors;
        return sendProblem(
          reply,
          { type, title, status, detail, instance, ...(errors ? { errors } : {}) },
          error.options.headers,
        );
      }
      if (error.validation) {
        const errors = fieldErrors(error, request);
        const detail = `The request has ${errors.length} invalid ${errors.length === 1 ? 'field' : 'fields'}: ${errors
          .map((e) => `${e.pointer} ${e.detail}`)
          .join('; ')}`;
        return sendProblem(reply, {
          ...problemTitle(400),
          type: problemTitle(400).type.replace(/bad-request$/, 'validation'),
          title: 'Invalid request',
          status: 400,
          detail,
          instance,
          errors,
        });
      }
      const status = error.statusCode ?? 500;
      if (status >= 400 && status < 500) {
        // Fastify's own 4xx errors (malformed JSON, wrong content type, body too large) carry safe messages.
        return sendProblem(reply, { ...problemTitle(status), status, detail: error.message, instance });
      }
      request.log.error({ err: error }, 'request failed');
      const serverStatus = Math.max(status, 500);
      return sendProblem(reply, {
        ...problemTitle(serverStatus),
        status: serverStatus,
        detail: `The server could not complete the request. Quote request id ${request.id} if you contact us.`,
        instance,
      });
    });
  },
  { name: 'problem-details' },
);
