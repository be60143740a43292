import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { CHANGES_CHANNEL, currentReadVersion } from '../changes/read-version.ts';
import type { Database } from '../db/client.ts';
import { etagMatches, etagOf } from './etag.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Set at registration for GET routes that take `limit`: their ETag is made from the read version. */
    list?: boolean;
  }
  interface FastifyRequest {
    readCache?: { version: number; key: string; etag?: string; hit?: boolean };
  }
}

/** How long an instance trusts the read version it knows without hearing of a change: the bound on staleness. */
const TRUST_MS = 1000;
const MAX_ENTRIES = 2000;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const MAX_BYTES = 64 * 1024 * 1024;
/** The headers of a representation, kept with it; the others (CORS, rate limits, request id) are the request's own. */
const KEPT_HEADERS = ['content-type', 'content-disposition', 'link', 'etag'] as const;

interface Entry {
  version: number;
  payload: string | Buffer;
  headers: Record<string, string>;
}

/**
 * The read version as this instance knows it: re-read at most once a second, and forgotten at once
 * when a change is announced. `onChange` hears of every announced change.
 */
function readVersions(read: () => Promise<number>) {
  let known: { version: number; at: number } | undefined;
  let pending: Promise<number> | undefined;
  let generation = 0;
  return {
    forget() {
      generation++;
      known = undefined;
      pending = undefined;
    },
    current(): number | Promise<number> {
      if (known && Date.now() - known.at < TRUST_MS) return known.version;
      if (pending) return pending;
      const asked = generation;
      pending = read().then(
        (version) => {
          // A change announced while reading may not be in what was read: keep only an answer that is safe.
          if (asked === generation) known = { version, at: Date.now() };
          pending = undefined;
          return version;
        },
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
    /** The version, if it is known and still trusted. */
    peek: () => (known && Date.now() - known.at < TRUST_MS ? known.version : undefined),
  };
}

/** A request as a cache key: who asks (anyone, or a key), what is asked, in the format negotiated for it. */
function keyOf(request: FastifyRequest): string {
  const url = new URL(request.url, 'http://localhost');
  url.searchParams.sort();
  const who = request.principal.kind === 'anonymous' ? 'anonymous' : 'key';
  return `${who} ${url.pathname}${url.search} ${request.answerType}`;
}

/**
 * Public reads without the work: a GET of a list whose ETag (made from the read version and the
 * request) still matches answers 304 before any query runs; with `cachePublicReads`, rendered answers
 * to anonymous public reads are kept in memory and served again until a change commits. Every
 * committed change advances the read version and is announced with NOTIFY, so each instance forgets
 * what it cached at once, and at most a second later if the announcement is lost. Answers read with
 * credentials (a key or a session) never come from the cache; a signed-in person's reads take the
 * ordinary path altogether, since what they may see differs.
 */
export default fp<{ cachePublicReads: boolean; listen?: Database['listen'] | undefined }>(
  async (app, { cachePublicReads, listen }) => {
    const entries = new Map<string, Entry>();
    let bytes = 0;
    const clear = () => {
      entries.clear();
      bytes = 0;
    };
    const versions = readVersions(() => currentReadVersion(app.db));
    const onChange = () => {
      versions.forget();
      clear();
    };
    if (listen) {
      // (Re)starting to listen may have missed announcements: forget as if one came.
      const unlisten = await listen(CHANGES_CHANNEL, onChange, onChange);
      app.addHook('onClose', async () => unlisten());
    }

    app.addHook('onRoute', (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      const query = route.schema?.querystring as { properties?: Record<string, unknown> } | undefined;
      if (methods.includes('GET') && query?.properties?.limit !== undefined) {
        route.config = { ...route.config, list: true };
      }
    });

    const eligible = (request: FastifyRequest) =>
      request.method === 'GET' && request.routeOptions.config?.public === true && request.principal.kind !== 'user';

    app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
      if (!eligible(request)) return;
      const version = await versions.current();
      const key = keyOf(request);
      request.readCache = { version, key };
      if (request.routeOptions.config.list) {
        const etag = etagOf(`${version} ${key}`);
        request.readCache.etag = etag;
        reply.header('etag', etag);
        if (etagMatches(request.headers['if-none-match'], etag)) return reply.code(304).send();
      }
      if (!cachePublicReads || request.principal.kind !== 'anonymous') return;
      const entry = entries.get(key);
      if (!entry || entry.version !== version) return;
      request.readCache.hit = true;
      for (const [name, value] of Object.entries(entry.headers)) reply.header(name, value);
      // The etag plugin answers 304 to a matching If-None-Match from the kept ETag, without hashing.
      return reply.code(200).send(entry.payload);
    });

    // After the etag plugin's: the answer has its ETag (and a matching If-None-Match made it a 304).
    app.addHook('onSend', (request, reply, payload, done) => {
      // A change made here has committed by now: what this instance knew is stale, before any announcement.
      if (!SAFE_METHODS.has(request.method) && reply.statusCode < 400) onChange();
      const cached = request.readCache;
      if (!cached || reply.statusCode !== 200) return done(null, payload);
      if (cached.hit || !cachePublicReads || request.principal.kind !== 'anonymous') return done(null, payload);
      if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return done(null, payload);
      // Only what was read at the version it is kept under: a change announced meanwhile makes it stale.
      if (versions.peek() !== cached.version) return done(null, payload);
      const headers: Record<string, string> = {};
      for (const name of KEPT_HEADERS) {
        const value = reply.getHeader(name);
        if (value !== undefined) headers[name] = String(value);
      }
      if (entries.size >= MAX_ENTRIES || bytes + payload.length > MAX_BYTES) clear();
      const previous = entries.get(cached.key);
      if (previous) bytes -= previous.payload.length;
      entries.set(cached.key, { version: cached.version, payload, headers });
      bytes += payload.length;
      done(null, payload);
    });
  },
  { name: 'read-cache', dependencies: ['etag'] },
);
