import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createDb } from '../src/db/client.ts';
import { auditEvents, domainEvents, users } from '../src/db/schema/index.ts';
import { ensureFirstAdmin, GENERATED_ADMIN_EMAIL } from '../src/modules/users/first-admin.ts';
import { createTestApp, createTestDatabase } from './helpers/app.ts';

// Each case gets a database of its own, made at the top of the file so that all are dropped afterwards.
const fromEnvironment = await createTestApp();
const generated = await createTestApp();
const serverUrl = await createTestDatabase();

describe('the first admin', () => {
  it('comes from ADMIN_EMAIL and ADMIN_PASSWORD once, and never twice', async () => {
    const { app, database } = fromEnvironment;
    const credentials = { email: 'forsta@test.se', password: 'ett första lösenord' };
    expect(await ensureFirstAdmin(database.db, credentials, false)).toEqual({
      outcome: 'created',
      email: 'forsta@test.se',
    });
    expect(await ensureFirstAdmin(database.db, credentials, false)).toEqual({ outcome: 'exists' });
    const login = await app.inject({ method: 'POST', url: '/v1/auth/login', payload: credentials });
    expect(login.json().user.role).toBe('admin');
  });

  it('is recorded as made by the system, in the audit log and the change feed', async () => {
    const { database } = fromEnvironment;
    const [admin] = await database.db.select().from(users).where(eq(users.email, 'forsta@test.se'));
    const [audit] = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityKey, admin?.id ?? ''));
    expect(audit).toMatchObject({ action: 'create', actorKind: 'system', actorLabel: 'first-start', actorId: null });
    expect(JSON.stringify(audit)).not.toMatch(/password|argon2/i);
    const [event] = await database.db
      .select()
      .from(domainEvents)
      .where(eq(domainEvents.entityKey, admin?.id ?? ''));
    expect(event).toMatchObject({ type: 'user.created', audience: 'admin', actorKind: 'system' });
  });

  it('on the embedded database without them, gets a random password that works', async () => {
    const { app, database } = generated;
    const first = await ensureFirstAdmin(database.db, { email: undefined, password: undefined }, true);
    expect(first).toMatchObject({
      outcome: 'created',
      email: GENERATED_ADMIN_EMAIL,
      generatedPassword: expect.stringMatching(/^[A-Za-z0-9_-]{24}$/),
    });
    const password = first.outcome === 'created' ? first.generatedPassword : '';
    const login = await app.inject({
      method: 'POST',
      url: '/v1/auth/login',
      payload: { email: GENERATED_ADMIN_EMAIL, password },
    });
    expect(login.statusCode).toBe(200);
  });

  it('on a server without them, is reported missing rather than invented', async () => {
    const database = await createDb({ databaseUrl: serverUrl, maxConnections: 1 });
    expect(await ensureFirstAdmin(database.db, { email: undefined, password: undefined }, false)).toEqual({
      outcome: 'missing',
    });
    await database.close();
  });
});
