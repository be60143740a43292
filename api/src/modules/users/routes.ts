import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { actorOf, preconditionOf, sendCreated, sendDeleted } from '../../http/changes.ts';
import { sendPage } from '../../http/lists.ts';
import { changeResponses, createResponses, deleteResponses } from '../../http/responses.ts';
import { parseSort } from '../../lib/lists.ts';
import { notFound, problemResponses } from '../../lib/problems.ts';
import { ref } from '../../lib/ref.ts';
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
      const user = await findUser(app.db, request.params.id);
      if (!user) throw notFound(`No user has the id ${request.params.id}`);
      return user;
    },
  );

  app.post(
    '/users',
    {
      config: access,
      schema: {
        operationId: 'createUser',
        tags: ['Access'],
        summary: 'Create a user',
        description: 'Creates an admin, or an editor scoped to one association or one municipality.',
        body: ref(NewUser),
        response: createResponses(User, [400, 401, 403, 406, 409, 415, 422, 500]),
      },
    },
    async (request, reply) => {
      const created = await users.create(actorOf(request), request.body);
      return sendCreated(reply, `/v1/users/${created.id}`, created);
    },
  );

  app.patch(
    '/users/:id',
    {
      config: access,
      schema: {
        operationId: 'updateUser',
        tags: ['Access'],
        summary: 'Change a user',
        description: 'Changes name, role, scope, password or whether the user may sign in. Needs If-Match.',
        params: UserParams,
        body: ref(UserChanges),
        response: changeResponses(User, [400, 401, 403, 404, 406, 409, 412, 415, 422, 428, 500]),
      },
    },
    (request, reply) =>
      users.update(actorOf(request), request.params.id, request.body, preconditionOf(request, reply, 'User')),
  );

  app.delete(
    '/users/:id',
    {
      config: access,
      schema: {
        operationId: 'deleteUser',
        tags: ['Access'],
        summary: 'Delete a user',
        description: 'Deletes a user and ends their sessions. Needs If-Match. The last active admin cannot be deleted.',
        params: UserParams,
        response: deleteResponses([400, 401, 403, 404, 406, 409, 412, 428, 500]),
      },
    },
    async (request, reply) => {
      await users.remove(actorOf(request), request.params.id, preconditionOf(request, reply, 'User'));
      return sendDeleted(reply);
    },
  );
};
