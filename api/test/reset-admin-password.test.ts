import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents, domainEvents, users } from '../src/db/schema/index.ts';
import { createActors, login } from './helpers/actors.ts';
import { createTestApp } from './helpers/app.ts';

const { app, database, databaseUrl } = await createTestApp();
await createActors(app, database.db);

/** `pnpm admin:reset-password [email]` as an operator runs it, against this file's database. */
const reset = (...args: string[]) =>
  promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/scripts/reset-admin-password.ts', ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'production', PORT: '1' },
  }).then(
    ({ stdout }) => ({ code: 0, stdout, stderr: '' }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );

const me = (cookie: string) => app.inject({ url: '/v1/auth/me', headers: { cookie } });

describe('resetting an admin password from the command line', () => {
  it('prints a new password once that signs in, must be changed, and ends the old sessions', async () => {
    const old = await login(app, 'admin@test.se');
    const { code, stdout } = await reset('ADMIN@test.se');
    expect(code).toBe(0);
    const password = /New password for admin@test\.se:\s+(\S+)/.exec(stdout)?.[1] ?? '';
    expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect((await me(old.cookie)).statusCode).toBe(401);
    const fresh = await login(app, 'admin@test.se', password);
    expect((await me(fresh.cookie)).json().passwordChangeRequired).toBe(true);
  });

  it('is recorded as the system in the audit log and, for admins, in the change feed', async () => {
    const [admin] = await database.db.select().from(users).where(eq(users.email, 'admin@test.se'));
    const key = admin?.id ?? '';
    const [audit] = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityKey, key), eq(auditEvents.actorLabel, 'admin:reset-password')));
    expect(audit).toMatchObject({ action: 'update', actorKind: 'system', actorId: null });
    expect(JSON.stringify(audit)).not.toMatch(/argon2/);
    const events = await database.db.select().from(domainEvents).where(eq(domainEvents.entityKey, key));
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'user.password_reset', audience: 'admin', actorKind: 'system' }),
    );
  });

  it('says so, and changes nothing, for an email no user has', async () => {
    const before = await database.db.select({ hash: users.passwordHash }).from(users);
    const { code, stderr } = await reset('ingen@test.se');
    expect(code).toBe(1);
    expect(stderr).toMatch(/No user has the email ingen@test\.se/);
    expect(await database.db.select({ hash: users.passwordHash }).from(users)).toEqual(before);
  });
});
