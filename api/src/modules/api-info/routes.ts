import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { readResponses } from '../../lib/responses.ts';
import { API_VERSION } from '../../version.ts';

const ApiInfo = Type.Object(
  {
    name: Type.String({ examples: ['Välfärdsnavet API'] }),
    description: Type.String(),
    apiVersion: Type.String({ description: 'Semantic version of the API', examples: ['1.0.0'] }),
    build: Type.String({ description: 'The build that is running', examples: ['2026-11-22.1'] }),
    documentation: Type.String({ description: 'Where the OpenAPI document is', examples: ['/openapi.json'] }),
    contact: Type.Object({ name: Type.String(), url: Type.String({ format: 'uri' }) }),
    license: Type.Object({ name: Type.String(), url: Type.String({ format: 'uri' }) }),
  },
  { $id: 'ApiInfo', description: 'What this API is and which version is running (DIGG VER.06).' },
);

export const apiInfoRoutes: FastifyPluginAsyncTypebox<{ buildId: string }> = async (app, { buildId }) => {
  app.addSchema(ApiInfo);
  app.get(
    '/api-info',
    {
      config: { public: true },
      schema: {
        operationId: 'getApiInfo',
        tags: ['Service'],
        summary: 'About this API',
        description: 'Name, version, build, contact and licence of the API.',
        response: readResponses('ApiInfo'),
      },
    },
    async () => ({
      name: 'Välfärdsnavet API',
      description:
        'The shared register of welfare technology (välfärdsteknik) for Swedish municipalities, their associations and suppliers.',
      apiVersion: API_VERSION,
      build: buildId,
      documentation: '/openapi.json',
      contact: { name: 'Välfärdsnavet', url: 'https://valfardsnavet.se' },
      license: { name: 'EUPL-1.2', url: 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12' },
    }),
  );
};
