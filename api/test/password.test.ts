import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents, users } from '../src/db/schema/index.ts';
import { hashPassword } from '../src/lib/passwords.ts';
import { ensureFirstAdmin } from '../src/modules/users/first-admin.ts';
import { createActors, login, PASSWORD, type Session } from './helpers/actors.ts';
import { createTestApp } from './helpers/app.ts';

const { app, database } = await createTestApp({ LOGIN_MAX_FAILURES: '3' });
await createActors(app, database.db);

const change = (session: Session, payload: object) =>
  app.inject({
    method: 'POST',
    url: '/v1/auth/password',
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken },
    payload,
  });
const me = (session: Session) => app.inject({ method: 'GET', url: '/v1/auth/me', headers: { cookie: session.cookie } });

describe('changing my own password', () => {
  it('keeps this session, ends every other one, and the new password signs in', async () => {
    const here = await login(app, 'boras-region@test.se');
    const elsewhere = await login(app, 'boras-region@test.se');
    const response = await change(here, { currentPassword: PASSWORD, newPassword: 'ett helt nytt lösenord' });
    expect(response.statusCode).toBe(204);
    expect((await me(here)).statusCode).toBe(200);
    expect((await me(elsewhere)).statusCode).toBe(401);
    await expect(login(app, 'boras-region@test.se')).rejects.toThrow(/401/);
    await login(app, 'boras-region@test.se', 'ett helt nytt lösenord');
  });

  it('is audited as a change of the user, without any password in it', async () => {
    const [user] = await database.db.select().from(users).where(eq(users.email, 'boras-region@test.se'));
    const events = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityKey, user?.id ?? ''));
    const event = events.find((e) => e.actorLabel === 'boras-region@test.se');
    expect(event).toMatchObject({ action: 'update', entityType: 'user', actorKind: 'user' });
    expect(JSON.stringify(event)).not.toMatch(/password|argon2/i);
  });

  it('refuses a wrong current password naming the field, and pauses after repeated tries', async () => {
    const session = await login(app, 'goteborg@test.se');
    const wrong = await change(session, {
      currentPassword: 'inte mitt lösenord',
      newPassword: 'ett helt nytt lösenord',
    });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(wrong.json().errors).toEqual([{ pointer: '/body/currentPassword', detail: 'is not your current password' }]);
    await change(session, { currentPassword: 'fel igen', newPassword: 'ett helt nytt lösenord' });
    await change(session, { currentPassword: 'och fel igen', newPassword: 'ett helt nytt lösenord' });
    const paused = await change(session, { currentPassword: PASSWORD, newPassword: 'ett helt nytt lösenord' });
    expect(paused.statusCode).toBe(429);
    expect(Number(paused.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('refuses a short new password, or the same one again, naming newPassword', async () => {
    const session = await login(app, 'admin@test.se');
    const short = await change(session, { currentPassword: PASSWORD, newPassword: 'kort' });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors.map((e: { pointer: string }) => e.pointer)).toEqual(['/body/newPassword']);
    const same = await change(session, { currentPassword: PASSWORD, newPassword: PASSWORD });
    expect(same.statusCode).toBe(422);
    expect(same.json().errors[0].pointer).toBe('/body/newPassword');
  });

  it('needs a session and its CSRF token', async () => {
    const anonymous = await app.inject({
      method: 'POST',
      url: '/v1/auth/password',
      payload: { currentPassword: PASSWORD, newPassword: 'ett helt nytt lösenord' },
    });
    expect(anonymous.statusCode).toBe(401);
    const session = await login(app, 'admin@test.se');
    const forged = await app.inject({
      method: 'POST',
      url: '/v1/auth/password',
      headers: { cookie: session.cookie },
      payload: { currentPassword: PASSWORD, newPassword: 'ett helt nytt lösenord' },
    });
    expect(forged.statusCode).toBe(403);
  });
});

describe('a generated first password', () => {
  it('must be changed: sign-in and me say so until the admin has chosen one', async () => {
    await database.db.delete(users).where(eq(users.role, 'admin'));
    const first = await ensureFirstAdmin(database.db, { email: 'forsta@test.se', password: undefined }, true);
    const password = first.outcome === 'created' ? (first.generatedPassword ?? '') : '';
    const signIn = await app.inject({
      method: 'POST',
      url: '/v1/auth/login',
      payload: { email: 'forsta@test.se', password },
    });
    expect(signIn.json().passwordChangeRequired).toBe(true);
    const session = await login(app, 'forsta@test.se', password);
    expect((await me(session)).json().passwordChangeRequired).toBe(true);
    expect((await change(session, { currentPassword: password, newPassword: 'mitt eget lösenord' })).statusCode).toBe(
      204,
    );
    expect((await me(session)).json().passwordChangeRequired).toBe(false);
  });

  it('is not asked of a password someone chose', async () => {
    const session = await login(app, 'boras-region@test.se', 'ett helt nytt lösenord');
    expect((await me(session)).json().passwordChangeRequired).toBe(false);
  });
});

describe('a password an admin sets for someone else', () => {
  it('must be changed by them at their next sign-in; their sessions end', async () => {
    const passwordHash = await hashPassword(PASSWORD);
    await database.db.insert(users).values({ email: 'admin2@test.se', name: 'Admin', role: 'admin', passwordHash });
    const admin = await login(app, 'admin2@test.se');
    const before = await login(app, 'goteborg@test.se');
    const [user] = await database.db.select().from(users).where(eq(users.email, 'goteborg@test.se'));
    const read = await app.inject({ url: `/v1/users/${user?.id}`, headers: { cookie: admin.cookie } });
    const reset = await app.inject({
      method: 'PATCH',
      url: `/v1/users/${user?.id}`,
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken, 'if-match': String(read.headers.etag) },
      payload: { password: 'ett lösenord från admin' },
    });
    expect(reset.statusCode, reset.body).toBe(200);
    expect((await me(before)).statusCode).toBe(401);
    const after = await login(app, 'goteborg@test.se', 'ett lösenord från admin');
    expect((await me(after)).json().passwordChangeRequired).toBe(true);
  });
});
