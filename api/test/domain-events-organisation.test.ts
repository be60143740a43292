import { randomUUID } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { associationMembers, auditEvents, domainEvents, municipalities } from '../src/db/schema/index.ts';
import { createActors, login, PASSWORD } from './helpers/actors.ts';
import { createTestApp } from './helpers/app.ts';

// Every change to the organisation register and to access (users, API keys) writes its audit event and
// its domain events in the transaction that makes it: all three are there together, or none is.

const { app, database } = await createTestApp();
const db = database.db;
const { admin } = await createActors(app, db);
const asAdmin = { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken };
const editor = await login(app, 'boras-region@test.se');
const asEditor = { cookie: editor.cookie, 'x-csrf-token': editor.csrfToken };

// A change to a key listed here fails when its domain event is written: after the change and its
// audit event, so a rollback is the only way none of them stays.
await db.execute(sql`create table refused_event_keys (key text primary key)`);
await db.execute(sql`create function refuse_marked_events() returns trigger language plpgsql as $$
  begin
    if exists (select 1 from refused_event_keys where key = new.entity_key) then
      raise exception 'event store unavailable for %', new.entity_key;
    end if;
    return new;
  end $$`);
await db.execute(
  sql`create trigger refuse_marked_events before insert on domain_events for each row execute function refuse_marked_events()`,
);
const refuseEventsFor = (key: string) => db.execute(sql`insert into refused_event_keys values (${key})`);

/** A request id of its own for each request, so what it recorded can be found by it. */
const requestId = () => `org-${randomUUID()}`;
const etagOf = async (url: string, headers: Record<string, string> = {}) =>
  (await app.inject({ url, headers })).headers.etag as string;

/** The slugs of the associations in a municipality's representation, as an event carries it. */
const associationsIn = (data: unknown) =>
  (data as { associations: { slug: string }[] }).associations.map((a) => a.slug);

/** The audit events and domain events a request wrote, in the order written. */
async function recordedBy(id: string) {
  const audits = await db.select().from(auditEvents).where(eq(auditEvents.requestId, id));
  const events = await db
    .select()
    .from(domainEvents)
    .where(eq(domainEvents.requestId, id))
    .orderBy(asc(domainEvents.position));
  return { audits, events };
}

const publicAudience = {
  audience: 'public',
  audienceMunicipalities: [],
  audienceAssociations: [],
  audienceSupplierId: null,
};
const adminAudience = { ...publicAudience, audience: 'admin' };

describe('a municipality', () => {
  it('changed: the change, its audit event and a public municipality.updated with the new representation', async () => {
    const id = requestId();
    const response = await app.inject({
      method: 'PATCH',
      url: '/v1/municipalities/1490',
      headers: { ...asEditor, 'if-match': await etagOf('/v1/municipalities/1490'), 'x-request-id': id },
      payload: { description: 'Händelser', population: 115_000 },
    });
    expect(response.statusCode).toBe(200);
    const { audits, events } = await recordedBy(id);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      action: 'update',
      entityType: 'municipality',
      entityKey: '1490',
      actorLabel: 'boras-region@test.se',
      after: { description: 'Händelser', population: 115_000 },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'municipality.updated',
      entityType: 'municipality',
      entityKey: '1490',
      actorKind: 'user',
      actorLabel: 'boras-region@test.se',
      ...publicAudience,
    });
    expect(events[0]?.data).toEqual(response.json());
  });

  it('is not changed, audited or announced when its event cannot be written', async () => {
    await refuseEventsFor('1491');
    const etag = await etagOf('/v1/municipalities/1491');
    const id = requestId();
    const response = await app.inject({
      method: 'PATCH',
      url: '/v1/municipalities/1491',
      headers: { ...asAdmin, 'if-match': etag, 'x-request-id': id },
      payload: { description: 'Ska inte synas' },
    });
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('event store unavailable');
    const [row] = await db.select().from(municipalities).where(eq(municipalities.code, '1491'));
    expect(row?.description).not.toBe('Ska inte synas');
    expect(await etagOf('/v1/municipalities/1491')).toBe(etag);
    expect(await recordedBy(id)).toEqual({ audits: [], events: [] });
  });
});

describe('an association', () => {
  const member = async (method: 'PUT' | 'DELETE', slug: string, code: string, id: string, payload?: object) =>
    app.inject({
      method,
      url: `/v1/associations/${slug}/members/${code}`,
      headers: { ...asAdmin, 'if-match': await etagOf(`/v1/associations/${slug}`), 'x-request-id': id },
      ...(payload ? { payload } : {}),
    });

  it('changed: its audit event and a public association.updated with the new representation', async () => {
    const id = requestId();
    const response = await app.inject({
      method: 'PATCH',
      url: '/v1/associations/borasregionen',
      headers: { ...asEditor, 'if-match': await etagOf('/v1/associations/borasregionen'), 'x-request-id': id },
      payload: { contactEmail: 'handelser@borasregionen.se' },
    });
    expect(response.statusCode).toBe(200);
    const { audits, events } = await recordedBy(id);
    expect(audits).toMatchObject([{ action: 'update', entityType: 'association', entityKey: 'borasregionen' }]);
    expect(events).toMatchObject([
      { type: 'association.updated', entityType: 'association', entityKey: 'borasregionen', ...publicAudience },
    ]);
    expect(events[0]?.data).toEqual(response.json());
  });

  it('gains a member: association.member_added naming it, and municipality.updated for the member', async () => {
    const id = requestId();
    const response = await member('PUT', 'fyrbodal', '1384', id, { since: '2025-01-01' });
    expect(response.statusCode).toBe(200);
    const { audits, events } = await recordedBy(id);
    expect(audits).toMatchObject([{ action: 'add_member', entityType: 'association', entityKey: 'fyrbodal' }]);
    expect(events.map((event) => [event.type, event.entityType, event.entityKey, event.audience])).toEqual([
      ['association.member_added', 'association', 'fyrbodal', 'public'],
      ['municipality.updated', 'municipality', '1384', 'public'],
    ]);
    expect(events[0]?.data).toEqual({ ...response.json(), member: { code: '1384', since: '2025-01-01' } });
    expect(events[1]?.data).toEqual((await app.inject({ url: '/v1/municipalities/1384' })).json());
    expect(associationsIn(events[1]?.data)).toContain('fyrbodal');
  });

  it('changes since when a member is one: association.updated, not member_added', async () => {
    const id = requestId();
    expect((await member('PUT', 'fyrbodal', '1384', id, { since: '2024-06-01' })).statusCode).toBe(200);
    const { audits, events } = await recordedBy(id);
    expect(audits).toMatchObject([{ action: 'add_member', entityKey: 'fyrbodal' }]);
    expect(events.map((event) => event.type)).toEqual(['association.updated', 'municipality.updated']);
  });

  it('loses a member: association.member_removed naming it, and municipality.updated for it', async () => {
    const id = requestId();
    const response = await member('DELETE', 'fyrbodal', '1384', id);
    expect(response.statusCode).toBe(200);
    const { audits, events } = await recordedBy(id);
    expect(audits).toMatchObject([{ action: 'remove_member', entityType: 'association', entityKey: 'fyrbodal' }]);
    expect(events.map((event) => [event.type, event.entityKey, event.audience])).toEqual([
      ['association.member_removed', 'fyrbodal', 'public'],
      ['municipality.updated', '1384', 'public'],
    ]);
    expect(events[0]?.data).toEqual({ ...response.json(), member: { code: '1384', since: '2024-06-01' } });
    expect(associationsIn(events[1]?.data)).toEqual(['goteborgsregionen']);
  });

  it('keeps no membership, audit event or event when the member’s event cannot be written', async () => {
    await refuseEventsFor('1380');
    const etag = await etagOf('/v1/associations/goteborgsregionen');
    const id = requestId();
    const response = await member('PUT', 'goteborgsregionen', '1380', id, {});
    expect(response.statusCode).toBe(500);
    const rows = await db.select().from(associationMembers).where(eq(associationMembers.municipalityCode, '1380'));
    expect(rows.map((row) => row.associationSlug)).not.toContain('goteborgsregionen');
    expect(await etagOf('/v1/associations/goteborgsregionen')).toBe(etag);
    expect(await recordedBy(id)).toEqual({ audits: [], events: [] });
  });

  it('records nothing for a refused change', async () => {
    const id = requestId();
    expect((await member('PUT', 'vastkom', '1490', id, {})).statusCode).toBe(422);
    expect(await recordedBy(id)).toEqual({ audits: [], events: [] });
  });
});

describe('a user', () => {
  const newUser = async (id: string, email: string) =>
    app.inject({
      method: 'POST',
      url: '/v1/users',
      headers: { ...asAdmin, 'x-request-id': id },
      payload: { email, name: 'Hanna', role: 'editor', scope: { municipality: '1490' }, password: PASSWORD },
    });
  const patchUser = async (userId: string, payload: object, id: string) =>
    app.inject({
      method: 'PATCH',
      url: `/v1/users/${userId}`,
      headers: { ...asAdmin, 'if-match': await etagOf(`/v1/users/${userId}`, asAdmin), 'x-request-id': id },
      payload,
    });
  /** No password hash, in any form, anywhere in what a request recorded. */
  const expectNoHash = (recorded: object) => expect(JSON.stringify(recorded)).not.toMatch(/argon2|passwordHash/);

  let userId = '';

  it('created: its audit event and user.created for admins, with the representation and no password hash', async () => {
    const id = requestId();
    const response = await newUser(id, 'hanna@test.se');
    expect(response.statusCode).toBe(201);
    userId = response.json().id;
    const recorded = await recordedBy(id);
    expect(recorded.audits).toMatchObject([{ action: 'create', entityType: 'user', entityKey: userId }]);
    expect(recorded.events).toMatchObject([
      { type: 'user.created', entityType: 'user', entityKey: userId, ...adminAudience },
    ]);
    expect(recorded.events[0]?.data).toEqual(response.json());
    expectNoHash(recorded);
  });

  it('changed: user.updated', async () => {
    const id = requestId();
    const response = await patchUser(userId, { name: 'Hanna Ek', scope: { association: 'fyrbodal' } }, id);
    expect(response.statusCode).toBe(200);
    const { audits, events } = await recordedBy(id);
    expect(audits).toMatchObject([{ action: 'update', entityKey: userId, after: { name: 'Hanna Ek' } }]);
    expect(events).toMatchObject([{ type: 'user.updated', entityKey: userId, ...adminAudience }]);
    expect(events[0]?.data).toEqual(response.json());
  });

  it('given a new password: user.password_reset, no hash anywhere, and every session of theirs ends', async () => {
    const theirs = await login(app, 'hanna@test.se');
    const id = requestId();
    const response = await patchUser(userId, { password: 'ett helt nytt lösenord' }, id);
    expect(response.statusCode).toBe(200);
    const recorded = await recordedBy(id);
    expect(recorded.audits).toMatchObject([{ action: 'update', entityKey: userId }]);
    expect(recorded.events).toMatchObject([{ type: 'user.password_reset', entityKey: userId, ...adminAudience }]);
    expect(recorded.events[0]?.data).toEqual(response.json());
    expectNoHash(recorded);
    expect((await app.inject({ url: '/v1/auth/me', headers: { cookie: theirs.cookie } })).statusCode).toBe(401);
    await login(app, 'hanna@test.se', 'ett helt nytt lösenord');
  });

  it('deactivated: user.deactivated; reactivated: user.updated', async () => {
    const off = requestId();
    expect((await patchUser(userId, { active: false }, off)).statusCode).toBe(200);
    expect((await recordedBy(off)).events).toMatchObject([{ type: 'user.deactivated', entityKey: userId }]);
    const on = requestId();
    expect((await patchUser(userId, { active: true }, on)).statusCode).toBe(200);
    expect((await recordedBy(on)).events).toMatchObject([{ type: 'user.updated', entityKey: userId }]);
  });

  it('deleted: its audit event and user.deleted carrying only the id', async () => {
    const id = requestId();
    const response = await app.inject({
      method: 'DELETE',
      url: `/v1/users/${userId}`,
      headers: { ...asAdmin, 'if-match': await etagOf(`/v1/users/${userId}`, asAdmin), 'x-request-id': id },
    });
    expect(response.statusCode).toBe(204);
    const recorded = await recordedBy(id);
    expect(recorded.audits).toMatchObject([{ action: 'delete', entityType: 'user', entityKey: userId, after: null }]);
    expect(recorded.events).toMatchObject([{ type: 'user.deleted', entityKey: userId, ...adminAudience }]);
    expect(recorded.events[0]?.data).toEqual({ id: userId });
    expectNoHash(recorded);
  });

  it('keeps the old password and its sessions, and records nothing, when the reset’s event cannot be written', async () => {
    const created = await newUser(requestId(), 'ivar@test.se');
    const ivar = created.json().id as string;
    const theirs = await login(app, 'ivar@test.se');
    await refuseEventsFor(ivar);
    const id = requestId();
    const response = await patchUser(ivar, { password: 'ett lösenord som inte blir' }, id);
    expect(response.statusCode).toBe(500);
    expect(await recordedBy(id)).toEqual({ audits: [], events: [] });
    expect((await app.inject({ url: '/v1/auth/me', headers: { cookie: theirs.cookie } })).statusCode).toBe(200);
    await login(app, 'ivar@test.se');
  });
});

describe('an API client', () => {
  const newClient = (id: string, payload: object) =>
    app.inject({ method: 'POST', url: '/v1/api-clients', headers: { ...asAdmin, 'x-request-id': id }, payload });
  const revoke = async (clientId: string, id: string) =>
    app.inject({
      method: 'DELETE',
      url: `/v1/api-clients/${clientId}`,
      headers: { ...asAdmin, 'if-match': await etagOf(`/v1/api-clients/${clientId}`, asAdmin), 'x-request-id': id },
    });
  /** The stored hash of a client's key, read from its row. */
  async function keyHashOf(clientId: string) {
    const rows = (await db.execute(sql`select key_hash from api_clients where id = ${clientId}`)) as unknown as {
      key_hash: string;
    }[];
    const hash = rows[0]?.key_hash;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    return hash as string;
  }

  it('created: api_client.created for admins, with the client and neither the key nor its hash', async () => {
    const id = requestId();
    const response = await newClient(id, {
      name: 'Händelseleverantör',
      kind: 'supplier',
      supplier: { name: 'Händelsebolaget AB', organisationNumber: '556036-0793' },
    });
    expect(response.statusCode).toBe(201);
    const { client, key } = response.json();
    const recorded = await recordedBy(id);
    expect(recorded.audits).toMatchObject([{ action: 'create', entityType: 'api_client', entityKey: client.id }]);
    expect(recorded.events).toMatchObject([
      { type: 'api_client.created', entityType: 'api_client', entityKey: client.id, ...adminAudience },
    ]);
    expect(recorded.events[0]?.data).toEqual(client);
    const text = JSON.stringify(recorded);
    expect(text).not.toContain(key);
    expect(text).not.toContain(await keyHashOf(client.id));
  });

  it('revoked: its audit event and api_client.revoked for admins', async () => {
    const { client } = (await newClient(requestId(), { name: 'Kortlivad', kind: 'integrator' })).json();
    const id = requestId();
    const response = await revoke(client.id, id);
    expect(response.statusCode).toBe(200);
    const recorded = await recordedBy(id);
    expect(recorded.audits).toMatchObject([{ action: 'revoke', entityType: 'api_client', entityKey: client.id }]);
    expect(recorded.events).toMatchObject([{ type: 'api_client.revoked', entityKey: client.id, ...adminAudience }]);
    expect(recorded.events[0]?.data).toEqual(response.json());
    expect(JSON.stringify(recorded)).not.toContain(await keyHashOf(client.id));
  });

  it('keeps working, and nothing is recorded, when the revocation’s event cannot be written', async () => {
    const { client, key } = (await newClient(requestId(), { name: 'Seglivad', kind: 'integrator' })).json();
    await refuseEventsFor(client.id);
    const id = requestId();
    expect((await revoke(client.id, id)).statusCode).toBe(500);
    expect(await recordedBy(id)).toEqual({ audits: [], events: [] });
    expect((await app.inject({ url: `/v1/api-clients/${client.id}`, headers: asAdmin })).json().revokedAt).toBeNull();
    expect((await app.inject({ url: '/v1/counties', headers: { authorization: `Bearer ${key}` } })).statusCode).toBe(
      200,
    );
  });
});
