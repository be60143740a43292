import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { createRoute, listRoute, resourceRoutes } from '../../http/routes.ts';
import { found } from '../../lib/problems.ts';
import { findOperatorModel, listOperatorModels } from './repository.ts';
import {
  NewOperatorModel,
  OperatorModel,
  OperatorModelChanges,
  OperatorModelListQuery,
  OperatorModelParams,
} from './schemas.ts';
import { createOperatorModelService } from './service.ts';

export const operatorModelRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['Operator models'];
  const models = createOperatorModelService({ db: app.db });

  listRoute(
    app,
    '/operator-models',
    {
      operationId: 'listOperatorModels',
      tags,
      summary: 'List and search operator models',
      description:
        'Ways of running welfare technology together, by legal form and status, in Swedish order of name. ' +
        "`q` searches name, the host's name and description, the best matches first. Demo data says `demo: true`. " +
        'Each item is a summary; `GET /v1/operator-models/{slug}` gives the services, members and texts.',
      querystring: OperatorModelListQuery,
      page: 'OperatorModelPage',
    },
    ({ limit, offset, count, ...filter }) => listOperatorModels(app.db, filter, { limit, offset, count }),
  );

  const model = resourceRoutes(app, '/operator-models/:slug', {
    tags,
    params: OperatorModelParams,
    representation: OperatorModel,
  });

  model.get(
    {
      operationId: 'getOperatorModel',
      summary: 'Get an operator model',
      description: 'One operator model with its services, members and consultation.',
    },
    async ({ slug }) => found(await findOperatorModel(app.db, slug), `No operator model has the slug ${slug}`),
  );

  createRoute(
    app,
    '/operator-models',
    {
      access: 'admin',
      operationId: 'createOperatorModel',
      tags,
      summary: 'Create an operator model',
      description: 'Adds an operator model as a proposal.',
      body: NewOperatorModel,
      created: OperatorModel,
    },
    (actor, body) => models.create(actor, body),
    (created) => `/v1/operator-models/${created.slug}`,
  );

  model.change(
    {
      access: 'admin',
      operationId: 'updateOperatorModel',
      summary: 'Change an operator model',
      description:
        'Changes fields, replaces the members, or moves it along proposal → consultation → decided → operating → ' +
        'discontinued. Needs If-Match.',
      body: OperatorModelChanges,
    },
    (actor, { slug }, body, precondition) => models.update(actor, slug, body, precondition),
  );

  model.delete(
    {
      access: 'admin',
      operationId: 'deleteOperatorModel',
      summary: 'Delete an operator model',
      description:
        'Deletes a proposal nobody has answered; a model that has been consulted on is discontinued instead. Needs If-Match.',
    },
    (actor, { slug }, precondition) => models.remove(actor, slug, precondition),
  );
};
