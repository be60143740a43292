import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { and, count, eq, ne } from 'drizzle-orm';
import Type from 'typebox';
import type { Db } from '../../db/client.ts';
import { associations, municipalities, sessions, users } from '../../db/schema/index.ts';
import { auditedChange, auditedCreation } from '../../lib/changes.ts';
import { parseSort, sendPage } from '../../lib/lists.ts';
import { assertStrongPassword, hashPassword } from '../../lib/passwords.ts';
import { HttpProblem, notFound, problemResponses } from '../../lib/problems.ts';
import { assertKnown } from '../../lib/references.ts';
import { findUser, listUsers } from './repository.ts';
import { UserListQuery, UserParams } from './schemas.ts';

type ScopeInput = { association?: string; municipality?: string } | undefined;

/** The scope columns for a role, after checking that the scope fits the role and exists. */
async function scopeColumns(db: Db, role: 'admin' | 'editor', scope: ScopeInput) {
  const association = scope?.association ?? null;
  const municipality = scope?.municipality ?? null;
  if (role === 'admin') {
    if (association || municipality) {
      throw new HttpProblem(422, 'An admin has no scope', {
        errors: [{ pointer: '/body/scope', detail: 'must be empty for an admin' }],
      });
    }
    return { scopeAssociationSlug: null, scopeMunicipalityCode: null };
  }
  if ((association === null) === (municipality === null)) {
    throw new HttpProblem(422, 'An editor needs a scope of exactly one association or one municipality', {
      errors: [{ pointer: '/body/scope', detail: 'must name either an association or a municipality' }],
    });
  }
  await assertKnown(db, associations.slug, association, '/body/scope/association', ['association', 'slug']);
  await assertKnown(db, municipalities.code, municipality, '/body/scope/municipality', ['municipality', 'code']);
  return { scopeAssociationSlug: association, scopeMunicipalityCode: municipality };
}

/** There must always be an active admin left, or no one could manage the register. */
async function assertOtherAdminRemains(db: Db, id: string) {
  const [row] = await db
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.active, true), ne(users.id, id)));
  if ((row?.n ?? 0) === 0) throw new HttpProblem(409, 'This is the last active admin; make another admin first');
}

export const userRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const access = { access: 'admin' as const };

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
        body: Type.Ref('NewUser'),
        response: { 201: Type.Ref('User'), ...problemResponses(400, 401, 403, 406, 409, 415, 422, 500) },
      },
    },
    async (request, reply) => {
      const body = request.body as {
        email: string;
        name: string;
        role: 'admin' | 'editor';
        scope?: ScopeInput;
        password: string;
      };
      await assertStrongPassword(body.password, body);
      const passwordHash = await hashPassword(body.password);
      const id = randomUUID();
      return auditedCreation(app, request, reply, {
        entityType: 'user',
        key: id,
        location: `/v1/users/${id}`,
        insert: async (tx) => {
          const scope = await scopeColumns(tx, body.role, body.scope);
          await tx
            .insert(users)
            .values({ id, email: body.email, name: body.name, role: body.role, ...scope, passwordHash });
        },
        find: (tx) => findUser(tx, id),
        taken: { detail: 'A user with this email exists already', pointer: '/body/email' },
      });
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
        body: Type.Ref('UserChanges'),
        response: { 200: Type.Ref('User'), ...problemResponses(400, 401, 403, 404, 406, 409, 412, 415, 422, 428, 500) },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const changes = request.body as {
        name?: string;
        role?: 'admin' | 'editor';
        scope?: ScopeInput;
        active?: boolean;
        password?: string;
      };
      if (changes.password) {
        const person = await findUser(app.db, id);
        await assertStrongPassword(changes.password, { email: person?.email, name: changes.name ?? person?.name });
      }
      const passwordHash = changes.password ? await hashPassword(changes.password) : undefined;
      // A reset ends every session of that user but the one making it.
      const keep = request.principal.kind === 'user' ? request.principal.sessionHash : '';
      return auditedChange(app, request, reply, {
        schemaId: 'User',
        entityType: 'user',
        key: id,
        action: 'update',
        find: (tx, lock) => findUser(tx, id, lock),
        missing: `No user has the id ${id}`,
        apply: async (tx, before) => {
          const role = changes.role ?? before.role;
          const scope =
            changes.role !== undefined || changes.scope !== undefined
              ? await scopeColumns(
                  tx,
                  role,
                  (changes.scope ?? (changes.role === 'admin' ? undefined : before.scope)) as ScopeInput,
                )
              : {};
          if (before.role === 'admin' && (role !== 'admin' || changes.active === false))
            await assertOtherAdminRemains(tx, id);
          await tx
            .update(users)
            .set({
              ...(changes.name !== undefined ? { name: changes.name } : {}),
              ...(changes.active !== undefined ? { active: changes.active } : {}),
              ...(passwordHash ? { passwordHash } : {}),
              role,
              ...scope,
              updatedAt: new Date(),
            })
            .where(eq(users.id, id));
          if (passwordHash) await tx.delete(sessions).where(and(eq(sessions.userId, id), ne(sessions.tokenHash, keep)));
        },
      });
    },
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
        response: {
          204: { description: 'Deleted.', type: 'null' },
          ...problemResponses(400, 401, 403, 404, 406, 409, 412, 428, 500),
        },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      await auditedChange(app, request, reply, {
        schemaId: 'User',
        entityType: 'user',
        key: id,
        action: 'delete',
        deletes: true,
        find: (tx, lock) => findUser(tx, id, lock),
        missing: `No user has the id ${id}`,
        apply: async (tx, before) => {
          if (before.role === 'admin') await assertOtherAdminRemains(tx, id);
          await tx.delete(users).where(eq(users.id, id));
        },
      });
      return reply.code(204).send(null);
    },
  );
};
