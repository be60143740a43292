import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { createDb } from '../src/db/client.ts';
import { createActors } from './helpers/actors.ts';
import { createTestApp } from './helpers/app.ts';
import { createCatalogue } from './helpers/catalogue.ts';

const statements: string[] = [];
const { app, database, databaseUrl } = await createTestApp({}, { onQuery: (sql) => statements.push(sql) });
const { admin, integratorKey } = await createActors(app, database.db);
await createCatalogue(app, admin);
const asAdmin = { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken };

/** A second instance on the same database, as a second API process would be. */
const otherDatabase = await createDb({ databaseUrl, maxConnections: 2 });
const other = await buildApp(loadConfig({ NODE_ENV: 'test', DATABASE_URL: databaseUrl }), {
  db: otherDatabase.db,
  listen: otherDatabase.listen,
});
afterAll(async () => {
  await other.close();
  await otherDatabase.close();
});

/** The SQL a request ran. */
async function ran(request: { url: string; headers?: Record<string, string> }) {
  statements.length = 0;
  const response = await app.inject(request);
  return { response, sql: [...statements] };
}

const LIST = '/v1/technologies?category=trygghet-och-larm&limit=2';
const ORIGIN = { origin: 'https://www.vastkom.se' };

async function publish(slug: string, changes: object) {
  const url = `/v1/technologies/${slug}`;
  const etag = (await app.inject({ url, headers: asAdmin })).headers.etag as string;
  const response = await app.inject({
    method: 'PATCH',
    url,
    headers: { ...asAdmin, 'if-match': etag },
    payload: changes,
  });
  expect(response.statusCode, response.body).toBe(200);
}

describe('a list asked again with its ETag', () => {
  it('answers 304 without running a query', async () => {
    const first = await app.inject({ url: LIST });
    expect(first.statusCode).toBe(200);
    const { response, sql } = await ran({ url: LIST, headers: { 'if-none-match': first.headers.etag as string } });
    expect(response.statusCode).toBe(304);
    expect(response.body).toBe('');
    expect(response.headers.etag).toBe(first.headers.etag);
    expect(sql.filter((statement) => statement.includes('"technologies"'))).toEqual([]);
  });

  it('gets the new list after a change, at once on the instance that made it', async () => {
    const before = await app.inject({ url: LIST });
    await publish('digital-nattillsyn', { summary: 'Ny sammanfattning' });
    const after = await app.inject({ url: LIST, headers: { 'if-none-match': before.headers.etag as string } });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(JSON.stringify(after.json())).toContain('Ny sammanfattning');
  });

  it('has the same ETag for the same request however its parameters are ordered, and another for another', async () => {
    const a = await app.inject({ url: '/v1/technologies?limit=2&offset=1' });
    const b = await app.inject({ url: '/v1/technologies?offset=1&limit=2' });
    const c = await app.inject({ url: '/v1/technologies?offset=2&limit=2' });
    expect(a.headers.etag).toBe(b.headers.etag);
    expect(c.headers.etag).not.toBe(a.headers.etag);
  });
});

describe('the cache of public reads', () => {
  it('serves an anonymous read again without a query, with the same headers', async () => {
    const first = await app.inject({ url: LIST, headers: ORIGIN });
    const { response: again, sql } = await ran({ url: LIST, headers: ORIGIN });
    expect(sql).toEqual([]);
    expect(again.body).toBe(first.body);
    const shown = (headers: Record<string, unknown>) => {
      const { date: _d, 'x-request-id': _id, 'ratelimit-remaining': _r, 'ratelimit-reset': _t, ...rest } = headers;
      return rest;
    };
    expect(shown(again.headers)).toEqual(shown(first.headers));
    expect(again.headers).toMatchObject({
      'access-control-allow-origin': '*',
      'cache-control': 'public, max-age=60',
      'content-type': 'application/json; charset=utf-8',
    });
    expect(again.headers.link).toContain('rel="next"');
    expect(again.headers['ratelimit-limit']).toBeDefined();
    expect(Number(again.headers['ratelimit-remaining'])).toBeLessThan(Number(first.headers['ratelimit-remaining']));
  });

  it('serves item reads too, and answers 304 from the kept ETag', async () => {
    const url = '/v1/technologies/digital-nattillsyn';
    const first = await app.inject({ url });
    const { response, sql } = await ran({ url, headers: { 'if-none-match': first.headers.etag as string } });
    expect(response.statusCode).toBe(304);
    expect(sql).toEqual([]);
  });

  it('never answers a read with credentials from it', async () => {
    await app.inject({ url: LIST });
    const withKey = await ran({ url: LIST, headers: { authorization: `Bearer ${integratorKey}` } });
    expect(withKey.response.statusCode).toBe(200);
    expect(withKey.sql.some((statement) => statement.includes('"technologies"'))).toBe(true);
    const signedIn = await ran({ url: LIST, headers: asAdmin });
    expect(signedIn.response.statusCode).toBe(200);
    expect(signedIn.sql.some((statement) => statement.includes('"technologies"'))).toBe(true);
    expect(signedIn.response.headers['cache-control']).toBe('private, no-store');
  });

  it('keeps no problem: a bad request is answered anew each time', async () => {
    const bad = await ran({ url: '/v1/technologies?limit=0' });
    expect(bad.response.statusCode).toBe(400);
    expect(bad.response.headers.etag).toBeUndefined();
  });

  it('on another instance, is fresh within a second of a change committed through this one', async () => {
    const url = '/v1/technologies/digitala-trygghetslarm';
    expect((await other.inject({ url })).json().summary).not.toBe('Ändrad via den första instansen');
    await other.inject({ url }); // now cached there
    await publish('digitala-trygghetslarm', { summary: 'Ändrad via den första instansen' });
    const committed = Date.now();
    let seen: number | undefined;
    while (Date.now() - committed < 1000) {
      if ((await other.inject({ url })).json().summary === 'Ändrad via den första instansen') {
        seen = Date.now();
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(seen, 'the other instance still served the old answer a second after the change').toBeDefined();
  });
});

describe('with CACHE_PUBLIC_READS=false', () => {
  it('reads anew each time, and a list asked with its ETag is still a 304', async () => {
    const uncached = await createTestApp({ CACHE_PUBLIC_READS: 'false' });
    const first = await uncached.app.inject({ url: '/v1/counties/14' });
    expect(first.statusCode).toBe(200);
    // Nothing kept: a change behind the API's back shows at once.
    await uncached.database.db.execute(
      (await import('drizzle-orm')).sql`update counties set name = 'Västra Götalands län (ändrat)' where code = '14'`,
    );
    expect((await uncached.app.inject({ url: '/v1/counties/14' })).json().name).toBe('Västra Götalands län (ändrat)');
    const list = await uncached.app.inject({ url: '/v1/counties' });
    const again = await uncached.app.inject({
      url: '/v1/counties',
      headers: { 'if-none-match': list.headers.etag as string },
    });
    expect(again.statusCode).toBe(304);
  });
});
