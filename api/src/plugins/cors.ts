import cors from '@fastify/cors';
import fp from 'fastify-plugin';

const EXPOSED = ['ETag', 'Link', 'Location', 'API-Version', 'X-Request-Id', 'Retry-After'];
const ALLOWED = [
  'Content-Type',
  'Authorization',
  'If-Match',
  'If-None-Match',
  'traceparent',
  'X-Request-Id',
  'X-CSRF-Token',
];

/**
 * Any origin may read without credentials; only the configured admin origins may send credentials
 * (cookies), so a session can never be used from another site.
 */
export default fp<{ adminOrigins: string[] }>(
  async (app, { adminOrigins }) => {
    const trusted = new Set(adminOrigins);
    app.addHook('onRequest', async (_request, reply) => {
      reply.header('vary', 'Origin');
    });
    await app.register(cors, {
      hook: 'onRequest',
      delegator: (request, callback) => {
        const origin = request.headers.origin;
        const credentialed = origin !== undefined && trusted.has(origin);
        callback(null, {
          origin: credentialed ? origin : '*',
          credentials: credentialed,
          exposedHeaders: EXPOSED,
          allowedHeaders: ALLOWED,
          methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
          maxAge: 600,
          strictPreflight: false,
        });
      },
    });
  },
  { name: 'cors' },
);
