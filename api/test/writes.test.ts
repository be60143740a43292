import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { associationMembers, municipalities } from '../src/db/schema/index.ts';
import { createActors, login } from './helpers/actors.ts';
import { createTestApp } from './helpers/app.ts';

const { app, database } = await createTestApp();
const db = database.db;
const { admin } = await createActors(app, db);
const editor = await login(app, 'boras-region@test.se');
const asEditor = { cookie: editor.cookie, 'x-csrf-token': editor.csrfToken };
const asAdmin = { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken };
const etagOf = async (url: string) => (await app.inject({ url })).headers.etag as string;
const patch = (url: string, payload: object, headers: Record<string, string>) =>
  app.inject({ method: 'PATCH', url, headers, payload });

describe('changing a municipality', () => {
  it('lets an in-scope editor change the contact fields, answering the new representation and ETag', async () => {
    const etag = await etagOf('/v1/municipalities/1490');
    const response = await patch(
      '/v1/municipalities/1490',
      { website: 'https://www.boras.se', contactEmail: 'valfardsteknik@boras.se' },
      { ...asEditor, 'if-match': etag },
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      code: '1490',
      website: 'https://www.boras.se',
      contactEmail: 'valfardsteknik@boras.se',
    });
    expect(response.headers.etag).not.toBe(etag);
    expect(response.headers.etag).toBe(await etagOf('/v1/municipalities/1490'));
    expect(response.headers['cache-control']).toBe('private, no-store');
  });

  it('keeps the first of two edits based on the same ETag and refuses the second with 412', async () => {
    const etag = await etagOf('/v1/municipalities/1491');
    const first = await patch('/v1/municipalities/1491', { description: 'Först' }, { ...asAdmin, 'if-match': etag });
    const second = await patch('/v1/municipalities/1491', { description: 'Sedan' }, { ...asAdmin, 'if-match': etag });
    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(412);
    expect(second.json().errors[0].pointer).toBe('/headers/if-match');
    const [row] = await db.select().from(municipalities).where(eq(municipalities.code, '1491'));
    expect(row?.description).toBe('Först');
  });

  it('keeps exactly one of two concurrent edits based on the same ETag', async () => {
    const etag = await etagOf('/v1/municipalities/1440');
    const answers = await Promise.all(
      ['A', 'B'].map((text) =>
        patch('/v1/municipalities/1440', { description: text }, { ...asAdmin, 'if-match': etag }),
      ),
    );
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 412]);
    const winner = answers.find((a) => a.statusCode === 200)?.json().description;
    const [row] = await db.select().from(municipalities).where(eq(municipalities.code, '1440'));
    expect(row?.description).toBe(winner);
  });

  it('requires If-Match (428)', async () => {
    const response = await patch('/v1/municipalities/1490', { description: 'x' }, asEditor);
    expect(response.statusCode).toBe(428);
    expect(response.json().errors).toEqual([{ pointer: '/headers/if-match', detail: 'is required' }]);
  });

  it('names every bad field and changes nothing', async () => {
    const etag = await etagOf('/v1/municipalities/1490');
    const response = await patch(
      '/v1/municipalities/1490',
      { website: 'not a url', contactEmail: 'nobody', population: -5 },
      { ...asEditor, 'if-match': etag },
    );
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .errors.map((e: { pointer: string }) => e.pointer)
        .sort(),
    ).toEqual(['/body/contactEmail', '/body/population', '/body/website'].sort());
    expect(await etagOf('/v1/municipalities/1490')).toBe(etag);
  });

  it('refuses an empty change, a body that is not JSON, and a missing CSRF token', async () => {
    const etag = await etagOf('/v1/municipalities/1490');
    expect((await patch('/v1/municipalities/1490', {}, { ...asEditor, 'if-match': etag })).statusCode).toBe(400);
    const text = await app.inject({
      method: 'PATCH',
      url: '/v1/municipalities/1490',
      headers: { ...asEditor, 'if-match': etag, 'content-type': 'text/plain' },
      payload: 'description=x',
    });
    expect(text.statusCode).toBe(415);
    const noCsrf = await patch(
      '/v1/municipalities/1490',
      { description: 'x' },
      { cookie: editor.cookie, 'if-match': etag },
    );
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().detail).toContain('X-CSRF-Token');
  });

  it('404 for an unknown municipality (for an admin, who may edit any)', async () => {
    const response = await patch('/v1/municipalities/9999', { description: 'x' }, { ...asAdmin, 'if-match': '"x"' });
    expect(response.statusCode).toBe(404);
  });
});

describe('the audit log', () => {
  it('records who changed what, before and after, in which request', async () => {
    const etag = await etagOf('/v1/municipalities/1490');
    const change = await patch(
      '/v1/municipalities/1490',
      { description: 'Granskad' },
      { ...asEditor, 'if-match': etag, 'x-request-id': 'audit-me' },
    );
    expect(change.statusCode).toBe(200);
    const events = await app.inject({
      url: '/v1/audit-events?entityType=municipality&entityKey=1490&limit=1',
      headers: asAdmin,
    });
    const [event] = events.json().items;
    expect(event).toMatchObject({
      action: 'update',
      entityType: 'municipality',
      entityKey: '1490',
      actor: { kind: 'user', label: 'boras-region@test.se' },
      requestId: 'audit-me',
      after: { description: 'Granskad' },
    });
    expect(event.before.description).not.toBe('Granskad');
  });

  it('is for admins only', async () => {
    expect((await app.inject({ url: '/v1/audit-events', headers: asEditor })).statusCode).toBe(403);
    expect((await app.inject({ url: '/v1/audit-events' })).statusCode).toBe(401);
  });

  it('rolls the change back when the audit event cannot be written', async () => {
    await db.execute(sql`create function refuse_audit() returns trigger language plpgsql as $$
      begin raise exception 'audit store unavailable'; end $$`);
    await db.execute(
      sql`create trigger refuse_audit before insert on audit_events for each row execute function refuse_audit()`,
    );
    try {
      const etag = await etagOf('/v1/municipalities/1490');
      const response = await patch(
        '/v1/municipalities/1490',
        { description: 'Ska inte synas' },
        { ...asEditor, 'if-match': etag },
      );
      expect(response.statusCode).toBe(500);
      expect(response.body).not.toContain('audit store unavailable');
      const [row] = await db.select().from(municipalities).where(eq(municipalities.code, '1490'));
      expect(row?.description).not.toBe('Ska inte synas');
      expect(await etagOf('/v1/municipalities/1490')).toBe(etag);
    } finally {
      await db.execute(sql`drop trigger refuse_audit on audit_events`);
      await db.execute(sql`drop function refuse_audit()`);
    }
  });
});

describe('association membership', () => {
  it('lets an admin add and remove a member, with since, and marks both sides as changed', async () => {
    const before = (await app.inject({ url: '/v1/municipalities/1384' })).json().updatedAt;
    let etag = await etagOf('/v1/associations/fyrbodal');
    const added = await app.inject({
      method: 'PUT',
      url: '/v1/associations/fyrbodal/members/1384',
      headers: { ...asAdmin, 'if-match': etag },
      payload: { since: '2025-01-01' },
    });
    expect(added.statusCode).toBe(200);
    expect(added.json().members.find((m: { code: string }) => m.code === '1384')).toMatchObject({
      since: '2025-01-01',
    });
    const kungsbacka = (await app.inject({ url: '/v1/municipalities/1384' })).json();
    expect(kungsbacka.associations.map((a: { slug: string }) => a.slug).sort()).toEqual([
      'fyrbodal',
      'goteborgsregionen',
    ]);
    expect(kungsbacka.updatedAt > before).toBe(true);

    etag = added.headers.etag as string;
    const removed = await app.inject({
      method: 'DELETE',
      url: '/v1/associations/fyrbodal/members/1384',
      headers: { ...asAdmin, 'if-match': etag },
    });
    expect(removed.statusCode).toBe(200);
    expect(removed.json().memberCount).toBe(14);
  });

  it('refuses members for an umbrella (422), unknown municipalities (404) and non-members (404)', async () => {
    const vastkom = await etagOf('/v1/associations/vastkom');
    const umbrella = await app.inject({
      method: 'PUT',
      url: '/v1/associations/vastkom/members/1490',
      headers: { ...asAdmin, 'if-match': vastkom },
      payload: {},
    });
    expect(umbrella.statusCode).toBe(422);
    const gr = await etagOf('/v1/associations/goteborgsregionen');
    const unknown = await app.inject({
      method: 'PUT',
      url: '/v1/associations/goteborgsregionen/members/9999',
      headers: { ...asAdmin, 'if-match': gr },
      payload: {},
    });
    expect(unknown.statusCode).toBe(404);
    const notMember = await app.inject({
      method: 'DELETE',
      url: '/v1/associations/goteborgsregionen/members/1490',
      headers: { ...asAdmin, 'if-match': gr },
    });
    expect(notMember.statusCode).toBe(404);
    const rows = await db.select().from(associationMembers).where(eq(associationMembers.municipalityCode, '9999'));
    expect(rows).toHaveLength(0);
  });
});
