import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyServerOptions } from 'fastify';
import type { Config } from './config.ts';
import type { Db } from './db/client.ts';
import { type Counters, memoryCounters, redisCounters } from './lib/counters.ts';
import { adoptionRoutes } from './modules/adoptions/routes.ts';
import { components as adoptionComponents } from './modules/adoptions/schemas.ts';
import { apiClientRoutes } from './modules/api-clients/routes.ts';
import { components as apiClientComponents } from './modules/api-clients/schemas.ts';
import { apiInfoRoutes } from './modules/api-info/routes.ts';
import { components as apiInfoComponents } from './modules/api-info/schemas.ts';
import { associationRoutes, associationWriteRoutes } from './modules/associations/routes.ts';
import { components as associationComponents } from './modules/associations/schemas.ts';
import { auditEventRoutes } from './modules/audit-events/routes.ts';
import { components as auditEventComponents } from './modules/audit-events/schemas.ts';
import { authRoutes } from './modules/auth/routes.ts';
import { countyRoutes } from './modules/counties/routes.ts';
import { components as countyComponents } from './modules/counties/schemas.ts';
import { embedRoutes } from './modules/embed/routes.ts';
import { guideRoutes } from './modules/guides/routes.ts';
import { components as guideComponents } from './modules/guides/schemas.ts';
import { healthRoutes } from './modules/health/routes.ts';
import { maturityRoutes } from './modules/maturity/routes.ts';
import { components as maturityComponents } from './modules/maturity/schemas.ts';
import { municipalityBoundaryRoutes } from './modules/municipalities/boundaries.ts';
import { municipalityRoutes, municipalityWriteRoutes } from './modules/municipalities/routes.ts';
import { components as municipalityComponents } from './modules/municipalities/schemas.ts';
import { coOwnerRoutes } from './modules/needs/co-owners.ts';
import { interestRoutes } from './modules/needs/interests.ts';
import { needRoutes } from './modules/needs/routes.ts';
import { components as needComponents } from './modules/needs/schemas.ts';
import { consultationRoutes } from './modules/operator-models/consultation.ts';
import { operatorModelRoutes } from './modules/operator-models/routes.ts';
import { components as operatorModelComponents } from './modules/operator-models/schemas.ts';
import { ocdsBulkRoutes } from './modules/procurements/ocds-bulk.ts';
import { participantRoutes } from './modules/procurements/participants.ts';
import { procurementRoutes } from './modules/procurements/routes.ts';
import { components as procurementComponents } from './modules/procurements/schemas.ts';
import { technologyRoutes } from './modules/technologies/routes.ts';
import { components as technologyComponents } from './modules/technologies/schemas.ts';
import { technologyCategoryRoutes } from './modules/technology-categories/routes.ts';
import { components as technologyCategoryComponents } from './modules/technology-categories/schemas.ts';
import { userRoutes } from './modules/users/routes.ts';
import { components as userComponents } from './modules/users/schemas.ts';
import apiVersion from './plugins/api-version.ts';
import auth from './plugins/auth.ts';
import contentNegotiation from './plugins/content-negotiation.ts';
import cors from './plugins/cors.ts';
import csv from './plugins/csv.ts';
import etag from './plugins/etag.ts';
import gracefulClose from './plugins/graceful-close.ts';
import openapi from './plugins/openapi.ts';
import problemDetails from './plugins/problem-details.ts';
import rateLimit from './plugins/rate-limit.ts';
import requestId, { genReqId, RequestLog } from './plugins/request-id.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
  }
}

const components = [
  ...apiInfoComponents,
  ...countyComponents,
  ...municipalityComponents,
  ...associationComponents,
  ...userComponents,
  ...apiClientComponents,
  ...auditEventComponents,
  ...technologyCategoryComponents,
  ...technologyComponents,
  ...adoptionComponents,
  ...maturityComponents,
  ...guideComponents,
  ...needComponents,
  ...procurementComponents,
  ...operatorModelComponents,
];

export interface AppDependencies {
  db: Db;
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
  await app.register(contentNegotiation);
  await app.register(csv);
  await app.register(cors, { adminOrigins: config.corsOrigins });
  await app.register(auth, { config });
  await app.register(rateLimit, { config, counters });
  await app.register(etag);
  await app.register(gracefulClose);
  await app.register(openapi);

  await app.register(healthRoutes);
  await app.register(embedRoutes);
  await app.register(
    async (v1) => {
      // Every named schema is registered once for all of /v1, so modules can refer to each other's.
      for (const schema of components) v1.addSchema(schema);
      await v1.register(apiInfoRoutes, { buildId: config.buildId });
      await v1.register(countyRoutes);
      await v1.register(municipalityRoutes);
      await v1.register(municipalityBoundaryRoutes);
      await v1.register(associationRoutes);
      await v1.register(municipalityWriteRoutes);
      await v1.register(associationWriteRoutes);
      await v1.register(authRoutes, { config });
      await v1.register(userRoutes);
      await v1.register(apiClientRoutes);
      await v1.register(auditEventRoutes);
      await v1.register(technologyCategoryRoutes);
      await v1.register(technologyRoutes);
      await v1.register(adoptionRoutes);
      await v1.register(maturityRoutes);
      await v1.register(guideRoutes);
      await v1.register(needRoutes);
      await v1.register(coOwnerRoutes);
      await v1.register(interestRoutes);
      await v1.register(procurementRoutes, { ocidPrefix: config.ocidPrefix });
      await v1.register(participantRoutes);
      await v1.register(ocdsBulkRoutes, { ocidPrefix: config.ocidPrefix });
      await v1.register(operatorModelRoutes);
      await v1.register(consultationRoutes);
    },
    { prefix: '/v1' },
  );

  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
