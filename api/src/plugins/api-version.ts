import fp from 'fastify-plugin';
import { API_VERSION } from '../version.ts';

/** Every response says which version of the API produced it (DIGG VER.06). */
export default fp(
  async (app) => {
    app.addHook('onRequest', (_request, reply, done) => {
      reply.header('api-version', API_VERSION);
      done();
    });
  },
  { name: 'api-version' },
);
