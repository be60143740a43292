import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { createSession, deleteSession, findUserByEmail, mustChangePassword } from '../../access/sessions.ts';
import type { Config } from '../../config.ts';
import { verifyPassword } from '../../lib/passwords.ts';
import { HttpProblem, problemResponses } from '../../lib/problems.ts';
import { randomToken, tokenHash } from '../../lib/tokens.ts';
import { SESSION_COOKIE } from '../../plugins/auth.ts';
import { findUser } from '../users/repository.ts';

const WRONG = 'The email or the password is wrong';

export const authRoutes: FastifyPluginAsyncTypebox<{ config: Config }> = async (app, { config }) => {
  const lockMs = config.login.lockMinutes * 60_000;
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
          `token. After ${config.login.maxFailures} failed attempts for one email, or ${config.login.maxFailures * 4} from one address, ` +
          `sign-in pauses for ${config.login.lockMinutes} minutes (429).`,
        body: Type.Ref('Credentials'),
        response: { 200: Type.Ref('SessionInfo'), ...problemResponses(400, 401, 406, 415, 429, 500) },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body as { email: string; password: string };
      // Failed attempts are counted per email (known or not, so the answer never tells which) and per address.
      const keys = [`login:email:${email.toLowerCase()}`, `login:ip:${request.ip}`] as const;
      const limits = [config.login.maxFailures, config.login.maxFailures * 4];
      const counts = await Promise.all(keys.map((key) => app.counters.peek(key)));
      const blocked = counts.find((state, i) => state.count >= (limits[i] as number));
      if (blocked) {
        const wait = Math.max(1, Math.ceil(blocked.resetMs / 1000));
        throw new HttpProblem(429, `Too many failed sign-in attempts; try again in ${Math.ceil(wait / 60)} minutes`, {
          headers: { 'retry-after': String(wait) },
        });
      }
      const user = await findUserByEmail(app.db, email);
      const valid = await verifyPassword(user?.passwordHash, password);
      if (!user || !valid || !user.active) {
        await Promise.all(keys.map((key) => app.counters.hit(key, lockMs)));
        throw new HttpProblem(401, WRONG);
      }

      await app.counters.reset(keys[0]);
      const token = randomToken();
      const csrfToken = randomToken();
      const expiresAt = new Date(Date.now() + config.session.absoluteHours * 3_600_000);
      await createSession(app.db, { tokenHash: tokenHash(token), userId: user.id, csrfToken, expiresAt });
      request.log.info({ userId: user.id }, 'signed in');
      reply.header('set-cookie', cookie(token, config.session.absoluteHours * 3600));
      return {
        user: await findUser(app.db, user.id),
        csrfToken,
        expiresAt,
        passwordChangeRequired: user.passwordChangeRequired,
      };
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
      if (request.principal.kind === 'user') await deleteSession(app.db, request.principal.sessionHash);
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
    async (request) => {
      const principal = request.principal;
      if (principal.kind !== 'user') throw new HttpProblem(401, 'Sign in first');
      const [user, passwordChangeRequired] = await Promise.all([
        findUser(app.db, principal.id),
        mustChangePassword(app.db, principal.id),
      ]);
      return { user, csrfToken: principal.csrfToken, expiresAt: principal.expiresAt, passwordChangeRequired };
    },
  );
};
