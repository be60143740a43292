import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Config } from '../../config.ts';
import { readResponses } from '../../http/responses.ts';
import { API_VERSION } from '../../version.ts';

export const apiInfoRoutes: FastifyPluginAsyncTypebox<{ config: Config }> = async (app, { config }) => {
  const { buildId } = config;
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
      openData: { ocdsReleases: '/v1/ocds/releases' },
      contact: { name: 'Välfärdsnavet', url: 'https://valfardsnavet.se' },
      license: { name: 'EUPL-1.2', url: 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12' },
    }),
  );
};
