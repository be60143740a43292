import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '../src/db/seed/demo/index.ts';
import { parseCsv } from '../src/lib/csv.ts';
import { createActors } from './helpers/actors.ts';
import { createTestApp } from './helpers/app.ts';

// Search of the procurement and operator-model lists, over the demo data as `npm start` loads it.
const { app, database } = await createTestApp();
const { admin } = await createActors(app, database.db);
await seedDemo(database.db);
const asAdmin = { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken };

async function list(path: string, query: string) {
  const response = await app.inject({ url: `/v1/${path}?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { items: Record<string, unknown>[]; total: number };
}
const references = async (query: string) => (await list('procurements', query)).items.map((item) => item.reference);
const slugs = async (query: string) => (await list('operator-models', query)).items.map((item) => item.slug);

describe('searching procurements', () => {
  it('finds the demo procurements by a misspelt title word and by the lead named without diacritics', async () => {
    expect(await references('q=trygghetlarm')).toEqual(['BR-2026-TL']);
    expect(await references('q=borasregionen')).toEqual(['BR-2026-TL']);
    expect(await references('q=goteborgsregionen')).toEqual(['GR-2026-IU']);
    expect(await references('q=aktivitetsmonster')).toEqual(['GR-2026-IU']);
  });

  it('finds them by reference and CPV code', async () => {
    expect(await references('q=BR-2026-TL')).toEqual(['BR-2026-TL']);
    expect(await references('q=73000000')).toEqual(['GR-2026-IU']);
  });

  it('answers an empty page with total 0 when nothing matches', async () => {
    const page = await list('procurements', 'q=xylofonorkester');
    expect(page).toMatchObject({ items: [], total: 0 });
  });

  it('combines q with the filters', async () => {
    expect(await references('q=trygghetslarm&stage=tender')).toEqual(['BR-2026-TL']);
    expect(await references('q=trygghetslarm&stage=market_dialogue')).toEqual([]);
    expect(await references('q=borasregionen&lead=goteborgsregionen')).toEqual([]);
    expect(await references('q=sensorer&openForParticipants=true')).toEqual(['GR-2026-IU']);
  });

  it('puts a match in the title before one in the description, unless sort is given', async () => {
    const create = (reference: string, title: string, description: string) =>
      app.inject({
        method: 'POST',
        url: '/v1/procurements',
        headers: asAdmin,
        payload: { lead: { municipality: '1490' }, reference, title, description, collaborationType: 'temporary' },
      });
    // Created first, so the newest-first order without q would put it last.
    const inTitle = await create('B-NYCKEL', 'Nyckelfri hemtjänst', 'En plattform för digitala lås.');
    const inText = await create('A-NYCKEL', 'Gemensam låsplattform', 'Lås för nyckelfri hemtjänst i hela regionen.');
    expect([inTitle.statusCode, inText.statusCode]).toEqual([201, 201]);
    expect(await references('q=nyckelfri')).toEqual(['B-NYCKEL', 'A-NYCKEL']);
    expect(await references('q=nyckelfri&sort=reference')).toEqual(['A-NYCKEL', 'B-NYCKEL']);
    // The lead's name is searched too: Borås leads both.
    expect(await references('q=boras&sort=reference')).toEqual(['A-NYCKEL', 'B-NYCKEL']);
  });

  it("follows an edit of the texts and a rename of the lead's association", async () => {
    const [row] = (await list('procurements', 'q=B-NYCKEL')).items;
    const url = `/v1/procurements/${row?.id}`;
    const etag = (await app.inject({ url })).headers.etag as string;
    const changed = await app.inject({
      method: 'PATCH',
      url,
      headers: { ...asAdmin, 'if-match': etag },
      payload: { title: 'Digitala lås i hemtjänsten' },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(await references('q=nyckelfri')).toEqual(['A-NYCKEL']);
    expect(await references('q=digitala+las&sort=reference')).toEqual(['B-NYCKEL']);

    // Reference data renames an association; the procurements it leads are found by the new name.
    await database.db.execute(
      sql`update associations set name = 'Sjuhärads välfärdsförbund' where slug = 'borasregionen'`,
    );
    expect(await references('q=valfardsforbund')).toEqual(['BR-2026-TL']);
  });

  it('answers 304 to a repeated search with its ETag, and a new one to another search', async () => {
    const url = '/v1/procurements?q=trygghetslarm';
    const first = await app.inject({ url });
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"/);
    expect((await app.inject({ url, headers: { 'if-none-match': etag } })).statusCode).toBe(304);
    const other = await app.inject({ url: '/v1/procurements?q=sensorer', headers: { 'if-none-match': etag } });
    expect(other.statusCode).toBe(200);
    expect(other.json().items.map((item: { reference: string }) => item.reference)).toEqual(['GR-2026-IU']);
  });

  it('searches the CSV answer the same way', async () => {
    const response = await app.inject({ url: '/v1/procurements?q=trygghetlarm', headers: { accept: 'text/csv' } });
    expect(response.statusCode, response.body).toBe(200);
    const rows = parseCsv(response.rawPayload.toString('utf8').slice(1));
    expect(rows.map((row) => row.reference)).toEqual(['BR-2026-TL']);
  });

  it('refuses an empty q with a problem naming it', async () => {
    const response = await app.inject({ url: '/v1/procurements?q=' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ pointer: '/query/q' })]);
  });
});

describe('searching operator models', () => {
  it('finds the demo models without diacritics and through a typo, the best match first', async () => {
    // "Värdkommun" is the host model's name and a word in the joint committee's description.
    expect(await slugs('q=vardkommun')).toEqual(['vardkommun-larmcentral', 'gemensam-namnd-valfardsteknik']);
    expect((await slugs('q=kommunalforbnd'))[0]).toBe('kommunalforbund-valfardsteknik');
    expect(await slugs('q=bolag')).toEqual(['gemensamt-bolag-valfardsteknik']);
  });

  it("finds them by the host's name", async () => {
    expect((await slugs('q=boras')).sort()).toEqual(['gemensam-namnd-valfardsteknik', 'vardkommun-larmcentral']);
  });

  it('answers an empty page with total 0 when nothing matches', async () => {
    expect(await list('operator-models', 'q=xylofonorkester')).toMatchObject({ items: [], total: 0 });
  });

  it('combines q with the filters', async () => {
    expect(await slugs('q=vardkommun&legalForm=joint_committee')).toEqual(['gemensam-namnd-valfardsteknik']);
    expect(await slugs('q=vardkommun&status=decided')).toEqual([]);
  });

  it('answers 304 to a repeated search with its ETag', async () => {
    const url = '/v1/operator-models?q=vardkommun';
    const etag = (await app.inject({ url })).headers.etag as string;
    expect((await app.inject({ url, headers: { 'if-none-match': etag } })).statusCode).toBe(304);
    expect(
      (await app.inject({ url: '/v1/operator-models?q=bolag', headers: { 'if-none-match': etag } })).statusCode,
    ).toBe(200);
  });
});
