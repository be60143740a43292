import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { sessions } from '../src/db/schema/index.ts';
import { createActors, login, PASSWORD } from './helpers/actors.ts';
import { createTestApp } from './helpers/app.ts';

const { app, database } = await createTestApp({
  LOGIN_MAX_FAILURES: '3',
  LOGIN_ADDRESS_MAX_FAILURES: '12',
  SESSION_IDLE_MINUTES: '5',
});
await createActors(app, database.db);
const attempt = (email: string, password: string, remoteAddress = '10.0.0.1') =>
  app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email, password }, remoteAddress });

describe('signing in', () => {
  it('sets a session cookie that scripts cannot read and other sites do not send', async () => {
    const response = await attempt('admin@test.se', PASSWORD);
    expect(response.statusCode).toBe(200);
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/^vn_session=[A-Za-z0-9_-]{40,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Secure');
    expect(response.json()).toMatchObject({
      user: { email: 'admin@test.se', role: 'admin' },
      csrfToken: expect.any(String),
    });
    expect(response.body).not.toContain('passwordHash');
  });

  it('answers an unknown email exactly as a wrong password', async () => {
    const unknown = await attempt('nobody@test.se', PASSWORD, '10.0.0.2');
    const wrong = await attempt('admin@test.se', 'not the password', '10.0.0.2');
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect({ ...unknown.json(), instance: '' }).toEqual({ ...wrong.json(), instance: '' });
  });

  it('pauses sign-in for an email from the address that keeps failing, even with the right password', async () => {
    for (let i = 0; i < 3; i++) expect((await attempt('goteborg@test.se', 'wrong', '10.0.0.3')).statusCode).toBe(401);
    const paused = await attempt('goteborg@test.se', PASSWORD, '10.0.0.3');
    expect(paused.statusCode).toBe(429);
    expect(Number(paused.headers['retry-after'])).toBeGreaterThan(0);
    // The owner, elsewhere, is not locked out by someone else's guessing.
    expect((await attempt('goteborg@test.se', PASSWORD, '10.0.0.4')).statusCode).toBe(200);
    // An unknown email is paused the same way, so the pause does not reveal which emails exist.
    for (let i = 0; i < 3; i++) await attempt('ghost@test.se', 'wrong', '10.0.0.5');
    expect((await attempt('ghost@test.se', 'wrong', '10.0.0.5')).statusCode).toBe(429);
  });

  it('pauses sign-in from an address that keeps failing across emails', async () => {
    for (let i = 0; i < 12; i++) await attempt(`guess${i}@test.se`, 'wrong', '10.0.0.7');
    expect((await attempt('admin@test.se', PASSWORD, '10.0.0.7')).statusCode).toBe(429);
    expect((await attempt('admin@test.se', PASSWORD, '10.0.0.8')).statusCode).toBe(200);
  });

  it('refuses a malformed request naming the field', async () => {
    const response = await app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email: 'not-an-email' } });
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .errors.map((e: { pointer: string }) => e.pointer)
        .sort(),
    ).toEqual(['/body/email', '/body/password']);
  });
});

describe('a session', () => {
  it('tells who is signed in, with scope and CSRF token', async () => {
    const session = await login(app, 'boras-region@test.se');
    const me = await app.inject({ url: '/v1/auth/me', headers: { cookie: session.cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      user: { role: 'editor', scope: { association: 'borasregionen', municipality: null } },
      csrfToken: session.csrfToken,
    });
    expect(me.headers['cache-control']).toBe('private, no-store');
  });

  it('ends at sign-out', async () => {
    const session = await login(app, 'boras-region@test.se');
    const out = await app.inject({
      method: 'POST',
      url: '/v1/auth/logout',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken },
    });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toContain('Max-Age=0');
    expect((await app.inject({ url: '/v1/auth/me', headers: { cookie: session.cookie } })).statusCode).toBe(401);
  });

  it('expires after the idle limit and after the absolute limit', async () => {
    const idle = await login(app, 'boras-region@test.se');
    const absolute = await login(app, 'boras-region@test.se');
    const hash = (cookie: string) => sql`encode(sha256(convert_to(${cookie.split('=')[1]}, 'UTF8')), 'hex')`;
    await database.db
      .update(sessions)
      .set({ lastSeenAt: new Date(Date.now() - 6 * 60_000) })
      .where(eq(sessions.tokenHash, hash(idle.cookie)));
    await database.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.tokenHash, hash(absolute.cookie)));
    expect((await app.inject({ url: '/v1/auth/me', headers: { cookie: idle.cookie } })).statusCode).toBe(401);
    expect((await app.inject({ url: '/v1/auth/me', headers: { cookie: absolute.cookie } })).statusCode).toBe(401);
  });

  it('is not accepted from a deactivated user', async () => {
    const admin = await login(app, 'admin@test.se');
    const users = (await app.inject({ url: '/v1/users?limit=100', headers: { cookie: admin.cookie } })).json().items;
    const editor = users.find((u: { email: string }) => u.email === 'boras-region@test.se');
    const mine = await login(app, 'boras-region@test.se');
    expect((await app.inject({ url: '/v1/auth/me', headers: { cookie: mine.cookie } })).statusCode).toBe(200);
    const etag = (await app.inject({ url: `/v1/users/${editor.id}`, headers: { cookie: admin.cookie } })).headers
      .etag as string;
    const off = await app.inject({
      method: 'PATCH',
      url: `/v1/users/${editor.id}`,
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken, 'if-match': etag },
      payload: { active: false },
    });
    expect(off.statusCode).toBe(200);
    expect((await app.inject({ url: '/v1/auth/me', headers: { cookie: mine.cookie } })).statusCode).toBe(401);
  });
});
