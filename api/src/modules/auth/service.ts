import type { Principal } from '../../access/principal.ts';
import { createSession, deleteSession, findUserByEmail, mustChangePassword } from '../../access/sessions.ts';
import type { Actor } from '../../changes/context.ts';
import { ADMINS } from '../../changes/events.ts';
import { inTransaction, lockKey } from '../../changes/unit-of-work.ts';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import type { Counters } from '../../lib/counters.ts';
import { assertStrongPassword, hashPassword, verifyPassword } from '../../lib/passwords.ts';
import { HttpProblem } from '../../lib/problems.ts';
import { randomToken, tokenHash } from '../../lib/tokens.ts';
import { endSessionsOf, findPasswordHash, findUser, updateUser } from '../users/repository.ts';
import { loginThrottle } from './throttle.ts';

const WRONG = 'The email or the password is wrong';

interface Deps {
  db: Db;
  counters: Counters;
  login: Config['login'];
  session: Config['session'];
}

/**
 * Signing in and out, and a person changing their own password. Sessions are not domain changes:
 * they write no audit event and no domain event; a password change is a change of the user.
 */
export function createAuthService({ db, counters, login, session }: Deps) {
  const lockMs = login.lockMinutes * 60_000;
  const throttle = loginThrottle(counters, login);

  /** A 429 with Retry-After while a throttle counter is at its limit. */
  async function refuseWhilePaused(keys: readonly string[], limits: number[], detail: string) {
    const counts = await Promise.all(keys.map((key) => counters.peek(key)));
    const paused = counts.find((state, i) => state.count >= (limits[i] as number));
    if (!paused) return;
    const wait = Math.max(1, Math.ceil(paused.resetMs / 1000));
    throw new HttpProblem(429, `${detail}; try again in ${Math.ceil(wait / 60)} minutes`, {
      headers: { 'retry-after': String(wait) },
    });
  }

  /** A new session for a user: the token goes to the cookie, only its hash to the database. */
  async function startSession(userId: string) {
    const token = randomToken();
    const csrfToken = randomToken();
    const expiresAt = new Date(Date.now() + session.absoluteHours * 3_600_000);
    await createSession(db, { tokenHash: tokenHash(token), userId, csrfToken, expiresAt });
    return { token, csrfToken, expiresAt };
  }

  return {
    /**
     * Checks the email and password and starts a session. Failed attempts are counted per email
     * (known or not, so the answer never tells which) and per address; past either limit sign-in
     * pauses, even with the right password.
     */
    async signIn(email: string, password: string, address: string) {
      await throttle.check(email, address);
      const user = await findUserByEmail(db, email);
      const valid = await verifyPassword(user?.passwordHash, password);
      if (!user || !valid || !user.active) {
        await throttle.failed(email, address);
        throw new HttpProblem(401, WRONG);
      }
      await throttle.succeeded(email, address);
      const { token, csrfToken, expiresAt } = await startSession(user.id);
      return {
        token,
        userId: user.id,
        session: {
          user: await findUser(db, user.id),
          csrfToken,
          expiresAt,
          passwordChangeRequired: user.passwordChangeRequired,
        },
      };
    },

    /**
     * The signed-in person changes their own password: the current one is checked under the sign-in
     * throttle of their email, so a stolen session cannot guess it. This session goes on; every other
     * one of theirs ends (a lost laptop, a leaked password). Recorded as a change of the user, with
     * `user.password_changed` for admins; neither password nor hash is in either.
     */
    async changeOwnPassword(actor: Actor, currentPassword: string, newPassword: string) {
      const { principal } = actor;
      if (principal.kind !== 'user') throw new HttpProblem(401, 'Sign in first');
      const key = `login:email:${principal.email.toLowerCase()}`;
      await refuseWhilePaused([key], [login.maxFailures], 'Too many wrong passwords');
      if (!(await verifyPassword(await findPasswordHash(db, principal.id), currentPassword))) {
        await counters.hit(key, lockMs);
        throw new HttpProblem(403, 'The current password is wrong', {
          errors: [{ pointer: '/body/currentPassword', detail: 'is not your current password' }],
        });
      }
      if (currentPassword === newPassword) {
        throw new HttpProblem(422, 'The new password must differ from the current one', {
          errors: [{ pointer: '/body/newPassword', detail: 'must differ from the current password' }],
        });
      }
      await counters.reset(key);
      await assertStrongPassword(newPassword, { email: principal.email, name: principal.name }, '/body/newPassword');
      const passwordHash = await hashPassword(newPassword);
      await inTransaction(db, actor, async (tx, record) => {
        await lockKey(tx, 'user', principal.id);
        const before = await findUser(tx, principal.id, true);
        await updateUser(tx, principal.id, { passwordHash, passwordChangeRequired: false });
        await endSessionsOf(tx, principal.id, principal.sessionHash);
        await record({
          action: 'update',
          entityType: 'user',
          entityKey: principal.id,
          before,
          after: await findUser(tx, principal.id),
          events: [{ type: 'user.password_changed', audience: ADMINS }],
        });
      });
      return { userId: principal.id };
    },

    /**
     * An admin lifts the sign-in lock on an email, for a person locked out by someone else's guessing.
     * Recorded first, then lifted: the counters live outside the database's transaction.
     */
    async liftLockout(actor: Actor, email: string) {
      const key = email.toLowerCase();
      const failures = await throttle.failures(key);
      await inTransaction(db, actor, (_tx, record) =>
        record({
          action: 'delete',
          entityType: 'login_lockout',
          entityKey: key,
          before: { failures },
          after: null,
          events: [{ type: 'login_lockout.lifted', audience: ADMINS, data: { email: key, failures } }],
        }),
      );
      await throttle.lift(key);
      return failures;
    },

    /** Ends the caller's session, if it is one. */
    async signOut(principal: Principal) {
      if (principal.kind === 'user') await deleteSession(db, principal.sessionHash);
    },

    /** The signed-in user as they are now, with the session's CSRF token and whether they must choose a password. */
    async sessionOf(principal: Principal) {
      if (principal.kind !== 'user') throw new HttpProblem(401, 'Sign in first');
      const [user, passwordChangeRequired] = await Promise.all([
        findUser(db, principal.id),
        mustChangePassword(db, principal.id),
      ]);
      return { user, csrfToken: principal.csrfToken, expiresAt: principal.expiresAt, passwordChangeRequired };
    },
  };
}
