import { describe, expect, it } from 'vitest';
import { createActors } from './helpers/actors.ts';
import { createTestApp } from './helpers/app.ts';

const { app, database } = await createTestApp({ API_KEY_CACHE_SECONDS: '30' });
const { admin, supplierKey } = await createActors(app, database.db);
const asAdmin = { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken };
const create = (payload: object) => app.inject({ method: 'POST', url: '/v1/api-clients', headers: asAdmin, payload });

describe('API clients', () => {
  it('shows a new key once and stores only its hash', async () => {
    const response = await create({ name: 'Fyrbodal webbplats', kind: 'integrator', rateLimitTier: 'high' });
    expect(response.statusCode).toBe(201);
    const { client, key } = response.json();
    expect(key).toMatch(/^vn_[A-Za-z0-9_-]{43}$/);
    expect(client).toMatchObject({
      kind: 'integrator',
      rateLimitTier: 'high',
      keyPrefix: key.slice(0, 7),
      supplier: null,
    });
    expect(response.headers.location).toBe(`/v1/api-clients/${client.id}`);
    const again = (await app.inject({ url: `/v1/api-clients/${client.id}`, headers: asAdmin })).body;
    expect(again).not.toContain(key);
    const stored = await database.db.execute(`select key_hash from api_clients where id = '${client.id}'` as never);
    expect(JSON.stringify(stored)).not.toContain(key);
  });

  it('links a supplier key to its organisation, checking the organisationsnummer', async () => {
    const ok = await create({
      name: 'Leverantör',
      kind: 'supplier',
      supplier: { name: 'Leverantören AB', organisationNumber: '5560360793' },
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().client.supplier).toMatchObject({ name: 'Exempelbolaget AB', organisationNumber: '556036-0793' });

    const bad = await create({
      name: 'Fel',
      kind: 'supplier',
      supplier: { name: 'Fel AB', organisationNumber: '556036-0794' },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors).toEqual([
      { pointer: '/body/supplier/organisationNumber', detail: 'has a wrong check digit' },
    ]);

    const missing = await create({ name: 'Utan', kind: 'supplier' });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().errors[0].pointer).toBe('/body/supplier');
  });

  it('accepts a key as a Bearer token and records when it was last used', async () => {
    const read = await app.inject({
      url: '/v1/municipalities/1490',
      headers: { authorization: `Bearer ${supplierKey}` },
    });
    expect(read.statusCode).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const clients = (await app.inject({ url: '/v1/api-clients?kind=supplier', headers: asAdmin })).json().items;
    expect(clients.some((c: { lastUsedAt: string | null }) => c.lastUsedAt !== null)).toBe(true);
  });

  it('refuses an unknown key (401) and any key in the query string (400)', async () => {
    const unknown = await app.inject({
      url: '/v1/counties',
      headers: { authorization: 'Bearer vn_thisisnotakeythisisnotakeythisisnotakey' },
    });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.headers['www-authenticate']).toBe('Bearer');
    const inQuery = await app.inject({ url: `/v1/counties?api_key=${supplierKey}` });
    expect(inQuery.statusCode).toBe(400);
    expect(inQuery.json().errors[0].pointer).toBe('/query/api_key');
    expect(inQuery.body).not.toContain(supplierKey);
  });

  it('stops a revoked key at once, and revokes only once', async () => {
    const { client, key } = (await create({ name: 'Kortlivad', kind: 'integrator' })).json();
    const headers = { authorization: `Bearer ${key}` };
    expect((await app.inject({ url: '/v1/counties', headers })).statusCode).toBe(200);
    const etag = (await app.inject({ url: `/v1/api-clients/${client.id}`, headers: asAdmin })).headers.etag as string;
    const revoked = await app.inject({
      method: 'DELETE',
      url: `/v1/api-clients/${client.id}`,
      headers: { ...asAdmin, 'if-match': etag },
    });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().revokedAt).not.toBeNull();
    expect((await app.inject({ url: '/v1/counties', headers })).statusCode).toBe(401);
    const twice = await app.inject({
      method: 'DELETE',
      url: `/v1/api-clients/${client.id}`,
      headers: { ...asAdmin, 'if-match': revoked.headers.etag as string },
    });
    expect(twice.statusCode).toBe(409);
  });
});

describe('users', () => {
  it('creates an editor with a scope and refuses scopes that do not fit', async () => {
    const user = (payload: object) => app.inject({ method: 'POST', url: '/v1/users', headers: asAdmin, payload });
    const base = { name: 'Eva', password: 'rostig cykel under bron' };
    const ok = await user({ ...base, email: 'eva@test.se', role: 'editor', scope: { municipality: '0114' } });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({
      role: 'editor',
      scope: { municipality: '0114', association: null },
      active: true,
    });

    expect(
      (await user({ ...base, email: 'eva@test.se', role: 'editor', scope: { municipality: '0114' } })).statusCode,
    ).toBe(409);
    const noScope = await user({ ...base, email: 'x1@test.se', role: 'editor' });
    expect(noScope.statusCode).toBe(422);
    const adminScope = await user({ ...base, email: 'x2@test.se', role: 'admin', scope: { association: 'fyrbodal' } });
    expect(adminScope.statusCode).toBe(422);
    const unknown = await user({ ...base, email: 'x3@test.se', role: 'editor', scope: { association: 'atlantis' } });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors[0].pointer).toBe('/body/scope/association');
    const short = await user({
      ...base,
      email: 'x4@test.se',
      role: 'editor',
      scope: { municipality: '0114' },
      password: 'short',
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors[0].pointer).toBe('/body/password');
  });

  it('never deletes or demotes the last active admin', async () => {
    const admins = (await app.inject({ url: '/v1/users?role=admin', headers: asAdmin })).json().items;
    expect(admins).toHaveLength(1);
    const etag = (await app.inject({ url: `/v1/users/${admins[0].id}`, headers: asAdmin })).headers.etag as string;
    const remove = await app.inject({
      method: 'DELETE',
      url: `/v1/users/${admins[0].id}`,
      headers: { ...asAdmin, 'if-match': etag },
    });
    expect(remove.statusCode).toBe(409);
    const demote = await app.inject({
      method: 'PATCH',
      url: `/v1/users/${admins[0].id}`,
      headers: { ...asAdmin, 'if-match': etag },
      payload: { role: 'editor', scope: { municipality: '1490' } },
    });
    expect(demote.statusCode).toBe(409);
  });
});
