import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { HttpProblem, notFound } from '../../lib/problems.ts';
import { type Bundle, currentBundle } from './bundle.ts';
import { demoPage } from './demo-page.ts';

const SCRIPT_TYPES = ['text/javascript', 'application/javascript'];
const HASHED = /^valfardsnavet\.([0-9a-f]{12})\.js$/;

function bundleOrProblem(): Bundle {
  const bundle = currentBundle();
  if (!bundle) {
    throw new HttpProblem(
      503,
      'The embed bundle is not built: run `pnpm --filter @valfardsnavet/embed run build` (dev, test and build do)',
    );
  }
  return bundle;
}

/** Any site may load the script: CORS for module scripts, and a resource policy that lets it cross origins. */
function sendScript(reply: FastifyReply, bundle: Bundle, cacheControl: string) {
  return reply
    .type('text/javascript; charset=utf-8')
    .header('access-control-allow-origin', '*')
    .header('cross-origin-resource-policy', 'cross-origin')
    .header('cache-control', cacheControl)
    .send(bundle.code);
}

/**
 * The web components for associations' own sites (packages/embed), outside /v1 because they are not
 * part of the REST API's contract: the script at a stable URL that revalidates, an immutable copy named
 * by its hash, and a demo page with every element.
 */
export const embedRoutes: FastifyPluginAsync = async (app) => {
  app.get(
    '/embed/v1/valfardsnavet.js',
    { config: { public: true, mediaTypes: SCRIPT_TYPES }, schema: { hide: true } },
    // Sites pick up a new version within five minutes; the ETag makes each check a 304.
    async (_request, reply) => sendScript(reply, bundleOrProblem(), 'public, max-age=300, must-revalidate'),
  );

  app.get<{ Params: { file: string } }>(
    '/embed/v1/:file',
    { config: { public: true, mediaTypes: SCRIPT_TYPES }, schema: { hide: true } },
    async (request, reply) => {
      const bundle = bundleOrProblem();
      const hash = HASHED.exec(request.params.file)?.[1];
      if (hash !== bundle.hash) {
        throw notFound(
          `No embed script is called ${request.params.file}; the current one is valfardsnavet.${bundle.hash}.js`,
        );
      }
      return sendScript(reply, bundle, 'public, max-age=31536000, immutable');
    },
  );

  app.get('/embed/v1', { schema: { hide: true } }, async (_request, reply) => reply.redirect('/embed/v1/', 301));

  app.get(
    '/embed/v1/',
    { config: { public: true, mediaTypes: ['text/html'] }, schema: { hide: true } },
    async (request, reply) => {
      const bundle = bundleOrProblem();
      const origin = `${request.protocol}://${request.host}`;
      return reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'public, max-age=300')
        .send(demoPage(origin, `valfardsnavet.${bundle.hash}.js`));
    },
  );
};
