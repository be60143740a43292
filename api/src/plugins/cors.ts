import fp from 'fastify-plugin';

/**
 * What a script on another origin may read beyond the CORS-safelisted headers (Content-Type, Cache-Control,
 * Content-Length…): every header the API sends for a client to act on, the CSV's file name included.
 */
const EXPOSED = [
  'ETag',
  'Link',
  'Location',
  'Content-Disposition',
  'API-Version',
  'X-Request-Id',
  'Retry-After',
  'RateLimit-Limit',
  'RateLimit-Remaining',
  'RateLimit-Reset',
  'WWW-Authenticate',
].join(', ');
const ALLOWED = 'Content-Type, Authorization, If-Match, If-None-Match, traceparent, X-Request-Id, X-CSRF-Token';
const METHODS = 'GET, HEAD, POST, PUT, PATCH, DELETE';

/**
 * Any origin may read without credentials; only the configured admin origins may send credentials
 * (cookies), so a session can never be used from another site. Preflights are answered here, before
 * routing. Every response varies by Origin, so shared caches keep the two answers apart.
 */
export default fp<{ adminOrigins: string[] }>(
  async (app, { adminOrigins }) => {
    const trusted = new Set(adminOrigins);
    app.addHook('onRequest', (request, reply, done) => {
      reply.header('vary', 'Origin');
      const origin = request.headers.origin;
      if (origin === undefined) return done();
      if (trusted.has(origin)) {
        reply.header('access-control-allow-origin', origin);
        reply.header('access-control-allow-credentials', 'true');
      } else {
        reply.header('access-control-allow-origin', '*');
      }
      if (request.method === 'OPTIONS' && request.headers['access-control-request-method'] !== undefined) {
        reply
          .code(204)
          .header('access-control-allow-methods', METHODS)
          .header('access-control-allow-headers', ALLOWED)
          .header('access-control-max-age', '600')
          .send();
        return;
      }
      reply.header('access-control-expose-headers', EXPOSED);
      done();
    });
  },
  { name: 'cors' },
);
