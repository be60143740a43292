import { hash } from 'node:crypto';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A public read: any origin may read it and shared caches may keep it for a minute. */
    public?: boolean;
  }
}

/** A strong ETag of a representation's bytes (SHA-1 names content here; it guards nothing secret). */
export function etagOf(body: string | Buffer): string {
  return `"${hash('sha1', body, 'base64url')}"`;
}

/** If-None-Match uses weak comparison (RFC 9110 §13.1.2): W/ prefixes are ignored. */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag);
}

/**
 * HTTP caching for every response: a strong ETag on successful reads and writes with 304 for a matching
 * If-None-Match, and Cache-Control — public for public reads, `private, no-store` for everything else.
 */
export default fp(
  async (app) => {
    app.addHook('onSend', (request, reply, payload, done) => {
      if (!reply.hasHeader('cache-control')) {
        // Only what anyone may see goes to shared caches: an answer to credentials stays private.
        const publicRead =
          request.routeOptions.config?.public === true &&
          reply.statusCode < 400 &&
          request.principal?.kind === 'anonymous';
        reply.header('cache-control', publicRead ? 'public, max-age=60' : 'private, no-store');
      }
      // An ETag set before the handler ran (a list's, from the read version) names no error.
      if (reply.statusCode >= 400) reply.removeHeader('etag');
      if (reply.statusCode !== 200 && reply.statusCode !== 201) return done(null, payload);
      if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return done(null, payload);
      // A list's ETag is made from the read version (plugins/read-cache.ts); anything else's from its bytes.
      const etag = (reply.getHeader('etag') as string | undefined) ?? etagOf(payload);
      reply.header('etag', etag);
      // Writes answer with the new representation and its ETag, ready for the next If-Match.
      if (request.method !== 'GET' && request.method !== 'HEAD') return done(null, payload);
      const ifNoneMatch = request.headers['if-none-match'];
      if (etagMatches(ifNoneMatch, etag)) {
        reply.code(304);
        reply.removeHeader('content-length');
        return done(null, '');
      }
      done(null, payload);
    });
  },
  { name: 'etag' },
);
