import type { Config } from '../../config.ts';
import type { Counters } from '../../lib/counters.ts';
import { HttpProblem } from '../../lib/problems.ts';

/**
 * Failed sign-ins slow down the one who fails, not the person whose email is typed:
 * - per (email, address) pair, the first `maxFailures - 1` failures cost nothing; each further one
 *   pauses that pair for twice as long as the last (1 s, 2 s, 4 s … up to `lockMinutes`);
 * - per email, only `emailLockFailures` failures from any addresses lock it (a distributed guess),
 *   until the lock expires or an admin lifts it (`DELETE /v1/auth/lockouts/{email}`);
 * - per address, `addressMaxFailures` failures across emails pause it (one machine trying many).
 * Unknown emails are counted exactly like known ones, so no answer tells which emails exist.
 */
export function loginThrottle(counters: Counters, login: Config['login']) {
  const lockMs = login.lockMinutes * 60_000;
  const keys = (email: string, address: string) => {
    const who = email.toLowerCase();
    return {
      pair: `login:pair:${who}:${address}`,
      pause: `login:pause:${who}:${address}`,
      email: `login:email:${who}`,
      address: `login:ip:${address}`,
    };
  };
  const tooMany = (resetMs: number, what: string) => {
    const wait = Math.max(1, Math.ceil(resetMs / 1000));
    const when = wait < 120 ? `${wait} seconds` : `${Math.ceil(wait / 60)} minutes`;
    return new HttpProblem(429, `Too many failed sign-in attempts ${what}; try again in ${when}`, {
      headers: { 'retry-after': String(wait) },
    });
  };

  return {
    /** Throws a 429 with Retry-After while this pair is paused or the email or address is locked. */
    async check(email: string, address: string): Promise<void> {
      const k = keys(email, address);
      const [pause, byEmail, byAddress] = await Promise.all([
        counters.peek(k.pause),
        counters.peek(k.email),
        counters.peek(k.address),
      ]);
      if (byEmail.count >= login.emailLockFailures) throw tooMany(byEmail.resetMs, 'for this email');
      if (byAddress.count >= login.addressMaxFailures) throw tooMany(byAddress.resetMs, 'from this address');
      if (pause.count > 0) throw tooMany(pause.resetMs, 'from this address for this email');
    },

    async failed(email: string, address: string): Promise<void> {
      const k = keys(email, address);
      const [pair] = await Promise.all([
        counters.hit(k.pair, 4 * lockMs),
        counters.hit(k.email, lockMs),
        counters.hit(k.address, lockMs),
      ]);
      const beyond = pair.count - login.maxFailures;
      if (beyond >= 0) await counters.hit(k.pause, Math.min(lockMs, 1000 * 2 ** beyond));
    },

    async succeeded(email: string, address: string): Promise<void> {
      const k = keys(email, address);
      await Promise.all([counters.reset(k.pair), counters.reset(k.pause)]);
    },

    /** How many failed sign-ins are counted against an email from anywhere. */
    async failures(email: string): Promise<number> {
      return (await counters.peek(keys(email, '').email)).count;
    },

    /** Lifts the lock on an email; answers how many failures it had counted. */
    async lift(email: string): Promise<number> {
      const key = keys(email, '').email;
      const { count } = await counters.peek(key);
      await counters.reset(key);
      return count;
    },
  };
}

export type LoginThrottle = ReturnType<typeof loginThrottle>;
