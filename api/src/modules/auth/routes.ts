import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import type { Config } from '../../config.ts';
import { problemResponses } from '../../lib/problems.ts';
import { ref } from '../../lib/ref.ts';
import { SESSION_COOKIE } from '../../plugins/auth.ts';
import { Credentials } from '../users/schemas.ts';
import { createAuthService } from './service.ts';

/** The sign-in service as the auth routes use it: the app's database and counters, the configured rules. */
export const authServiceOf = (app: FastifyInstance, config: Config) =>
  createAuthService({ db: app.db, counters: app.counters, login: config.login, session: config.session });

export const authRoutes: FastifyPluginAsyncTypebox<{ config: Config }> = async (app, { config }) => {
  const auth = authServiceOf(app, config);
  const cookie = (value: string, maxAgeSeconds: number) =>
    [
      `${SESSION_COOKIE}=${value}`,
      'Path=/',
      'HttpOnly',
      'SameSite=Lax',
      `Max-Age=${maxAgeSeconds}`,
      ...(config.env === 'development' ? [] : ['Secure']),
    ].join('; ');

  app.post(
    '/auth/login',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'login',
        tags: ['Access'],
        summary: 'Sign in',
        description:
          'Checks the email and password and starts a session: the answer sets the session cookie and gives the CSRF ' +
          `token. After ${config.login.maxFailures} failed attempts for one email from one address, that address pauses for ` +
          `that email, twice as long after each further failure (429 with Retry-After). ${config.login.emailLockFailures} ` +
          `failures for one email from anywhere lock it until an admin lifts the lock or ${config.login.lockMinutes} minutes ` +
          `pass; ${config.login.addressMaxFailures} from one address pause that address.`,
        body: ref(Credentials),
        response: { 200: Type.Ref('SessionInfo'), ...problemResponses(400, 401, 406, 415, 429, 500) },
      },
    },
    async (request, reply) => {
      const { token, userId, session } = await auth.signIn(request.body.email, request.body.password, request.ip);
      request.log.info({ userId }, 'signed in');
      reply.header('set-cookie', cookie(token, config.session.absoluteHours * 3600));
      return session;
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { access: 'signed_in' },
      schema: {
        operationId: 'logout',
        tags: ['Access'],
        summary: 'Sign out',
        description: 'Ends the session and clears its cookie.',
        response: { 204: { description: 'Signed out.', type: 'null' }, ...problemResponses(401, 403, 406, 500) },
      },
    },
    async (request, reply) => {
      await auth.signOut(request.principal);
      reply.header('set-cookie', cookie('', 0));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    {
      config: { access: 'signed_in' },
      schema: {
        operationId: 'getSession',
        tags: ['Access'],
        summary: 'Who am I',
        description: 'The signed-in user, role and scope, and the CSRF token to send with changes.',
        response: { 200: Type.Ref('SessionInfo'), ...problemResponses(401, 403, 406, 500) },
      },
    },
    (request) => auth.sessionOf(request.principal),
  );
};
