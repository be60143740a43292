import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { HttpProblem } from '../lib/problems.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Media types the route answers besides JSON, such as text/csv or application/geo+json. */
    mediaTypes?: string[];
  }
  interface FastifyRequest {
    /** The media type chosen from the route's types by the Accept header: application/json unless another wins. */
    answerType: string;
  }
}

const JSON_TYPE = 'application/json';

interface Range {
  type: string;
  subtype: string;
  q: number;
}

function parseAccept(accept: string): Range[] {
  return accept.split(',').flatMap((part) => {
    const [range = '', ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const [type, subtype] = range.split('/');
    if (!type || !subtype) return [];
    const q = params.find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    return [{ type, subtype, q: Number.isFinite(weight) ? weight : 0 }];
  });
}

/** The weight the Accept ranges give a media type: that of the most specific range matching it (RFC 9110 §12.5.1). */
function weightOf(mediaType: string, ranges: Range[]): number {
  const [type, subtype] = mediaType.split('/');
  let best: { specificity: number; q: number } | undefined;
  for (const range of ranges) {
    const specificity =
      range.type === type && range.subtype === subtype
        ? 2
        : range.type === type && range.subtype === '*'
          ? 1
          : range.type === '*' && range.subtype === '*'
            ? 0
            : -1;
    if (specificity >= 0 && (!best || specificity > best.specificity)) best = { specificity, q: range.q };
  }
  return best?.q ?? 0;
}

/**
 * The media type to answer with. JSON (with problem+json, which every error is) is always on offer and
 * wins ties, so a browser's `*\/*` gets JSON; a route's own types win only when asked for by name or weight.
 */
export function negotiate(accept: string | undefined, offered: string[]): string | undefined {
  if (!accept) return JSON_TYPE;
  const ranges = parseAccept(accept);
  const json = Math.max(weightOf(JSON_TYPE, ranges), weightOf('application/problem+json', ranges));
  let chosen = json > 0 ? { type: JSON_TYPE, q: json } : undefined;
  for (const type of offered) {
    const q = weightOf(type, ranges);
    if (q > 0 && (!chosen || q > chosen.q)) chosen = { type, q };
  }
  return chosen?.type;
}

function offeredBy(request: FastifyRequest): string[] {
  return request.routeOptions.config?.mediaTypes ?? [];
}

/** The API speaks JSON, and a route may offer more (CSV, GeoJSON): an Accept header that allows none of them is a 406. */
export default fp(
  async (app) => {
    app.decorateRequest('answerType', JSON_TYPE);
    app.addHook('onSend', (request, reply, payload, done) => {
      // Caches must keep the CSV and the JSON of one URL apart.
      if (offeredBy(request).length > 0) {
        const vary = reply.getHeader('vary');
        reply.header('vary', vary ? `${vary}, Accept` : 'Accept');
      }
      done(null, payload);
    });
    app.addHook('onRequest', async (request) => {
      const offered = offeredBy(request);
      const chosen = negotiate(request.headers.accept, offered);
      if (!chosen) {
        const types = [JSON_TYPE, ...offered].join(', ');
        throw new HttpProblem(
          406,
          `This resource answers with ${types}; the Accept header "${request.headers.accept}" allows none of them`,
        );
      }
      request.answerType = chosen;
    });
  },
  { name: 'content-negotiation' },
);
