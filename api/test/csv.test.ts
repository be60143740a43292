import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '../src/db/seed/demo/index.ts';
import { parseCsv } from '../src/lib/csv.ts';
import { createActors } from './helpers/actors.ts';
import { createTestApp } from './helpers/app.ts';

const { app, database } = await createTestApp();
const { headersFor } = await createActors(app, database.db);
await seedDemo(database.db);
const asCsv = { accept: 'text/csv' };

async function csv(url: string, headers: Record<string, string> = {}) {
  const response = await app.inject({ url, headers: { ...asCsv, ...headers } });
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
  // UTF-8 with a byte order mark, so Excel reads å, ä and ö.
  expect([...response.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = response.rawPayload.toString('utf8').slice(1);
  expect(text.endsWith('\r\n')).toBe(true);
  return { response, rows: parseCsv(text), header: text.slice(0, text.indexOf('\r\n')).split(',') };
}

describe('CSV of the lists', () => {
  it('gives the 49 municipalities of Västra Götaland with Swedish letters intact, as a named file', async () => {
    const { response, rows, header } = await csv('/v1/municipalities?county=14&limit=100');
    expect(rows).toHaveLength(49);
    expect(header.slice(0, 4)).toEqual(['code', 'name', 'county_code', 'county_name']);
    expect(rows.find((row) => row.code === '1480')).toMatchObject({
      name: 'Göteborg',
      county_name: 'Västra Götalands län',
      associations: 'goteborgsregionen',
      population: '608993',
      population_year: '2024',
    });
    expect(rows.map((row) => row.code)).toContain('1440');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="municipalities-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(response.headers.vary).toContain('Accept');
    const again = await app.inject({
      url: '/v1/municipalities?county=14&limit=100',
      headers: { ...asCsv, 'if-none-match': response.headers.etag as string },
    });
    expect(again.statusCode).toBe(304);
  });

  it('keeps JSON the default, with a different ETag, and lists several associations in one cell', async () => {
    const json = await app.inject({ url: '/v1/municipalities?county=14&limit=100' });
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(json.json().items).toHaveLength(49);
    const browser = await app.inject({
      url: '/v1/municipalities?county=14&limit=100',
      headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
    });
    expect(browser.headers['content-type']).toBe('application/json; charset=utf-8');
    const { rows } = await csv('/v1/municipalities?association=vastkom&limit=100');
    expect(rows).toHaveLength(50);
  });

  it('takes up to 10 000 rows in CSV while a JSON page stays at 100', async () => {
    const { rows } = await csv('/v1/municipalities?limit=10000');
    expect(rows).toHaveLength(290);
    const json = await app.inject({ url: '/v1/municipalities?limit=1000' });
    expect(json.statusCode).toBe(400);
    expect(json.json().errors).toEqual([
      { pointer: '/query/limit', detail: 'must be <= 100 (up to 10000 with Accept: text/csv)' },
    ]);
    const tooMany = await app.inject({ url: '/v1/municipalities?limit=10001', headers: asCsv });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  });

  it('still answers 406 to a type it does not offer, and problems stay JSON', async () => {
    const xml = await app.inject({ url: '/v1/municipalities', headers: { accept: 'application/xml' } });
    expect(xml.statusCode).toBe(406);
    expect(xml.json().detail).toContain('text/csv');
    expect((await app.inject({ url: '/v1/counties', headers: asCsv })).statusCode).toBe(406);
    const bad = await app.inject({ url: '/v1/municipalities?county=X', headers: asCsv });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-disposition']).toBeUndefined();
    expect(bad.json().errors[0].pointer).toBe('/query/county');
  });

  it('quotes texts with commas, quotes and line breaks so they read back as they are', async () => {
    const json = (await app.inject({ url: '/v1/technologies?limit=100' })).json();
    const { rows } = await csv('/v1/technologies?limit=100');
    expect(rows).toHaveLength(json.total);
    expect(rows.map((row) => row.summary)).toEqual(json.items.map((t: { summary: string }) => t.summary));
    expect(rows.some((row) => row.summary?.includes(','))).toBe(true);
    const nattillsyn = rows.find((row) => row.slug === 'digital-nattillsyn');
    expect(nattillsyn).toMatchObject({ category: 'tillsyn', parent_category: 'trygghet-och-tillsyn' });
    expect(Number(nattillsyn?.adoptions_total)).toBeGreaterThan(0);
  });

  it('exports adoptions, a maturity comparison with its median, and procurements with the same filters', async () => {
    const adoptions = await csv('/v1/adoptions?technology=digital-nattillsyn&limit=10000');
    const total = (await app.inject({ url: '/v1/adoptions?technology=digital-nattillsyn' })).json().total;
    expect(adoptions.rows).toHaveLength(total);
    expect(adoptions.rows.every((row) => row.technology === 'digital-nattillsyn')).toBe(true);

    const maturity = await csv('/v1/maturity?association=borasregionen&year=2026');
    expect(maturity.rows).toHaveLength(9);
    expect(maturity.rows.at(-1)).toMatchObject({ municipality_code: '', municipality_name: 'median borasregionen' });
    expect(maturity.header).toContain('law_ethics_security');
    expect(maturity.response.headers['content-disposition']).toContain('filename="maturity-');

    const procurements = await csv('/v1/procurements?openForParticipants=true');
    expect(procurements.rows.length).toBeGreaterThan(0);
    expect(procurements.rows.every((row) => row.open_for_participants === 'true')).toBe(true);
    expect(procurements.rows[0]?.participants).toMatch(/^\d{4}(; \d{4})*$/);
  });

  it('exports needs to a key holder only', async () => {
    const anonymous = await app.inject({ url: '/v1/needs', headers: asCsv });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    const { rows } = await csv('/v1/needs?status=published&limit=10000', await headersFor('supplier'));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.status === 'published')).toBe(true);
    expect(Number(rows[0]?.pooled_volume)).toBeGreaterThan(0);
    // A spreadsheet still has the problem statement and the co-owners, which a JSON list item leaves to the item route.
    expect(rows.every((row) => (row.problem_statement ?? '').length > 0)).toBe(true);
    expect(rows.some((row) => /^\d{4}(; \d{4})*$/.test(row.co_owners ?? ''))).toBe(true);
  });

  it('is documented per operation in the OpenAPI document', async () => {
    const document = (await app.inject({ url: '/openapi.json' })).json();
    for (const path of [
      '/v1/municipalities',
      '/v1/technologies',
      '/v1/adoptions',
      '/v1/maturity',
      '/v1/needs',
      '/v1/procurements',
    ]) {
      const content = document.paths[path].get.responses['200'].content;
      expect(Object.keys(content).sort(), path).toEqual(['application/json', 'text/csv']);
      expect(content['text/csv'].schema.$ref).toBe('#/components/schemas/CsvTable');
    }
    const limit = document.paths['/v1/municipalities'].get.parameters.find((p: { name: string }) => p.name === 'limit');
    expect(limit.schema.maximum).toBe(10_000);
    expect(document.paths['/v1/counties'].get.responses['200'].content['text/csv']).toBeUndefined();
  });

  it('streams 10 000 rows over HTTP, complete and in the order of the JSON pages', async () => {
    // 35 more published technologies adopted by all 290 municipalities: more than 10 000 adoptions.
    await database.db.execute(sql`
      insert into technologies (slug, name, category_slug, summary, readiness, status, published_at)
      select 'volym-' || n, 'Volymteknik ' || n, category_slug, summary, readiness, 'published', now()
      from technologies, generate_series(1, 35) n where slug = 'digital-nattillsyn'`);
    await database.db.execute(sql`
      insert into adoptions (municipality_code, technology_slug, status, notes)
      select m.code, t.slug, 'implemented', 'Införd i ' || m.name || ', med "citat"'
      from municipalities m cross join technologies t where t.slug like 'volym-%'`);
    const url = '/v1/adoptions?limit=10000';
    await app.listen({ port: 0, host: '127.0.0.1' });
    const response = await fetch(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}${url}`, {
      headers: asCsv,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="adoptions-[\d-]+\.csv"$/);
    // Sent as it is made: in chunks, with no length known beforehand.
    expect(response.headers.get('transfer-encoding')).toBe('chunked');
    expect(response.headers.get('content-length')).toBeNull();
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder().decode(bytes.subarray(3)));
    expect(rows).toHaveLength(10_000);

    const page = async (offset: number) =>
      (await app.inject({ url: `/v1/adoptions?limit=100&offset=${offset}` })).json() as {
        total: number;
        items: { municipality: { code: string }; technology: { slug: string }; notes: string | null }[];
      };
    const [first, last] = [await page(0), await page(9900)];
    expect(first.total).toBeGreaterThan(10_000);
    const keyed = (items: typeof first.items) =>
      items.map((a) => [a.municipality.code, a.technology.slug, a.notes ?? '']);
    expect(rows.slice(0, 100).map((r) => [r.municipality_code, r.technology, r.notes])).toEqual(keyed(first.items));
    expect(rows.slice(9900).map((r) => [r.municipality_code, r.technology, r.notes])).toEqual(keyed(last.items));
    expect(rows.find((r) => r.municipality_code === '1480' && r.technology === 'volym-7')?.notes).toBe(
      'Införd i Göteborg, med "citat"',
    );
  }, 60_000);
});
