import { asc, eq, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { selectRows } from '../src/db/client.ts';
import { auditEvents, domainEvents, technologyCategories } from '../src/db/schema/index.ts';
import { createActors } from './helpers/actors.ts';
import { createTestApp } from './helpers/app.ts';
import { createCatalogue } from './helpers/catalogue.ts';

// Every change to the catalogue (categories, technologies, guides, adoptions, maturity assessments)
// commits with its audit event and its domain events, in one transaction, or not at all.

const { app, database, databaseUrl } = await createTestApp();
const db = database.db;
const { admin, headersFor } = await createActors(app, db);
await createCatalogue(app, admin);
const asAdmin = { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken };
const asEditor = await headersFor('inScopeEditor');

// A change fails after it is made when its event is written, for the keys this table names: the
// forced failure that must leave neither the change nor its audit event behind.
await db.execute(sql`create table forced_failures (entity_key text primary key)`);
await db.execute(sql`create table held_events (entity_key text primary key)`);
await db.execute(sql`create function fail_marked_event() returns trigger language plpgsql as $$
  begin
    if exists (select 1 from forced_failures where entity_key = new.entity_key) then
      raise exception 'forced failure writing the event of %', new.entity_key;
    end if;
    -- A change whose key is held waits here, after its checks and its write, until the test lets it go.
    if exists (select 1 from held_events where entity_key = new.entity_key) then
      perform pg_advisory_xact_lock_shared(4242);
    end if;
    return new;
  end $$`);
await db.execute(sql`create trigger fail_marked_event before insert on domain_events
  for each row execute function fail_marked_event()`);
const failEventsOf = (key: string) => db.execute(sql`insert into forced_failures values (${key})`);

/**
 * Starts changes one after another, each once the ones before it are waiting — after their checks
 * and writes, before their commit — or blocked on a lock; then lets them all go. No change has then
 * seen another's write, which is exactly when a check that depends on other rows can be fooled.
 */
const holder = postgres(databaseUrl, { max: 1, onnotice: () => {} });
afterAll(() => holder.end());
async function overlapping<T>(keys: string[], changes: (() => Promise<T>)[]): Promise<T[]> {
  for (const key of keys) await db.execute(sql`insert into held_events values (${key})`);
  await holder`select pg_advisory_lock(4242)`;
  const running: Promise<T>[] = [];
  for (const run of changes) {
    running.push(run());
    for (;;) {
      const [row] = await holder`select count(distinct pid)::int as waiting from pg_locks where not granted
        and pid in (select pid from pg_stat_activity where datname = current_database())`;
      if (row?.waiting === running.length) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
  await db.execute(sql`delete from held_events`);
  await holder`select pg_advisory_unlock(4242)`;
  return Promise.all(running);
}

let requests = 0;
/** Sends a request under a request id of its own, so its audit and domain events can be found. */
async function send(
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  { payload, etag, headers = asAdmin }: { payload?: object; etag?: string; headers?: Record<string, string> } = {},
) {
  const requestId = `catalogue-events-${++requests}`;
  const response = await app.inject({
    method,
    url,
    headers: { ...headers, 'x-request-id': requestId, ...(etag ? { 'if-match': etag } : {}) },
    ...(payload ? { payload } : {}),
  });
  return { response, requestId };
}

const etagOf = async (url: string) => (await app.inject({ url, headers: asAdmin })).headers.etag as string;

/** What a request left behind: its audit events and its domain events, and the transactions that wrote them. */
async function recordedBy(requestId: string) {
  const audits = await db.select().from(auditEvents).where(eq(auditEvents.requestId, requestId));
  const events = await db
    .select()
    .from(domainEvents)
    .where(eq(domainEvents.requestId, requestId))
    .orderBy(asc(domainEvents.position));
  const transactions = await selectRows<{ xmin: string }>(
    db,
    sql`select xmin::text as xmin from audit_events where request_id = ${requestId}
      union select xmin::text from domain_events where request_id = ${requestId}`,
  );
  return { audits, events, transactions: transactions.map((row) => row.xmin) };
}

/** Asserts one change: one audit event and exactly these domain events, written by one transaction. */
async function expectRecorded(
  requestId: string,
  audit: { action: string; entityType: string; entityKey: string },
  events: { type: string; audience: string; data?: unknown }[],
) {
  const recorded = await recordedBy(requestId);
  expect(recorded.audits).toHaveLength(1);
  expect(recorded.audits[0]).toMatchObject(audit);
  expect(recorded.events.map(({ type, audience }) => ({ type, audience }))).toEqual(
    events.map(({ type, audience }) => ({ type, audience })),
  );
  recorded.events.forEach((event, index) => {
    expect(event).toMatchObject({ entityType: audit.entityType, entityKey: audit.entityKey, requestId });
    if (events[index]?.data !== undefined) expect(event.data).toEqual(events[index]?.data);
  });
  expect(recorded.transactions).toHaveLength(1);
  return recorded;
}

async function expectNothingRecorded(requestId: string) {
  const recorded = await recordedBy(requestId);
  expect(recorded.audits).toEqual([]);
  expect(recorded.events).toEqual([]);
}

/** The xmin of the row a change wrote: the same transaction as its events, when they commit together. */
const rowTransaction = async (table: string, where: string, value: string) =>
  (
    await selectRows<{ xmin: string }>(
      db,
      sql`select xmin::text as xmin from ${sql.identifier(table)} where ${sql.identifier(where)} = ${value}`,
    )
  )[0]?.xmin;

describe('technology category events', () => {
  it('creates a category with technology_category.created, public, carrying the category as a GET gives it', async () => {
    const { response, requestId } = await send('POST', '/v1/technology-categories', {
      payload: { slug: 'sensorer', name: 'Sensorer' },
    });
    expect(response.statusCode).toBe(201);
    const recorded = await expectRecorded(
      requestId,
      { action: 'create', entityType: 'technology_category', entityKey: 'sensorer' },
      [{ type: 'technology_category.created', audience: 'public' }],
    );
    expect(recorded.events[0]?.data).toEqual(response.json());
    expect(recorded.events[0]).toMatchObject({ actorKind: 'user', actorLabel: 'admin@test.se' });
    expect(await rowTransaction('technology_categories', 'slug', 'sensorer')).toBe(recorded.transactions[0]);
  });

  it('moves a category under a top-level one with technology_category.updated naming the new parent', async () => {
    const etag = await etagOf('/v1/technology-categories/sensorer');
    const { response, requestId } = await send('PATCH', '/v1/technology-categories/sensorer', {
      payload: { parent: 'trygghet-och-larm' },
      etag,
    });
    expect(response.statusCode).toBe(200);
    const recorded = await expectRecorded(
      requestId,
      { action: 'update', entityType: 'technology_category', entityKey: 'sensorer' },
      [{ type: 'technology_category.updated', audience: 'public' }],
    );
    expect(recorded.events[0]?.data).toMatchObject({
      slug: 'sensorer',
      parent: { slug: 'trygghet-och-larm', name: 'Trygghet och larm' },
    });
    expect(recorded.audits[0]?.before).toMatchObject({ parent: null });
  });

  it('refuses to delete a category in use (409) and records nothing', async () => {
    const etag = await etagOf('/v1/technology-categories/larm');
    const { response, requestId } = await send('DELETE', '/v1/technology-categories/larm', { etag });
    expect(response.statusCode).toBe(409);
    await expectNothingRecorded(requestId);
    expect((await app.inject({ url: '/v1/technology-categories/larm' })).statusCode).toBe(200);
  });

  it('deletes an empty category with technology_category.deleted carrying its key', async () => {
    const etag = await etagOf('/v1/technology-categories/sensorer');
    const { response, requestId } = await send('DELETE', '/v1/technology-categories/sensorer', { etag });
    expect(response.statusCode).toBe(204);
    await expectRecorded(requestId, { action: 'delete', entityType: 'technology_category', entityKey: 'sensorer' }, [
      { type: 'technology_category.deleted', audience: 'public', data: { slug: 'sensorer' } },
    ]);
    expect((await app.inject({ url: '/v1/technology-categories/sensorer' })).statusCode).toBe(404);
  });

  it('leaves neither the category nor its audit event when its event cannot be written', async () => {
    await failEventsOf('doomed-kategori');
    const { response, requestId } = await send('POST', '/v1/technology-categories', {
      payload: { slug: 'doomed-kategori', name: 'Dömd' },
    });
    expect(response.statusCode).toBe(500);
    await expectNothingRecorded(requestId);
    expect(
      await db.select().from(technologyCategories).where(eq(technologyCategories.slug, 'doomed-kategori')),
    ).toEqual([]);
  });

  it('keeps two levels when two moves that would make three run at once', async () => {
    for (const slug of ['niva-a', 'niva-b', 'niva-c']) {
      expect(
        (await send('POST', '/v1/technology-categories', { payload: { slug, name: slug } })).response.statusCode,
      ).toBe(201);
    }
    // A under B and B under C: each is allowed alone, together they would give C > B > A.
    const etags = [await etagOf('/v1/technology-categories/niva-a'), await etagOf('/v1/technology-categories/niva-b')];
    // B's move first: it holds B's row until it commits, and A's move, which only reads B, does not wait for it.
    const [bUnderC, aUnderB] = await overlapping(
      ['niva-a', 'niva-b'],
      [
        () => send('PATCH', '/v1/technology-categories/niva-b', { payload: { parent: 'niva-c' }, etag: etags[1] }),
        () => send('PATCH', '/v1/technology-categories/niva-a', { payload: { parent: 'niva-b' }, etag: etags[0] }),
      ],
    );
    if (!aUnderB || !bUnderC) throw new Error('both changes answer');
    // The one that comes second finds B changed (412: its children are part of its ETag) or no longer
    // top-level (422); either way only one of them is made.
    const codes = [aUnderB.response.statusCode, bUnderC.response.statusCode];
    expect(codes.filter((code) => code === 200)).toHaveLength(1);
    expect(codes.find((code) => code !== 200)).toBeOneOf([412, 422]);
    const rows = await db.select().from(technologyCategories);
    const parentOf = new Map(rows.map((row) => [row.slug, row.parentSlug]));
    for (const row of rows) {
      if (row.parentSlug) expect(parentOf.get(row.parentSlug)).toBeNull();
    }
  });
});

describe('technology events', () => {
  it('follows a technology from draft (admins) through published and archived (public) to its deletion', async () => {
    const created = await send('POST', '/v1/technologies', {
      payload: {
        slug: 'ljudtillsyn',
        category: 'tillsyn',
        name: 'Ljudtillsyn',
        summary: 'Sensorer.',
        readiness: 'try',
      },
    });
    expect(created.response.statusCode).toBe(201);
    await expectRecorded(created.requestId, { action: 'create', entityType: 'technology', entityKey: 'ljudtillsyn' }, [
      { type: 'technology.created', audience: 'admin' },
    ]);
    const steps = [
      { status: 'published', type: 'technology.published', data: undefined },
      { status: 'archived', type: 'technology.archived', data: { slug: 'ljudtillsyn', status: 'archived' } },
    ];
    for (const step of steps) {
      const { response, requestId } = await send('PATCH', '/v1/technologies/ljudtillsyn', {
        payload: { status: step.status },
        etag: await etagOf('/v1/technologies/ljudtillsyn'),
      });
      expect(response.statusCode).toBe(200);
      const recorded = await expectRecorded(
        requestId,
        { action: 'update', entityType: 'technology', entityKey: 'ljudtillsyn' },
        [{ type: step.type, audience: 'public', data: step.data }],
      );
      if (step.status === 'published') expect(recorded.events[0]?.data).toMatchObject({ status: 'published' });
    }
    const deleted = await send('DELETE', '/v1/technologies/ljudtillsyn', {
      etag: await etagOf('/v1/technologies/ljudtillsyn'),
    });
    expect(deleted.response.statusCode).toBe(204);
    await expectRecorded(deleted.requestId, { action: 'delete', entityType: 'technology', entityKey: 'ljudtillsyn' }, [
      { type: 'technology.deleted', audience: 'admin', data: { slug: 'ljudtillsyn' } },
    ]);
  });
});

describe('guide events', () => {
  const guide = {
    slug: 'larm-i-boras',
    kind: 'inspiration',
    title: 'Larm i Borås',
    summary: 'Ett lärande exempel.',
    technologies: ['digitala-trygghetslarm'],
    municipalities: ['1490'],
  };

  it('creates a draft guide with guide.created for admins, and edits it with guide.updated for admins', async () => {
    const created = await send('POST', '/v1/guides', { payload: guide });
    expect(created.response.statusCode).toBe(201);
    const recorded = await expectRecorded(
      created.requestId,
      { action: 'create', entityType: 'guide', entityKey: guide.slug },
      [{ type: 'guide.created', audience: 'admin' }],
    );
    expect(recorded.events[0]?.data).toMatchObject({
      slug: guide.slug,
      status: 'draft',
      technologies: [{ slug: 'digitala-trygghetslarm', name: 'Digitala trygghetslarm' }],
      municipalities: [{ code: '1490', name: 'Borås' }],
    });
    const edited = await send('PATCH', `/v1/guides/${guide.slug}`, {
      payload: { summary: 'Ett lärande exempel från Borås.' },
      etag: await etagOf(`/v1/guides/${guide.slug}`),
    });
    expect(edited.response.statusCode).toBe(200);
    await expectRecorded(edited.requestId, { action: 'update', entityType: 'guide', entityKey: guide.slug }, [
      { type: 'guide.updated', audience: 'admin', data: { slug: guide.slug, status: 'draft' } },
    ]);
  });

  it('leaves the guide a draft, with no audit or domain event, when its publication event cannot be written', async () => {
    await failEventsOf(guide.slug);
    const { response, requestId } = await send('PATCH', `/v1/guides/${guide.slug}`, {
      payload: { status: 'published', technologies: [] },
      etag: await etagOf(`/v1/guides/${guide.slug}`),
    });
    expect(response.statusCode).toBe(500);
    await expectNothingRecorded(requestId);
    const after = (await app.inject({ url: `/v1/guides/${guide.slug}`, headers: asAdmin })).json();
    expect(after).toMatchObject({
      status: 'draft',
      publishedAt: null,
      technologies: [{ slug: 'digitala-trygghetslarm' }],
    });
    await db.execute(sql`delete from forced_failures where entity_key = ${guide.slug}`);
  });

  it('publishes (public, the whole guide), archives (public, key and status) and deletes (admins) it', async () => {
    const published = await send('PATCH', `/v1/guides/${guide.slug}`, {
      payload: { status: 'published' },
      etag: await etagOf(`/v1/guides/${guide.slug}`),
    });
    expect(published.response.statusCode).toBe(200);
    const recorded = await expectRecorded(
      published.requestId,
      { action: 'update', entityType: 'guide', entityKey: guide.slug },
      [{ type: 'guide.published', audience: 'public' }],
    );
    expect(recorded.events[0]?.data).toEqual(published.response.json());
    expect(await rowTransaction('guides', 'slug', guide.slug)).toBe(recorded.transactions[0]);

    const archived = await send('PATCH', `/v1/guides/${guide.slug}`, {
      payload: { status: 'archived' },
      etag: await etagOf(`/v1/guides/${guide.slug}`),
    });
    expect(archived.response.statusCode).toBe(200);
    await expectRecorded(archived.requestId, { action: 'update', entityType: 'guide', entityKey: guide.slug }, [
      { type: 'guide.archived', audience: 'public', data: { slug: guide.slug, status: 'archived' } },
    ]);

    const deleted = await send('DELETE', `/v1/guides/${guide.slug}`, {
      etag: await etagOf(`/v1/guides/${guide.slug}`),
    });
    expect(deleted.response.statusCode).toBe(204);
    await expectRecorded(deleted.requestId, { action: 'delete', entityType: 'guide', entityKey: guide.slug }, [
      { type: 'guide.deleted', audience: 'admin', data: { slug: guide.slug } },
    ]);
  });
});

describe('adoption events', () => {
  const url = '/v1/municipalities/1490/adoptions/gps-larm';
  const key = '1490/gps-larm';

  it('records a new adoption with adoption.recorded, public, by the editor who made it', async () => {
    const { response, requestId } = await send('PUT', url, {
      payload: { status: 'pilot', usersCount: 12 },
      headers: asEditor,
    });
    expect(response.statusCode).toBe(200);
    const recorded = await expectRecorded(requestId, { action: 'create', entityType: 'adoption', entityKey: key }, [
      { type: 'adoption.recorded', audience: 'public' },
    ]);
    expect(recorded.events[0]?.data).toEqual(response.json());
    expect(recorded.events[0]).toMatchObject({ actorKind: 'user', actorLabel: 'boras-region@test.se' });
  });

  it('replaces it with adoption.changed, before and after in the audit event', async () => {
    const { response, requestId } = await send('PUT', url, {
      payload: { status: 'implemented', usersCount: 40 },
      etag: await etagOf(url),
      headers: asEditor,
    });
    expect(response.statusCode).toBe(200);
    const recorded = await expectRecorded(requestId, { action: 'update', entityType: 'adoption', entityKey: key }, [
      { type: 'adoption.changed', audience: 'public' },
    ]);
    expect(recorded.audits[0]?.before).toMatchObject({ status: 'pilot', usersCount: 12 });
    expect(recorded.events[0]?.data).toMatchObject({ status: 'implemented', usersCount: 40 });
  });

  it('removes it with adoption.removed carrying the municipality and technology', async () => {
    const { response, requestId } = await send('DELETE', url, { etag: await etagOf(url), headers: asEditor });
    expect(response.statusCode).toBe(204);
    await expectRecorded(requestId, { action: 'delete', entityType: 'adoption', entityKey: key }, [
      { type: 'adoption.removed', audience: 'public', data: { code: '1490', technology: 'gps-larm' } },
    ]);
    expect((await app.inject({ url })).statusCode).toBe(404);
  });

  it('of 50 parallel creating PUTs of one adoption, creates it once and refuses the rest without a 5xx', async () => {
    const target = '/v1/municipalities/1490/adoptions/lakemedelsautomat';
    const statuses = ['planned', 'pilot', 'implemented', 'scaled', 'discontinued'];
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        send('PUT', target, { payload: { status: statuses[index % statuses.length], usersCount: index } }),
      ),
    );
    const codes = answers.map(({ response }) => response.statusCode);
    expect(codes.filter((code) => code === 200)).toHaveLength(1);
    expect(codes.filter((code) => code >= 500)).toEqual([]);
    expect(new Set(codes.filter((code) => code !== 200))).toEqual(new Set([428]));
    const winner = answers.find(({ response }) => response.statusCode === 200);
    const stored = (await app.inject({ url: target })).json();
    expect(stored).toMatchObject({ usersCount: winner?.response.json().usersCount });
    const events = await db
      .select()
      .from(domainEvents)
      .where(sql`${domainEvents.entityType} = 'adoption' and ${domainEvents.entityKey} = '1490/lakemedelsautomat'`);
    expect(events.map((event) => [event.type, event.requestId])).toEqual([['adoption.recorded', winner?.requestId]]);
  });

  it('answers 404, not a 5xx, to an adoption recorded while its technology is being deleted', async () => {
    const slug = 'snart-borta';
    const created = await send('POST', '/v1/technologies', {
      payload: { slug, category: 'tillsyn', name: 'Snart borta', summary: 'Tas bort.', readiness: 'wait' },
    });
    const published = await send('PATCH', `/v1/technologies/${slug}`, {
      payload: { status: 'published' },
      etag: created.response.headers.etag as string,
    });
    expect(published.response.statusCode).toBe(200);
    const [deleted, recorded] = await overlapping(
      [slug],
      [
        () => send('DELETE', `/v1/technologies/${slug}`, { etag: published.response.headers.etag as string }),
        () => send('PUT', `/v1/municipalities/1490/adoptions/${slug}`, { payload: { status: 'planned' } }),
      ],
    );
    expect(deleted?.response.statusCode).toBe(204);
    expect(recorded?.response.statusCode).toBe(404);
    await expectNothingRecorded(recorded?.requestId as string);
  });

  it('leaves no adoption, audit or domain event when its event cannot be written', async () => {
    await failEventsOf('1490/digital-nattillsyn');
    const { response, requestId } = await send('PUT', '/v1/municipalities/1490/adoptions/digital-nattillsyn', {
      payload: { status: 'planned' },
    });
    expect(response.statusCode).toBe(500);
    await expectNothingRecorded(requestId);
    expect((await app.inject({ url: '/v1/municipalities/1490/adoptions/digital-nattillsyn' })).statusCode).toBe(404);
  });
});

describe('maturity events', () => {
  const url = '/v1/municipalities/1490/maturity/2027';

  it('assesses a year with maturity.assessed, public, and assesses it again with another', async () => {
    const first = await send('PUT', url, { payload: { dimensions: { strategy: { level: 2 } } }, headers: asEditor });
    expect(first.response.statusCode).toBe(200);
    const recorded = await expectRecorded(
      first.requestId,
      { action: 'create', entityType: 'maturity_assessment', entityKey: '1490/2027' },
      [{ type: 'maturity.assessed', audience: 'public' }],
    );
    expect(recorded.events[0]?.data).toEqual(first.response.json());

    const again = await send('PUT', url, {
      payload: { dimensions: { strategy: { level: 3, evidence: 'Handlingsplan' } } },
      etag: await etagOf(url),
      headers: asEditor,
    });
    expect(again.response.statusCode).toBe(200);
    const replaced = await expectRecorded(
      again.requestId,
      { action: 'update', entityType: 'maturity_assessment', entityKey: '1490/2027' },
      [{ type: 'maturity.assessed', audience: 'public' }],
    );
    expect(replaced.events[0]?.data).toMatchObject({
      dimensions: { strategy: { level: 3, evidence: 'Handlingsplan' } },
    });
  });

  it('of 50 parallel creating PUTs of one year, creates it once and refuses the rest without a 5xx', async () => {
    const target = '/v1/municipalities/1490/maturity/2028';
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        send('PUT', target, {
          payload: { dimensions: { competence: { level: (index % 5) + 1, evidence: `${index}` } } },
        }),
      ),
    );
    const codes = answers.map(({ response }) => response.statusCode);
    expect(codes.filter((code) => code === 200)).toHaveLength(1);
    expect(codes.filter((code) => code >= 500)).toEqual([]);
    expect(new Set(codes.filter((code) => code !== 200))).toEqual(new Set([428]));
    const winner = answers.find(({ response }) => response.statusCode === 200);
    expect((await app.inject({ url: target })).json().dimensions).toEqual(winner?.response.json().dimensions);
    const events = await db.select().from(domainEvents).where(sql`${domainEvents.entityKey} = '1490/2028'`);
    expect(events.map((event) => [event.type, event.requestId])).toEqual([['maturity.assessed', winner?.requestId]]);
  });

  it('leaves no assessment, audit or domain event when its event cannot be written', async () => {
    await failEventsOf('1490/2029');
    const { response, requestId } = await send('PUT', '/v1/municipalities/1490/maturity/2029', {
      payload: { dimensions: { strategy: { level: 1 } } },
    });
    expect(response.statusCode).toBe(500);
    await expectNothingRecorded(requestId);
    expect((await app.inject({ url: '/v1/municipalities/1490/maturity/2029' })).statusCode).toBe(404);
  });
});
