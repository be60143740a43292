import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyServerOptions } from 'fastify';
import type { Config } from './config.ts';
import type { Database, Db } from './db/client.ts';
import { type Counters, memoryCounters, redisCounters } from './lib/counters.ts';
import { apiValidators } from './lib/validation.ts';
import { modules } from './modules/index.ts';
import apiVersion from './plugins/api-version.ts';
import auth from './plugins/auth.ts';
import contentNegotiation from './plugins/content-negotiation.ts';
import cors from './plugins/cors.ts';
import etag from './plugins/etag.ts';
import gracefulClose from './plugins/graceful-close.ts';
import openapi from './plugins/openapi.ts';
import problemDetails, { clientErrorHandler, frameworkErrors } from './plugins/problem-details.ts';
import rateLimit from './plugins/rate-limit.ts';
import readCache from './plugins/read-cache.ts';
import requestId, { genReqId, RequestLog } from './plugins/request-id.ts';
import strictInput from './plugins/strict-input.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
  }
}

export interface AppDependencies {
  db: Db;
  /** How the app hears of changes committed by other instances (Database.listen); without it, within a second. */
  listen?: Database['listen'];
  /** Rate-limit and login counters; by default in Redis when REDIS_URL is set, otherwise in memory. */
  counters?: Counters;
}

/** Builds the API: plugins first, then the modules. It never listens; server.ts and the tests do. */
export async function buildApp(config: Config, deps: AppDependencies, logger: FastifyServerOptions['logger'] = false) {
  const app = Fastify({
    logger,
    genReqId,
    trustProxy:
      typeof config.trustProxy === 'number'
        ? (_address: string, hop: number) => hop < (config.trustProxy as number)
        : config.trustProxy,
    logController: new RequestLog(),
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: false, maxParamLength: 200 },
    frameworkErrors,
    // A client that sends its request too slowly gets a 408 problem (clientErrorHandler); Node checks
    // the deadline every connectionsCheckingInterval.
    requestTimeout: config.requestTimeoutMs,
    http: { connectionsCheckingInterval: Math.min(30_000, Math.ceil(config.requestTimeoutMs / 4)) },
    clientErrorHandler,
    // Query and path values are coerced from text, JSON bodies are not (lib/validation.ts).
    schemaController: { compilersFactory: { buildValidator: apiValidators() } },
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

  // The API speaks JSON only: any other body is a 415, not a string to validate.
  app.removeContentTypeParser('text/plain');
  app.decorate('db', deps.db);
  const counters = deps.counters ?? (config.redisUrl ? redisCounters(config.redisUrl) : memoryCounters());
  if (!deps.counters) app.addHook('onClose', () => counters.close());

  await app.register(requestId);
  await app.register(apiVersion);
  await app.register(problemDetails);
  await app.register(strictInput);
  await app.register(contentNegotiation);
  await app.register(cors, { adminOrigins: config.corsOrigins });
  await app.register(auth, { config });
  await app.register(rateLimit, { config, counters });
  await app.register(etag);
  await app.register(readCache, { cachePublicReads: config.cachePublicReads, listen: deps.listen });
  await app.register(gracefulClose);
  await app.register(openapi);

  // Outside /v1: health checks and the embeddable web components.
  for (const module of modules) for (const routes of module.rootRoutes ?? []) await app.register(routes, { config });
  await app.register(
    async (v1) => {
      // Every named schema is registered once for all of /v1, so modules can refer to each other's.
      for (const module of modules) for (const schema of module.components) v1.addSchema(schema);
      for (const module of modules) for (const routes of module.routes) await v1.register(routes, { config });
    },
    { prefix: '/v1' },
  );

  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
