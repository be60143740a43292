import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { ADMINS, IDENTIFIED, PUBLIC } from '../src/changes/events.ts';
import { deleteOldEvents } from '../src/modules/events/repository.ts';
import { createActors } from './helpers/actors.ts';
import { createTestApp } from './helpers/app.ts';
import { createCatalogue } from './helpers/catalogue.ts';
import { clientNamed, recordEvent } from './helpers/events.ts';

const { app, database, databaseUrl } = await createTestApp({ EVENT_RETENTION_DAYS: '30' });
const db = database.db;
const { admin, headersFor } = await createActors(app, db);
const asAdmin = { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken };
await createCatalogue(app, admin);
const supplier = await clientNamed(db, 'Exempelbolaget');

// A second supplier, to show that one supplier's interest never reaches another.
const other = await app.inject({
  method: 'POST',
  url: '/v1/api-clients',
  headers: asAdmin,
  payload: {
    name: 'Andra bolaget',
    kind: 'supplier',
    supplier: { name: 'Andra AB', organisationNumber: '556677-8899' },
  },
});
const otherSupplierKey = other.json().key as string;

type Headers = Record<string, string>;
/** Every event the caller may see of `types`, walking the feed page by page; and the last cursor. */
async function readAll(headers: Headers, query = '', pageSize = 2) {
  const ids: string[] = [];
  const types: string[] = [];
  let after: string | undefined;
  for (let page = 0; page < 200; page++) {
    const url = `/v1/events?limit=${pageSize}${query}${after ? `&after=${after}` : ''}`;
    const response = await app.inject({ url, headers });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    ids.push(...body.items.map((item: { id: string }) => item.id));
    types.push(...body.items.map((item: { type: string }) => item.type));
    after = body.next;
    if (body.items.length < pageSize) break;
  }
  return { ids, types, after: after as string };
}

// The need-specific events, recorded through the unit of work as the needs module will write them.
const published = await recordEvent(db, { type: 'need.published', audience: IDENTIFIED, entityType: 'need' });
const draft = await recordEvent(db, {
  type: 'need.created',
  audience: { kind: 'scoped', municipalities: ['1490'], associations: [] },
  entityType: 'need',
});
const interest = await recordEvent(db, {
  type: 'need.interest_expressed',
  audience: { kind: 'private', supplierId: supplier.supplierId as string, municipalities: ['1490'], associations: [] },
  entityType: 'need_interest',
});
await recordEvent(db, { type: 'user.created', audience: ADMINS, entityType: 'user' });

async function newTechnology(slug: string) {
  const response = await app.inject({
    method: 'POST',
    url: '/v1/technologies',
    headers: asAdmin,
    payload: { slug, category: 'larm', name: slug, summary: 'En teknik.', readiness: 'try' },
  });
  expect(response.statusCode, response.body).toBe(201);
}

/**
 * The types of the events after a cursor once `count` are there. The feed serves a transaction only
 * when every older one on the server has ended, and other databases share this server, so a commit
 * shows up a moment later here.
 */
async function typesAfter(after: string, headers: Headers, count: number) {
  for (let tries = 0; ; tries++) {
    const items = (await app.inject({ url: `/v1/events?after=${after}`, headers })).json().items;
    if (items.length >= count || tries > 100) return items.map((item: { type: string }) => item.type);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Waits until the feed serves an event of `type` to `headers`: it serves a transaction only once every
 * older one on the server has ended, and other test files share the server.
 */
async function served(type: string, headers: Headers = asAdmin) {
  for (let tries = 0; tries < 200; tries++) {
    if ((await readAll(headers, `&type=${type}`, 100)).types.includes(type)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
await served('user.created');

const keysOf = async (headers: Headers) => {
  const all = await readAll(headers, '', 100);
  return all.types;
};

describe('the change feed shows each caller exactly what it may read', () => {
  it('gives anyone the published catalogue, never drafts, needs or people', async () => {
    const types = await keysOf({});
    expect(types).toContain('technology.published');
    expect(types).not.toContain('technology.created');
    expect(types.filter((type) => type.startsWith('need.') || type.startsWith('user.'))).toEqual([]);
  });

  it('gives a key the published need, but no draft, no interest of anyone, no people', async () => {
    const types = await keysOf(await headersFor('integrator'));
    expect(types).toContain('need.published');
    expect(types).not.toContain('need.created');
    expect(types).not.toContain('need.interest_expressed');
    expect(types).not.toContain('user.created');
  });

  it("gives a supplier its own interest, and a second supplier never the first one's", async () => {
    expect(await keysOf(await headersFor('supplier'))).toContain('need.interest_expressed');
    const others = await keysOf({ authorization: `Bearer ${otherSupplierKey}` });
    expect(others).toContain('need.published');
    expect(others).not.toContain('need.interest_expressed');
  });

  it("gives an editor the drafts and interests of its scope's needs, and one outside the scope neither", async () => {
    const inScope = await keysOf(await headersFor('inScopeEditor'));
    expect(inScope).toEqual(expect.arrayContaining(['need.created', 'need.interest_expressed', 'need.published']));
    expect(inScope).not.toContain('user.created');
    const outside = await keysOf(await headersFor('outOfScopeEditor'));
    expect(outside).toContain('need.published');
    expect(outside).not.toContain('need.created');
    expect(outside).not.toContain('need.interest_expressed');
  });

  it('gives an admin everything, catalogue drafts and people included', async () => {
    const types = await keysOf(asAdmin);
    expect(types).toEqual(expect.arrayContaining(['technology.created', 'user.created', 'need.created']));
  });

  it('shows each item as id, type, occurredAt and data, and no more', async () => {
    const response = await app.inject({ url: '/v1/events?type=need.published', headers: await headersFor('supplier') });
    expect(response.json().items).toEqual([
      { id: expect.any(String), type: 'need.published', occurredAt: expect.any(String), data: { id: published } },
    ]);
    expect(response.headers['cache-control']).toBe('private, no-store');
    expect(response.headers.link).toMatch(/^<\/v1\/events\?type=need.published&after=[A-Za-z0-9_-]+>; rel="next"$/);
    expect(draft).not.toBe(interest);
  });
});

describe('reading the feed', () => {
  it('walks page by page through the same events, in the same order, as one long read', async () => {
    const long = await readAll(asAdmin, '', 100);
    const paged = await readAll(asAdmin, '', 3);
    expect(paged.ids).toEqual(long.ids);
    expect(new Set(long.ids).size).toBe(long.ids.length);
  });

  it('picks types by name and by prefix', async () => {
    const technologies = await readAll({}, '&type=technology.*');
    expect(technologies.types.length).toBeGreaterThan(0);
    expect(technologies.types.every((type) => type.startsWith('technology.'))).toBe(true);
    const named = await readAll(asAdmin, '&type=technology.created&type=need.published');
    expect(new Set(named.types)).toEqual(new Set(['technology.created', 'need.published']));
  });

  it('answers nothing new after the last event, and a cursor that moves on when there is more', async () => {
    const { after } = await readAll(asAdmin);
    const again = await app.inject({ url: `/v1/events?after=${after}`, headers: asAdmin });
    expect(again.json()).toEqual({ items: [], next: after });
    await newTechnology('ny-teknik');
    const types = await typesAfter(after, asAdmin, 1);
    expect(types).toEqual(['technology.created']);
  });

  it('refuses a cursor it never gave out, naming after, and a bad type', async () => {
    const bad = await app.inject({ url: '/v1/events?after=bm9wZQ' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([{ pointer: '/query/after', detail: expect.any(String) }]);
    const type = await app.inject({ url: '/v1/events?type=Need%20published' });
    expect(type.statusCode).toBe(400);
    expect(type.headers['content-type']).toMatch(/problem\+json/);
  });
});

describe('commit order', () => {
  const other = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  afterAll(() => other.end());

  it('never lets a cursor pass an event whose transaction commits after a later one', async () => {
    const { after } = await readAll(asAdmin);
    // A transaction writes an event and stays open; another change commits after it.
    const reserved = other.reserve();
    const open = await reserved;
    await open`begin`;
    await open`insert into domain_events (id, type, entity_type, entity_key, actor_kind, actor_label, data, audience)
      values (gen_random_uuid(), 'technology_category.updated', 'technology_category', 'langsam', 'user', 'test', '{}', 'public')`;
    await newTechnology('snabb');
    // While the first is open, the feed serves neither: it cannot know yet what comes before the second.
    const during = await app.inject({ url: `/v1/events?after=${after}`, headers: asAdmin });
    expect(during.json().items).toEqual([]);
    await open`commit`;
    open.release();
    const types = await typesAfter(during.json().next, asAdmin, 2);
    expect(types).toEqual(['technology_category.updated', 'technology.created']);
  });
});

describe('retention', () => {
  it('answers 410 for a cursor older than the retention period, and after the cleanup deleted past it', async () => {
    await recordEvent(db, { type: 'technology_category.deleted', audience: PUBLIC, entityKey: 'gammal' });
    await db.execute(
      sql`update domain_events set occurred_at = now() - interval '40 days' where entity_key = 'gammal'`,
    );
    await served('technology_category.deleted', {});
    const old = await app.inject({ url: '/v1/events?type=technology_category.deleted' });
    const cursor = old.json().next as string;
    const gone = await app.inject({ url: `/v1/events?after=${cursor}` });
    expect(gone.statusCode).toBe(410);
    expect(gone.headers['content-type']).toMatch(/problem\+json/);
    expect(gone.json().detail).toMatch(/30 days/);

    // A cursor from just before the old event: fine until the cleanup deletes the event after it.
    const start = await app.inject({ url: '/v1/events?limit=1' });
    expect((await app.inject({ url: `/v1/events?after=${start.json().next}` })).statusCode).toBe(200);
    expect(await deleteOldEvents(db, 30)).toBe(1);
    expect((await app.inject({ url: `/v1/events?after=${start.json().next}` })).statusCode).toBe(410);
    const fresh = await app.inject({ url: '/v1/events' });
    expect(fresh.statusCode).toBe(200);
    expect(fresh.json().items.map((item: { type: string }) => item.type)).not.toContain('technology_category.deleted');
  });
});
