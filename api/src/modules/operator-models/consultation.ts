import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { readResponses } from '../../http/responses.ts';
import { getRoute, resourceRoutes } from '../../http/routes.ts';
import { found, HttpProblem } from '../../lib/problems.ts';
import { type Sharer, splitCost } from './cost-sharing.ts';
import {
  type ConsultedMunicipality,
  consultedBodies,
  consultedMunicipalities,
  findOperatorModel,
  findResponse,
  memberPopulations,
  POSITIONS,
} from './repository.ts';
import {
  ConsultationResponse,
  ConsultationResponseInput,
  CostPreviewQuery,
  OperatorModelParams,
  ResponseParams,
} from './schemas.ts';
import { createOperatorModelService } from './service.ts';

type Position = ConsultedMunicipality['position'];
function totalsOf(rows: { position: Position }[]) {
  const totals = Object.fromEntries(POSITIONS.map((position) => [position, 0])) as Record<Position, number>;
  for (const row of rows) totals[row.position]++;
  return { ...totals, total: rows.length };
}

export const consultationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['Operator models'];
  const models = createOperatorModelService({ db: app.db });
  const modelOf = async (slug: string) =>
    found(await findOperatorModel(app.db, slug), `No operator model has the slug ${slug}`);

  const response = resourceRoutes(app, '/operator-models/:slug/responses/:code', {
    tags,
    params: ResponseParams,
    representation: ConsultationResponse,
  });

  response.get(
    {
      operationId: 'getConsultationResponse',
      summary: "Get a municipality's consultation response",
      description: 'One response (remissvar), with the ETag to change it by.',
    },
    async ({ slug, code }) =>
      found(await findResponse(app.db, slug, code), `${code} has not answered the consultation on ${slug}`),
  );

  response.change(
    {
      method: 'PUT',
      access: { scope: 'municipality', param: 'code' },
      operationId: 'putConsultationResponse',
      summary: 'Answer the consultation on an operator model',
      description:
        'A consulted municipality in your scope answers (remissvar) while the model is out for consultation. ' +
        'Replacing an answer needs If-Match.',
      body: ConsultationResponseInput,
      problems: [400, 404, 406, 409, 412, 415, 428, 500],
    },
    (actor, { slug, code }, body, precondition) => models.putResponse(actor, slug, code, body, precondition),
  );

  getRoute(
    app,
    '/operator-models/:slug/consultation',
    {
      operationId: 'getConsultationSummary',
      tags,
      summary: 'Consultation summary of an operator model',
      description:
        'Every consulted municipality with its position, grouped by association (an umbrella such as VästKom by its ' +
        'member associations), `no_response` where nothing was answered, with totals: what is needed before a decision. ' +
        'The public bodies consulted besides them (regions, cooperation bodies, GITS) form a group of their own, ' +
        '`publicBodies`, with totals of its own; `totals` counts the municipalities.',
      params: OperatorModelParams,
      representation: 'ConsultationSummary',
    },
    async ({ slug }) => {
      const model = await modelOf(slug);
      const [rows, bodies] = await Promise.all([
        consultedMunicipalities(app.db, model.slug),
        consultedBodies(app.db, model.slug),
      ]);
      const groups = new Map<string, { association: ConsultedMunicipality['group']; rows: ConsultedMunicipality[] }>();
      for (const row of rows) {
        const key = row.group?.slug ?? '';
        if (!groups.has(key)) groups.set(key, { association: row.group, rows: [] });
        groups.get(key)?.rows.push(row);
      }
      const distinct = [...new Map(rows.map((row) => [row.code, row])).values()];
      return {
        model: { slug: model.slug, name: model.name, status: model.status },
        consultation: model.consultation,
        totals: totalsOf(distinct),
        associations: [...groups.values()].map((group) => ({
          association: group.association,
          totals: totalsOf(group.rows),
          municipalities: group.rows.map(({ group: _g, population: _p, ...municipality }) => municipality),
        })),
        publicBodies: { totals: totalsOf(bodies), bodies },
      };
    },
  );

  app.get(
    '/operator-models/:slug/cost-preview',
    {
      schema: {
        operationId: 'getCostPreview',
        tags,
        summary: 'Preview how a cost is shared',
        description:
          "Splits a yearly cost across the model's members (or, before it has any, the consulted municipalities) by its " +
          'cost-sharing rule, in whole kronor. Per capita uses population where known and says where it is not.',
        params: OperatorModelParams,
        querystring: CostPreviewQuery,
        response: readResponses('CostPreview', 400, 404),
      },
    },
    async (request) => {
      const model = await modelOf(request.params.slug);
      const { annualCostSek } = request.query;
      let basis: 'members' | 'consulted' = 'members';
      let sharers: Sharer[];
      if (model.members.length > 0) {
        const population = await memberPopulations(app.db, model.slug);
        sharers = model.members.map((member) => ({
          code: member.municipality.code,
          name: member.municipality.name,
          population: population.get(member.municipality.code) ?? null,
          users: member.users,
        }));
      } else {
        basis = 'consulted';
        const consulted = await consultedMunicipalities(app.db, model.slug);
        sharers = [...new Map(consulted.map((row) => [row.code, row])).values()].map((row) => ({
          code: row.code,
          name: row.name,
          population: row.population,
          users: null,
        }));
      }
      if (sharers.length === 0) {
        throw new HttpProblem(409, 'The model has no members and consults nobody, so there is no one to share with');
      }
      return {
        model: { slug: model.slug, name: model.name },
        costSharing: model.costSharing,
        fixedSharePercent: model.fixedSharePercent,
        annualCostSek,
        basis,
        ...splitCost(model.costSharing, annualCostSek, model.fixedSharePercent, sharers),
      };
    },
  );
};
