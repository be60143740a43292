import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { and, eq, ne } from 'drizzle-orm';
import Type from 'typebox';
import { recordAudit } from '../../changes/legacy.ts';
import type { Config } from '../../config.ts';
import { sessions, users } from '../../db/schema/index.ts';
import { hashPassword, verifyPassword } from '../../lib/passwords.ts';
import { HttpProblem, problemResponses } from '../../lib/problems.ts';
import { findUser } from '../users/repository.ts';

const PasswordChange = Type.Object(
  {
    currentPassword: Type.String({
      minLength: 1,
      maxLength: 200,
      description: 'The password the person signs in with now',
    }),
    newPassword: Type.String({
      minLength: 12,
      maxLength: 200,
      description: 'At least 12 characters, and not the current one',
      examples: ['correct horse battery staple'],
    }),
  },
  {
    additionalProperties: false,
    examples: [{ currentPassword: 'the one printed at first start', newPassword: 'correct horse battery staple' }],
  },
);

/** The signed-in person changes their own password; every other session of theirs ends. */
export const passwordRoutes: FastifyPluginAsyncTypebox<{ config: Config }> = async (app, { config }) => {
  const lockMs = config.login.lockMinutes * 60_000;

  app.post(
    '/auth/password',
    {
      config: { access: 'signed_in' },
      schema: {
        operationId: 'changePassword',
        tags: ['Access'],
        summary: 'Change my password',
        description:
          'The signed-in person changes their own password. Every other session of theirs ends; this one goes on. ' +
          'A wrong current password is a 403 naming `currentPassword`, and counts as a failed sign-in (429 when paused).',
        body: PasswordChange,
        response: {
          204: { description: 'Changed.', type: 'null' },
          ...problemResponses(400, 401, 403, 406, 415, 422, 429, 500),
        },
      },
    },
    async (request, reply) => {
      const principal = request.principal;
      if (principal.kind !== 'user') throw new HttpProblem(401, 'Sign in first');
      const { currentPassword, newPassword } = request.body;

      // The current password is checked under the same throttle as sign-in, so a stolen session cannot guess it.
      const key = `login:email:${principal.email.toLowerCase()}`;
      const state = await app.counters.peek(key);
      if (state.count >= config.login.maxFailures) {
        const wait = Math.max(1, Math.ceil(state.resetMs / 1000));
        throw new HttpProblem(429, `Too many wrong passwords; try again in ${Math.ceil(wait / 60)} minutes`, {
          headers: { 'retry-after': String(wait) },
        });
      }
      const [stored] = await app.db
        .select({ passwordHash: users.passwordHash })
        .from(users)
        .where(eq(users.id, principal.id));
      if (!(await verifyPassword(stored?.passwordHash, currentPassword))) {
        await app.counters.hit(key, lockMs);
        throw new HttpProblem(403, 'The current password is wrong', {
          errors: [{ pointer: '/body/currentPassword', detail: 'is not your current password' }],
        });
      }
      if (currentPassword === newPassword) {
        throw new HttpProblem(422, 'The new password must differ from the current one', {
          errors: [{ pointer: '/body/newPassword', detail: 'must differ from the current password' }],
        });
      }
      await app.counters.reset(key);

      const passwordHash = await hashPassword(newPassword);
      await app.db.transaction(async (tx) => {
        const before = await findUser(tx, principal.id, true);
        await tx
          .update(users)
          .set({ passwordHash, passwordChangeRequired: false, updatedAt: new Date() })
          .where(eq(users.id, principal.id));
        // Whoever else was signed in as this person (a lost laptop, a leaked password) is signed out.
        await tx
          .delete(sessions)
          .where(and(eq(sessions.userId, principal.id), ne(sessions.tokenHash, principal.sessionHash)));
        await recordAudit(tx, request, {
          action: 'update',
          entityType: 'user',
          entityKey: principal.id,
          before,
          after: await findUser(tx, principal.id),
        });
      });
      request.log.info({ userId: principal.id }, 'password changed; other sessions ended');
      return reply.code(204).send(null);
    },
  );
};
