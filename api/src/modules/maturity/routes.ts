import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { readResponses } from '../../http/responses.ts';
import { resourceRoutes } from '../../http/routes.ts';
import { found } from '../../lib/problems.ts';
import { maturityCsv } from './csv.ts';
import { compare, findAssessment, findAssociation } from './repository.ts';
import { MaturityAssessment, MaturityInput, MaturityParams, MaturityQuery } from './schemas.ts';
import { createMaturityService } from './service.ts';

export const maturityRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['Catalogue'];
  const maturity = createMaturityService({ db: app.db });

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
      const association = found(await findAssociation(app.db, slug), `No association has the slug ${slug}`);
      const { members, median } = await compare(app.db, slug, year);
      return { association, year, assessedCount: members.filter((m) => m.dimensions !== null).length, median, members };
    },
  );

  const assessment = resourceRoutes(app, '/municipalities/:code/maturity/:year', {
    tags,
    params: MaturityParams,
    representation: MaturityAssessment,
  });

  assessment.get(
    {
      config: { public: true },
      operationId: 'getMaturity',
      summary: "Get a municipality's maturity assessment",
      description: 'The assessment of one year, with the ETag to change it by.',
    },
    async ({ code, year }) =>
      found(await findAssessment(app.db, code, year), `Municipality ${code} has no assessment for ${year}`),
  );

  assessment.change(
    {
      method: 'PUT',
      access: { scope: 'municipality', param: 'code' },
      operationId: 'putMaturity',
      summary: 'Record a maturity assessment',
      description: "Creates or replaces a municipality's assessment of a year. Replacing needs If-Match.",
      body: MaturityInput,
      problems: [400, 404, 406, 412, 415, 428, 500],
    },
    (actor, { code, year }, body, precondition) => maturity.assess(actor, code, year, body, precondition),
  );
};
