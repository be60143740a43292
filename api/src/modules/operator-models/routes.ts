import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorOf, preconditionOf, sendCreated, sendDeleted } from '../../http/changes.ts';
import { sendPage } from '../../http/lists.ts';
import { changeResponses, createResponses, deleteResponses, readResponses } from '../../http/responses.ts';
import { found } from '../../lib/problems.ts';
import { ref } from '../../lib/ref.ts';
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

  app.get(
    '/operator-models',
    {
      schema: {
        operationId: 'listOperatorModels',
        tags,
        summary: 'List and search operator models',
        description:
          'Ways of running welfare technology together, by legal form and status, in Swedish order of name. ' +
          "`q` searches name, the host's name and description, the best matches first. Demo data says `demo: true`. " +
          'Each item is a summary; `GET /v1/operator-models/{slug}` gives the services, members and texts.',
        querystring: OperatorModelListQuery,
        response: readResponses('OperatorModelPage', 400),
      },
    },
    async (request, reply) => {
      const { limit, offset, count, ...filter } = request.query;
      const { items, total } = await listOperatorModels(app.db, filter, { limit, offset, count });
      return sendPage(request, reply, items, total, { limit, offset });
    },
  );

  app.get(
    '/operator-models/:slug',
    {
      schema: {
        operationId: 'getOperatorModel',
        tags,
        summary: 'Get an operator model',
        description: 'One operator model with its services, members and consultation.',
        params: OperatorModelParams,
        response: readResponses('OperatorModel', 400, 404),
      },
    },
    async (request) => {
      return found(
        await findOperatorModel(app.db, request.params.slug),
        `No operator model has the slug ${request.params.slug}`,
      );
    },
  );

  app.post(
    '/operator-models',
    {
      config: { access: 'admin' },
      schema: {
        operationId: 'createOperatorModel',
        tags,
        summary: 'Create an operator model',
        description: 'Adds an operator model as a proposal.',
        body: ref(NewOperatorModel),
        response: createResponses(OperatorModel),
      },
    },
    async (request, reply) => {
      const created = await models.create(actorOf(request), request.body);
      return sendCreated(reply, `/v1/operator-models/${created.slug}`, created);
    },
  );

  app.patch(
    '/operator-models/:slug',
    {
      config: { access: 'admin' },
      schema: {
        operationId: 'updateOperatorModel',
        tags,
        summary: 'Change an operator model',
        description:
          'Changes fields, replaces the members, or moves it along proposal → consultation → decided → operating → ' +
          'discontinued. Needs If-Match.',
        params: OperatorModelParams,
        body: ref(OperatorModelChanges),
        response: changeResponses(OperatorModel),
      },
    },
    (request, reply) =>
      models.update(
        actorOf(request),
        request.params.slug,
        request.body,
        preconditionOf(request, reply, 'OperatorModel'),
      ),
  );

  app.delete(
    '/operator-models/:slug',
    {
      config: { access: 'admin' },
      schema: {
        operationId: 'deleteOperatorModel',
        tags,
        summary: 'Delete an operator model',
        description:
          'Deletes a proposal nobody has answered; a model that has been consulted on is discontinued instead. Needs If-Match.',
        params: OperatorModelParams,
        response: deleteResponses(),
      },
    },
    async (request, reply) => {
      await models.remove(actorOf(request), request.params.slug, preconditionOf(request, reply, 'OperatorModel'));
      return sendDeleted(reply);
    },
  );
};
