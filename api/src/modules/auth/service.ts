import type { Principal } from '../../access/principal.ts';
import { createSession, deleteSession, findUserByEmail, mustChangePassword } from '../../access/sessions.ts';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import type { Counters } from '../../lib/counters.ts';
import { verifyPassword } from '../../lib/passwords.ts';
import { HttpProblem } from '../../lib/problems.ts';
import { randomToken, tokenHash } from '../../lib/tokens.ts';
import { findUser } from '../users/repository.ts';

const WRONG = 'The email or the password is wrong';

interface Deps {
  db: Db;
  counters: Counters;
  login: Config['login'];
  session: Config['session'];
}

/**
 * Signing in and out. Sessions are not domain changes: they write no audit event and no domain
 * event. Another way to start or end sessions (a person changing their own password, say) belongs
 * here beside these, reusing `startSession`.
 */
export function createAuthService({ db, counters, login, session }: Deps) {
  const lockMs = login.lockMinutes * 60_000;

  /** A new session for a user: the token goes to the cookie, only its hash to the database. */
  async function startSession(userId: string) {
    const token = randomToken();
    const csrfToken = randomToken();
    const expiresAt = new Date(Date.now() + session.absoluteHours * 3_600_000);
    await createSession(db, { tokenHash: tokenHash(token), userId, csrfToken, expiresAt });
    return { token, csrfToken, expiresAt };
  }

  return {
    startSession,

    /**
     * Checks the email and password and starts a session. Failed attempts are counted per email
     * (known or not, so the answer never tells which) and per address; past either limit sign-in
     * pauses, even with the right password.
     */
    async signIn(email: string, password: string, address: string) {
      const keys = [`login:email:${email.toLowerCase()}`, `login:ip:${address}`] as const;
      const limits = [login.maxFailures, login.maxFailures * 4];
      const counts = await Promise.all(keys.map((key) => counters.peek(key)));
      const blocked = counts.find((state, i) => state.count >= (limits[i] as number));
      if (blocked) {
        const wait = Math.max(1, Math.ceil(blocked.resetMs / 1000));
        throw new HttpProblem(429, `Too many failed sign-in attempts; try again in ${Math.ceil(wait / 60)} minutes`, {
          headers: { 'retry-after': String(wait) },
        });
      }
      const user = await findUserByEmail(db, email);
      const valid = await verifyPassword(user?.passwordHash, password);
      if (!user || !valid || !user.active) {
        await Promise.all(keys.map((key) => counters.hit(key, lockMs)));
        throw new HttpProblem(401, WRONG);
      }
      await counters.reset(keys[0]);
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
