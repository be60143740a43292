import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { Config } from '../../config.ts';
import { actorOf } from '../../http/changes.ts';
import { problemResponses } from '../../lib/problems.ts';
import { authServiceOf } from './routes.ts';

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
  const auth = authServiceOf(app, config);

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
      const { currentPassword, newPassword } = request.body;
      const { userId } = await auth.changeOwnPassword(actorOf(request), currentPassword, newPassword);
      request.log.info({ userId }, 'password changed; other sessions ended');
      return reply.code(204).send(null);
    },
  );
};
