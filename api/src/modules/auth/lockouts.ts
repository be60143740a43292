import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { Config } from '../../config.ts';
import { actorOf } from '../../http/changes.ts';
import { problemResponses } from '../../lib/problems.ts';
import { authServiceOf } from './routes.ts';

const LockoutParams = Type.Object(
  { email: Type.String({ format: 'email', maxLength: 254, examples: ['anna.andersson@boras.se'] }) },
  { additionalProperties: false },
);

/** An admin lifts the sign-in lock on an email, for a person locked out by someone else's guessing. */
export const lockoutRoutes: FastifyPluginAsyncTypebox<{ config: Config }> = async (app, { config }) => {
  const auth = authServiceOf(app, config);

  app.delete(
    '/auth/lockouts/:email',
    {
      config: { access: 'admin' },
      schema: {
        operationId: 'liftLoginLockout',
        tags: ['Access'],
        summary: 'Lift a sign-in lock',
        description:
          `Clears the failed sign-ins counted for an email, so that its owner can sign in at once after ` +
          `${config.login.emailLockFailures} failures from anywhere locked it. Answers 204 whether or not it was locked; ` +
          'audited.',
        params: LockoutParams,
        response: {
          204: { description: 'The email may sign in again.', type: 'null' },
          ...problemResponses(400, 401, 403, 406, 500),
        },
      },
    },
    async (request, reply) => {
      const failures = await auth.liftLockout(actorOf(request), request.params.email);
      request.log.info({ email: request.params.email, failures }, 'sign-in lock lifted');
      return reply.code(204).send(null);
    },
  );
};
