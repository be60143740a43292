import fp from 'fastify-plugin';
import { HttpProblem } from '../lib/problems.ts';

const JSON_TYPES = ['*/*', 'application/*', 'application/json', 'application/problem+json'];

function acceptsJson(accept: string): boolean {
  return accept.split(',').some((range) => {
    const [type = '', ...params] = range.split(';').map((part) => part.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    return JSON_TYPES.includes(type) && (q === undefined || Number(q.slice(2)) > 0);
  });
}

/** The API speaks JSON only: a request whose Accept header rules JSON out gets 406. */
export default fp(
  async (app) => {
    app.addHook('onRequest', async (request) => {
      const accept = request.headers.accept;
      if (accept && !acceptsJson(accept)) {
        throw new HttpProblem(
          406,
          `This API answers with application/json; the Accept header "${accept}" does not allow it`,
        );
      }
    });
  },
  { name: 'content-negotiation' },
);
