import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fp from 'fastify-plugin';
import { API_VERSION } from '../version.ts';
import { REFERENCE_OPTIONS, SWEDISH_INTRODUCTION } from './openapi-reference.ts';

export const TAGS = [
  { name: 'Counties', description: 'The 21 Swedish counties (län) and their regions.' },
  { name: 'Municipalities', description: 'The 290 Swedish municipalities (kommuner) with county and associations.' },
  {
    name: 'Associations',
    description:
      'Associations of municipalities: kommunalförbund, membership organisations and umbrellas such as VästKom.',
  },
  {
    name: 'Catalogue',
    description: 'Welfare technologies, their categories and which municipalities have adopted them.',
  },
  {
    name: 'Needs',
    description:
      "Municipalities' needs, stated without naming a solution, pooled across municipalities so that suppliers see a market.",
  },
  {
    name: 'Procurements',
    description: 'Joint procurement collaborations (samverkansupphandlingar) with participants, exported as OCDS 1.1.',
  },
  {
    name: 'Operator models',
    description: 'How operations are shared across municipalities (driftmodeller), with consultation responses.',
  },
  { name: 'Access', description: 'Signing in, users, API clients and the audit log.' },
  { name: 'Events', description: 'The change feed: every change as a domain event, in commit order.' },
  {
    name: 'Webhooks',
    description: 'Subscriptions that POST events to a URL as they happen, signed per Standard Webhooks.',
  },
  { name: 'Service', description: 'Information about the API and its health.' },
];

interface OpenApiDocument {
  paths?: Record<string, Record<string, unknown> | undefined>;
}

/**
 * A query parameter with a default is optional to the caller, though TypeBox marks it required so that
 * handlers see the defaulted value.
 */
function optionalDefaults<Document extends OpenApiDocument>(document: Document): Document {
  for (const pathItem of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(pathItem ?? {})) {
      const parameters = (
        operation as { parameters?: { in: string; required?: boolean; schema?: { default?: unknown } }[] }
      ).parameters;
      for (const parameter of parameters ?? []) {
        if (parameter.in === 'query' && parameter.schema?.default !== undefined) parameter.required = false;
      }
    }
  }
  return document;
}

/**
 * The OpenAPI 3.1 document, generated from the route schemas. Shared schemas keep their `$id` as the
 * component name, so the document says `#/components/schemas/Municipality`, not `def-3`.
 */
export default fp(
  async (app) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Välfärdsnavet API',
          version: API_VERSION,
          description:
            `${SWEDISH_INTRODUCTION}\n\n## In English\n\n` +
            'The shared register that Swedish municipalities, their associations (kommunalförbund) and suppliers use ' +
            'to bring welfare technology (välfärdsteknik) into use. Public reads need no credentials. Lists take ' +
            '`limit` (1–100, default 20) and `offset`, answer `{ items, total, limit, offset }` and a `Link` header; ' +
            'every error is RFC 9457 problem details.',
          contact: { name: 'Välfärdsnavet', url: 'https://valfardsnavet.se' },
          license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
        },
        tags: TAGS,
        components: {
          securitySchemes: {
            session: {
              type: 'apiKey',
              in: 'cookie',
              name: 'vn_session',
              description:
                'The admin session from POST /v1/auth/login. State-changing requests also send X-CSRF-Token (from GET /v1/auth/me).',
            },
            apiKey: {
              type: 'http',
              scheme: 'bearer',
              description: 'An API client key, as `Authorization: Bearer <key>`; never in the query string.',
            },
          },
        },
      },
      transformObject: (documentObject) =>
        'openapiObject' in documentObject
          ? optionalDefaults(documentObject.openapiObject)
          : documentObject.swaggerObject,
      refResolver: {
        buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`),
      },
    });
    await app.register(swaggerUi, REFERENCE_OPTIONS);
    app.get('/openapi.json', { schema: { hide: true }, config: { public: true } }, async () => app.swagger());
  },
  { name: 'openapi' },
);
