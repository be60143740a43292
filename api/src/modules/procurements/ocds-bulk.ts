import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { Config } from '../../config.ts';
import { sendPage } from '../../http/lists.ts';
import { readResponses } from '../../http/responses.ts';
import { listParameters } from '../../lib/lists.ts';
import { ocdsReleasePackage } from './ocds.ts';
import { listProcurements } from './repository.ts';
import { Stage } from './schemas.ts';
import type { ProcurementStage } from './workflow.ts';

/**
 * Every stage after `planning`, the collaboration's internal start: from needs analysis and market
 * dialogue on, a procurement is something the market may know about.
 */
const PUBLISHED_STAGES = (Stage.enum as ProcurementStage[]).filter((stage) => stage !== 'planning');

const BulkQuery = Type.Object(
  {
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 100, description: 'Releases per package (1–100).' }),
    offset: listParameters.offset,
    updatedSince: Type.Optional(
      Type.String({
        format: 'date-time',
        description: 'Only procurements changed at or after this RFC 3339 time, for incremental harvesting.',
        examples: ['2026-01-01T00:00:00Z'],
      }),
    ),
  },
  { additionalProperties: false },
);

/**
 * All joint procurements as open contracting data: one OCDS 1.1 release package per page, each release
 * exactly the one `GET /v1/procurements/{id}/ocds` gives, and `Link` to the next page.
 */
export const ocdsBulkRoutes: FastifyPluginAsyncTypebox<{ config: Config }> = async (app, { config }) => {
  const { ocidPrefix } = config;
  app.get(
    '/ocds/releases',
    {
      config: { public: true },
      schema: {
        operationId: 'listOcdsReleases',
        tags: ['Procurements'],
        summary: 'Every procurement collaboration as OCDS',
        description:
          'An OCDS 1.1 release package of every procurement collaboration past planning, one release each (the ' +
          'same as `/v1/procurements/{id}/ocds`), in order of reference. Up to 100 per package: follow the `next` ' +
          'link of the `Link` header for the rest. `updatedSince` gives only what changed, for a harvester; when nothing ' +
          'did, `releases` is empty.',
        querystring: BulkQuery,
        response: readResponses('OcdsReleasePackage', 400),
      },
    },
    async (request, reply) => {
      const { limit, offset, updatedSince } = request.query;
      const { items, total } = await listProcurements(
        app.db,
        { stage: PUBLISHED_STAGES, updatedSince },
        { field: 'reference', descending: false },
        { limit, offset, count: true },
        'full',
      );
      sendPage(request, reply, items, total, { limit, offset });
      const base = `${request.protocol}://${request.host}`;
      const packages = items.map((procurement) =>
        ocdsReleasePackage(procurement, ocidPrefix, `${base}/v1/procurements/${procurement.id}/ocds`),
      );
      const extensions = [...new Set(packages.flatMap((one) => one.extensions ?? []))];
      const published =
        packages
          .map((one) => one.publishedDate)
          .sort()
          .at(-1) ?? new Date(0).toISOString();
      return {
        uri: `${base}${request.url}`,
        version: '1.1',
        ...(extensions.length > 0 ? { extensions } : {}),
        publishedDate: published,
        publisher: { name: 'Välfärdsnavet' },
        releases: packages.flatMap((one) => one.releases),
      };
    },
  );
};
