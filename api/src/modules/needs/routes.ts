import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { reachOf } from '../../access/scope.ts';
import { createRoute, listRoute, resourceRoutes } from '../../http/routes.ts';
import { parseSort } from '../../lib/lists.ts';
import { HttpProblem } from '../../lib/problems.ts';
import { listSelection } from '../../plugins/csv.ts';
import { needCsv } from './csv.ts';
import { listNeeds, type NeedSort } from './repository.ts';
import { Need, NeedChanges, NeedListQuery, NeedParams, NewNeed } from './schemas.ts';
import { createNeedService } from './service.ts';
import { visibleNeed } from './visibility.ts';

export const needRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['Needs'];
  const needs = createNeedService({ db: app.db });

  listRoute(
    app,
    '/needs',
    {
      config: { access: 'identified', csv: needCsv },
      operationId: 'listNeeds',
      tags,
      summary: 'List and search needs',
      description:
        "Municipalities' and associations' needs with pooled volume: what suppliers look at to see a market. " +
        'Drafts only within your scope. Demo data says `demo: true`. Each item is a summary; `GET /v1/needs/{id}` ' +
        'gives the problem statement, contact and co-owners.',
      querystring: NeedListQuery,
      page: 'NeedPage',
      problems: [400, 403],
    },
    async ({ sort, limit, offset, count, ...filter }, request) => {
      const reach = await reachOf(app.db, request.principal);
      if (reach === 'none' && filter.status?.includes('draft')) {
        throw new HttpProblem(403, 'Drafts are seen only by their owners and admins', {
          errors: [{ pointer: '/query/status', detail: 'must not be draft with an API key' }],
        });
      }
      return listNeeds(
        app.db,
        filter,
        reach,
        parseSort<NeedSort>(sort),
        { limit, offset, count },
        listSelection(request),
      );
    },
  );

  const need = resourceRoutes(app, '/needs/:id', { tags, params: NeedParams, representation: Need });

  need.get(
    {
      config: { access: 'identified' },
      operationId: 'getNeed',
      summary: 'Get a need',
      description: 'One need with owner, co-owners and pooled volume.',
    },
    ({ id }, request) => visibleNeed(app.db, request.principal, id),
  );

  createRoute(
    app,
    '/needs',
    {
      access: { scope: 'owner', param: 'owner', in: 'body' },
      operationId: 'createNeed',
      tags,
      summary: 'Create a need',
      description: 'States a need for a municipality or association in your scope, as a draft.',
      body: NewNeed,
      created: Need,
      problems: [400, 406, 415, 422, 500],
    },
    (actor, body) => needs.create(actor, body),
    (created) => `/v1/needs/${created.id}`,
  );

  need.change(
    {
      access: { scope: 'need', param: 'id' },
      operationId: 'updateNeed',
      summary: 'Change a need',
      description:
        'Changes fields, replaces its categories or technologies, or moves it along draft → published → in_dialogue → ' +
        'in_procurement → solved (or withdrawn). Needs If-Match.',
      body: NeedChanges,
    },
    (actor, { id }, body, precondition) => needs.update(actor, id, body, precondition),
  );

  need.delete(
    {
      access: { scope: 'need', param: 'id' },
      operationId: 'deleteNeed',
      summary: 'Delete a draft need',
      description: 'Deletes a need that was never published; a published one is withdrawn instead. Needs If-Match.',
    },
    (actor, { id }, precondition) => needs.remove(actor, id, precondition),
  );
};
