import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { sendPage } from '../../http/lists.ts';
import { createRoute, resourceRoutes } from '../../http/routes.ts';
import { parseSort } from '../../lib/lists.ts';
import { found, problemResponses } from '../../lib/problems.ts';
import { findUser, listUsers } from './repository.ts';
import { NewUser, User, UserChanges, UserListQuery, UserParams } from './schemas.ts';
import { createUserService } from './service.ts';

export const userRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const access = { access: 'admin' as const };
  const users = createUserService({ db: app.db });

  app.get(
    '/users',
    {
      config: access,
      schema: {
        operationId: 'listUsers',
        tags: ['Access'],
        summary: 'List users',
        description: 'The people who sign in to the admin, with role and scope.',
        querystring: UserListQuery,
        response: { 200: Type.Ref('UserPage'), ...problemResponses(400, 401, 403, 406, 500) },
      },
    },
    async (request, reply) => {
      const { role, sort, limit, offset, count } = request.query;
      const { items, total } = await listUsers(app.db, { role }, parseSort(sort), { limit, offset, count });
      return sendPage(request, reply, items, total, { limit, offset });
    },
  );

  app.get(
    '/users/:id',
    {
      config: access,
      schema: {
        operationId: 'getUser',
        tags: ['Access'],
        summary: 'Get a user',
        description: 'One user.',
        params: UserParams,
        response: { 200: Type.Ref('User'), ...problemResponses(400, 401, 403, 404, 406, 500) },
      },
    },
    async (request) => {
      return found(await findUser(app.db, request.params.id), `No user has the id ${request.params.id}`);
    },
  );

  createRoute(
    app,
    '/users',
    {
      ...access,
      operationId: 'createUser',
      tags: ['Access'],
      summary: 'Create a user',
      description: 'Creates an admin, or an editor scoped to one association or one municipality.',
      body: NewUser,
      created: User,
      problems: [400, 401, 403, 406, 409, 415, 422, 500],
    },
    (actor, body) => users.create(actor, body),
    (created) => `/v1/users/${created.id}`,
  );

  const user = resourceRoutes(app, '/users/:id', { tags: ['Access'], params: UserParams, representation: User });

  user.change(
    {
      ...access,
      operationId: 'updateUser',
      summary: 'Change a user',
      description: 'Changes name, role, scope, password or whether the user may sign in. Needs If-Match.',
      body: UserChanges,
      problems: [400, 401, 403, 404, 406, 409, 412, 415, 422, 428, 500],
    },
    (actor, { id }, body, precondition) => users.update(actor, id, body, precondition),
  );

  user.delete(
    {
      ...access,
      operationId: 'deleteUser',
      summary: 'Delete a user',
      description: 'Deletes a user and ends their sessions. Needs If-Match. The last active admin cannot be deleted.',
      problems: [400, 401, 403, 404, 406, 409, 412, 428, 500],
    },
    (actor, { id }, precondition) => users.remove(actor, id, precondition),
  );
};
