import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { eq } from 'drizzle-orm';
import Type from 'typebox';
import { associations, municipalities } from '../../db/schema/index.ts';
import { auditedPut } from '../../lib/changes.ts';
import { notFound, problemResponses } from '../../lib/problems.ts';
import { readResponses } from '../../lib/responses.ts';
import { maturityCsv } from './csv.ts';
import { compare, findAssessment, putAssessment } from './repository.ts';
import { MaturityParams, MaturityQuery } from './schemas.ts';

type DimensionsInput = Record<string, { level: number; evidence?: string | null }>;

export const maturityRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['Catalogue'];

  app.get(
    '/maturity',
    {
      config: { public: true, csv: maturityCsv },
      schema: {
        operationId: 'compareMaturity',
        tags,
        summary: "Compare an association's members",
        description:
          "Each member's maturity levels for a year, side by side, with the association's median per dimension.",
        querystring: MaturityQuery,
        response: readResponses('MaturityComparison', 400, 404),
      },
    },
    async (request) => {
      const { association: slug, year } = request.query;
      const [association] = await app.db
        .select({ slug: associations.slug, name: associations.name })
        .from(associations)
        .where(eq(associations.slug, slug));
      if (!association) throw notFound(`No association has the slug ${slug}`);
      const { members, median } = await compare(app.db, slug, year);
      return { association, year, assessedCount: members.filter((m) => m.dimensions !== null).length, median, members };
    },
  );

  app.get(
    '/municipalities/:code/maturity/:year',
    {
      config: { public: true },
      schema: {
        operationId: 'getMaturity',
        tags,
        summary: "Get a municipality's maturity assessment",
        description: 'The assessment of one year, with the ETag to change it by.',
        params: MaturityParams,
        response: readResponses('MaturityAssessment', 400, 404),
      },
    },
    async (request) => {
      const assessment = await findAssessment(app.db, request.params.code, request.params.year);
      if (!assessment)
        throw notFound(`Municipality ${request.params.code} has no assessment for ${request.params.year}`);
      return assessment;
    },
  );

  app.put(
    '/municipalities/:code/maturity/:year',
    {
      config: { access: { scope: 'municipality', param: 'code' } },
      schema: {
        operationId: 'putMaturity',
        tags,
        summary: 'Record a maturity assessment',
        description: "Creates or replaces a municipality's assessment of a year. Replacing needs If-Match.",
        params: MaturityParams,
        body: Type.Ref('MaturityInput'),
        response: { 200: Type.Ref('MaturityAssessment'), ...problemResponses(400, 404, 406, 412, 415, 428, 500) },
      },
    },
    async (request, reply) => {
      const { code, year } = request.params;
      const input = (request.body as { dimensions: DimensionsInput }).dimensions;
      const dimensions = Object.fromEntries(
        Object.entries(input).map(([name, value]) => [name, { level: value.level, evidence: value.evidence ?? null }]),
      );
      return auditedPut(app, request, reply, {
        schemaId: 'MaturityAssessment',
        entityType: 'maturity_assessment',
        key: `${code}/${year}`,
        find: async (tx, lock) => {
          if (lock) {
            const [municipality] = await tx
              .select({ code: municipalities.code })
              .from(municipalities)
              .where(eq(municipalities.code, code));
            if (!municipality) throw notFound(`No municipality has the code ${code}`);
          }
          return findAssessment(tx, code, year, lock);
        },
        apply: (tx) => putAssessment(tx, code, year, dimensions),
      });
    },
  );
};
