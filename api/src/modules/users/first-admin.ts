import { systemActor } from '../../access/principal.ts';
import type { Db } from '../../db/client.ts';
import { assertStrongPassword } from '../../lib/passwords.ts';
import { HttpProblem } from '../../lib/problems.ts';
import { randomToken } from '../../lib/tokens.ts';
import { adminExists } from './repository.ts';
import { createUserService } from './service.ts';

export const GENERATED_ADMIN_EMAIL = 'admin@valfardsnavet.local';

export type FirstAdmin =
  | { outcome: 'exists' }
  | { outcome: 'created'; email: string; generatedPassword?: string }
  | { outcome: 'missing' };

/**
 * Makes sure someone can sign in. If no admin exists, ADMIN_EMAIL and ADMIN_PASSWORD create one; on
 * the embedded database without them, a random password is generated, for the caller to print once,
 * and must be changed at the first sign-in. No default password exists anywhere. The admin is made
 * through the users service, so the audit log and the change feed say the system made them.
 */
export async function ensureFirstAdmin(
  db: Db,
  admin: { email: string | undefined; password: string | undefined },
  mayGenerate: boolean,
): Promise<FirstAdmin> {
  if (await adminExists(db)) return { outcome: 'exists' };
  const users = createUserService({ db });
  const actor = systemActor('first-start');
  if (admin.email && admin.password) {
    await assertStrongPassword(admin.password, { email: admin.email }).catch((error) => {
      throw error instanceof HttpProblem ? new Error(`ADMIN_PASSWORD ${error.options.errors?.[0]?.detail}`) : error;
    });
    const made = await users.createFirstAdmin(actor, {
      email: admin.email,
      password: admin.password,
      generated: false,
    });
    return made ? { outcome: 'created', email: admin.email } : { outcome: 'exists' };
  }
  if (!mayGenerate) return { outcome: 'missing' };
  const generatedPassword = randomToken(18);
  const email = admin.email ?? GENERATED_ADMIN_EMAIL;
  const made = await users.createFirstAdmin(actor, { email, password: generatedPassword, generated: true });
  return made ? { outcome: 'created', email, generatedPassword } : { outcome: 'exists' };
}
