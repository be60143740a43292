import { describe, expect, it } from 'vitest';
import { createTestApp } from './helpers/app.ts';

const { app } = await createTestApp();

async function get(url: string) {
  const response = await app.inject({ url });
  return { status: response.statusCode, headers: response.headers, body: response.json() };
}
const codes = (body: { items: { code: string }[] }) => body.items.map((m) => m.code);
const names = (body: { items: { name: string }[] }) => body.items.map((m) => m.name);

describe('GET /v1/municipalities', () => {
  it('lists all 290 municipalities, 20 at a time by default, in Swedish alphabetical order', async () => {
    const { status, body } = await get('/v1/municipalities');
    expect(status).toBe(200);
    expect(body.total).toBe(290);
    expect(body.limit).toBe(20);
    expect(body.offset).toBe(0);
    expect(body.items).toHaveLength(20);
    expect(body.items[0].name).toBe('Ale');

    const last = await get('/v1/municipalities?offset=280&limit=10');
    // Swedish order puts Å before Ä before Ö, all after Z.
    expect(names(last.body)).toEqual([
      'Ödeshög',
      'Örebro',
      'Örkelljunga',
      'Örnsköldsvik',
      'Östersund',
      'Österåker',
      'Östhammar',
      'Östra Göinge',
      'Överkalix',
      'Övertorneå',
    ]);
    const around = names((await get('/v1/municipalities?offset=260&limit=30')).body);
    expect(around.indexOf('Åmål')).toBeLessThan(around.indexOf('Älvsbyn'));
    expect(around.indexOf('Ängelholm')).toBeLessThan(around.indexOf('Öckerö'));
  });

  it('filters by county: Västra Götaland has 49 municipalities', async () => {
    const { body } = await get('/v1/municipalities?county=14&limit=100');
    expect(body.total).toBe(49);
    expect(body.items.every((m: { county: { code: string } }) => m.county.code === '14')).toBe(true);
  });

  it('treats a repeated filter as "any of"', async () => {
    const { body } = await get('/v1/municipalities?county=14&county=13&limit=100');
    expect(body.total).toBe(49 + 6);
  });

  it('filters by association, Kungsbacka in Halland included in GR', async () => {
    const { body } = await get('/v1/municipalities?association=goteborgsregionen&limit=100');
    expect(body.total).toBe(13);
    expect(codes(body)).toContain('1384');
  });

  it('includes the members of child associations when filtering by an umbrella', async () => {
    const { body } = await get('/v1/municipalities?association=vastkom&limit=100');
    expect(body.total).toBe(50);
    expect(new Set(codes(body)).size).toBe(50);
  });

  it('combines filters with AND', async () => {
    const { body } = await get('/v1/municipalities?association=goteborgsregionen&county=13');
    expect(codes(body)).toEqual(['1384']);
  });

  it('gives an empty page for an association that does not exist', async () => {
    const { status, body } = await get('/v1/municipalities?association=no-such-association');
    expect(status).toBe(200);
    expect(body).toMatchObject({ items: [], total: 0 });
  });

  it('finds names without accents and with typos, best match first', async () => {
    expect(names((await get('/v1/municipalities?q=ostersund')).body)[0]).toBe('Östersund');
    expect(names((await get('/v1/municipalities?q=gotebrg')).body)[0]).toBe('Göteborg');
    expect(names((await get('/v1/municipalities?q=Malung')).body)[0]).toBe('Malung-Sälen');
    expect(names((await get('/v1/municipalities?q=BORÅS')).body)[0]).toBe('Borås');
  });

  it('treats LIKE wildcards in q as plain characters', async () => {
    const { body } = await get('/v1/municipalities?q=%25');
    expect(body.total).toBe(0);
  });

  it('sorts on an allowed field, descending with a minus', async () => {
    const byCode = await get('/v1/municipalities?sort=-code&limit=3');
    expect(codes(byCode.body)).toEqual(['2584', '2583', '2582']);
    const byName = await get('/v1/municipalities?sort=-name&limit=1');
    expect(names(byName.body)).toEqual(['Övertorneå']);
  });

  it('pages with Link headers that lead through the whole list without gaps or repeats', async () => {
    const seen: string[] = [];
    let url: string | undefined = '/v1/municipalities?county=01&limit=10';
    while (url) {
      const response = await get(url);
      seen.push(...codes(response.body));
      url = /<([^>]+)>; rel="next"/.exec(String(response.headers.link))?.[1];
    }
    expect(seen).toHaveLength(26);
    expect(new Set(seen).size).toBe(26);
  });

  it('names first, prev, next and last pages', async () => {
    const { headers } = await get('/v1/municipalities?limit=100&offset=100');
    expect(headers.link).toContain('</v1/municipalities?limit=100&offset=0>; rel="first"');
    expect(headers.link).toContain('</v1/municipalities?limit=100&offset=0>; rel="prev"');
    expect(headers.link).toContain('</v1/municipalities?limit=100&offset=200>; rel="next"');
    expect(headers.link).toContain('</v1/municipalities?limit=100&offset=200>; rel="last"');
  });

  it('still reports the total on a page past the end', async () => {
    const { body } = await get('/v1/municipalities?offset=1000');
    expect(body).toMatchObject({ items: [], total: 290, offset: 1000 });
  });

  it('leaves out the total with count=false and still offers the next page', async () => {
    const { body, headers } = await get('/v1/municipalities?count=false&limit=5');
    expect(body.total).toBeUndefined();
    expect(body.items).toHaveLength(5);
    expect(headers.link).toContain('rel="next"');
  });

  it('returns only what changed since a time, for incremental sync', async () => {
    const future = await get('/v1/municipalities?updatedSince=2999-01-01T00:00:00Z');
    expect(future.body.total).toBe(0);
    const past = await get('/v1/municipalities?updatedSince=2000-01-01T00:00:00%2B01:00');
    expect(past.body.total).toBe(290);
  });
});

describe('GET /v1/municipalities/{code}', () => {
  it('returns Borås with its county and association', async () => {
    const { status, body } = await get('/v1/municipalities/1490');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      code: '1490',
      name: 'Borås',
      county: { code: '14', name: 'Västra Götalands län' },
      associations: [{ slug: 'borasregionen', shortName: 'Boråsregionen' }],
    });
    expect(body.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
  });

  it('keeps the leading zero of a code', async () => {
    const { body } = await get('/v1/municipalities/0114');
    expect(body).toMatchObject({ code: '0114', name: 'Upplands Väsby', county: { code: '01' } });
  });
});
