import { assertStrongPassword, hashPassword } from '../../lib/passwords.ts';
import { HttpProblem } from '../../lib/problems.ts';
import { randomToken } from '../../lib/tokens.ts';
import { adminExists } from '../../modules/users/repository.ts';
import type { Db } from '../client.ts';
import { users } from '../schema/index.ts';

export const GENERATED_ADMIN_EMAIL = 'admin@valfardsnavet.local';

export type FirstAdmin =
  | { outcome: 'exists' }
  | { outcome: 'created'; email: string; generatedPassword?: string }
  | { outcome: 'missing' };

/**
 * Makes sure someone can sign in. If no admin exists, ADMIN_EMAIL and ADMIN_PASSWORD create one; on
 * the embedded database without them, a random password is generated, for the caller to print once.
 * No default password exists anywhere.
 */
export async function ensureFirstAdmin(
  db: Db,
  admin: { email: string | undefined; password: string | undefined },
  mayGenerate: boolean,
): Promise<FirstAdmin> {
  if (await adminExists(db)) return { outcome: 'exists' };
  if (admin.email && admin.password) {
    await assertStrongPassword(admin.password, { email: admin.email }).catch((error) => {
      throw error instanceof HttpProblem ? new Error(`ADMIN_PASSWORD ${error.options.errors?.[0]?.detail}`) : error;
    });
    await db
      .insert(users)
      .values({ email: admin.email, name: 'Admin', role: 'admin', passwordHash: await hashPassword(admin.password) });
    return { outcome: 'created', email: admin.email };
  }
  if (!mayGenerate) return { outcome: 'missing' };
  const generatedPassword = randomToken(18);
  const email = admin.email ?? GENERATED_ADMIN_EMAIL;
  // Printed in a terminal, the generated password is for the first sign-in only: the admin must choose one.
  await db.insert(users).values({
    email,
    name: 'Admin',
    role: 'admin',
    passwordHash: await hashPassword(generatedPassword),
    passwordChangeRequired: true,
  });
  return { outcome: 'created', email, generatedPassword };
}
