import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyServerOptions } from 'fastify';
import type { Config } from './config.ts';
import type { Db } from './db/client.ts';
import { apiInfoRoutes } from './modules/api-info/routes.ts';
import { associationRoutes } from './modules/associations/routes.ts';
import { countyRoutes } from './modules/counties/routes.ts';
import { healthRoutes } from './modules/health/routes.ts';
import { municipalityRoutes } from './modules/municipalities/routes.ts';
import apiVersion from './plugins/api-version.ts';
import contentNegotiation from './plugins/content-negotiation.ts';
import cors from './plugins/cors.ts';
import etag from './plugins/etag.ts';
import gracefulClose from './plugins/graceful-close.ts';
import openapi from './plugins/openapi.ts';
import problemDetails from './plugins/problem-details.ts';
import requestId, { genReqId, RequestLog } from './plugins/request-id.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
  }
}

export interface AppDependencies {
  db: Db;
}

/** Builds the API: plugins first, then the modules. It never listens; server.ts and the tests do. */
export async function buildApp(config: Config, deps: AppDependencies, logger: FastifyServerOptions['logger'] = false) {
  const app = Fastify({
    logger,
    genReqId,
    logController: new RequestLog(),
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: false, maxParamLength: 200 },
    ajv: {
      customOptions: {
        // Unknown query parameters and fields are errors (API.md), not silently dropped.
        removeAdditional: false,
        coerceTypes: 'array',
        useDefaults: true,
        allErrors: true,
        verbose: true,
      },
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorate('db', deps.db);

  await app.register(requestId);
  await app.register(apiVersion);
  await app.register(problemDetails);
  await app.register(contentNegotiation);
  await app.register(cors, { adminOrigins: config.corsOrigins });
  await app.register(etag);
  await app.register(gracefulClose);
  await app.register(openapi);

  await app.register(healthRoutes);
  await app.register(
    async (v1) => {
      await v1.register(apiInfoRoutes, { buildId: config.buildId });
      await v1.register(countyRoutes);
      await v1.register(municipalityRoutes);
      await v1.register(associationRoutes);
    },
    { prefix: '/v1' },
  );

  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
