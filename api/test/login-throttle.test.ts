import { describe, expect, it } from 'vitest';
import { createActors, PASSWORD } from './helpers/actors.ts';
import { createTestApp } from './helpers/app.ts';

const { app, database } = await createTestApp({
  LOGIN_MAX_FAILURES: '2',
  LOGIN_EMAIL_LOCK_FAILURES: '6',
  LOGIN_ADDRESS_MAX_FAILURES: '1000',
});
const actors = await createActors(app, database.db);
const asAdmin = { cookie: actors.admin.cookie, 'x-csrf-token': actors.admin.csrfToken };
const attempt = (email: string, password: string, remoteAddress: string) =>
  app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email, password }, remoteAddress });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('sign-in throttling', () => {
  it('pauses an (email, address) pair twice as long after each further failure', async () => {
    const address = '10.1.0.1';
    expect((await attempt('goteborg@test.se', 'wrong', address)).statusCode).toBe(401);
    expect((await attempt('goteborg@test.se', 'wrong', address)).statusCode).toBe(401);
    const first = await attempt('goteborg@test.se', PASSWORD, address);
    expect(first.statusCode).toBe(429);
    expect(first.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(first.headers['retry-after']).toBe('1');
    await sleep(1100);
    expect((await attempt('goteborg@test.se', 'wrong', address)).statusCode).toBe(401);
    expect((await attempt('goteborg@test.se', PASSWORD, address)).headers['retry-after']).toBe('2');
    await sleep(2100);
    // Once the pause is over, the right password works and the count starts again.
    expect((await attempt('goteborg@test.se', PASSWORD, address)).statusCode).toBe(200);
    expect((await attempt('goteborg@test.se', 'wrong', address)).statusCode).toBe(401);
    expect((await attempt('goteborg@test.se', PASSWORD, address)).statusCode).toBe(200);
  });

  it('no stranger locks out an admin with a few tries; many from everywhere lock the email until an admin lifts it', async () => {
    for (let i = 0; i < 5; i++) await attempt('admin@test.se', 'wrong', `10.2.0.${i}`);
    expect((await attempt('admin@test.se', PASSWORD, '10.3.0.1')).statusCode).toBe(200);

    for (let i = 0; i < 6; i++) await attempt('boras-region@test.se', 'wrong', `10.4.0.${i}`);
    const locked = await attempt('boras-region@test.se', PASSWORD, '10.5.0.1');
    expect(locked.statusCode).toBe(429);
    expect(locked.json().detail).toContain('for this email');

    const editorSession = await attempt('goteborg@test.se', PASSWORD, '10.6.0.1');
    const editor = String(editorSession.headers['set-cookie']).split(';')[0] as string;
    const byEditor = await app.inject({
      method: 'DELETE',
      url: '/v1/auth/lockouts/boras-region@test.se',
      headers: { cookie: editor, 'x-csrf-token': editorSession.json().csrfToken },
    });
    expect(byEditor.statusCode).toBe(403);

    const lifted = await app.inject({
      method: 'DELETE',
      url: '/v1/auth/lockouts/Boras-Region@test.se',
      headers: asAdmin,
    });
    expect(lifted.statusCode).toBe(204);
    expect((await attempt('boras-region@test.se', PASSWORD, '10.5.0.1')).statusCode).toBe(200);

    const audit = await app.inject({
      url: '/v1/audit-events?entityType=login_lockout&entityKey=boras-region@test.se',
      headers: asAdmin,
    });
    expect(audit.json().items).toMatchObject([
      { action: 'delete', entityType: 'login_lockout', before: { failures: 6 }, actor: { kind: 'user' } },
    ]);
  });
});
