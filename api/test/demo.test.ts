import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { createDb } from '../src/db/client.ts';
import { seedDemo } from '../src/db/seed/demo/index.ts';
import { prepareDatabase } from '../src/db/setup.ts';

// The embedded default, as `npm start` runs it: reference data and the demo catalogue.
const database = await createDb({ dataDir: 'memory://' });
await prepareDatabase(database);
const loaded = await seedDemo(database.db);
const app = await buildApp(loadConfig({ NODE_ENV: 'test' }), { db: database.db });
afterAll(async () => {
  await app.close();
  await database.close();
});
const get = async (url: string) => (await app.inject({ url })).json();
const first = async (q: string) => (await get(`/v1/technologies?q=${encodeURIComponent(q)}`)).items[0]?.slug;

describe('the demo data on the embedded database', () => {
  it('publishes 25 technologies across the categories, and loads once', async () => {
    expect(loaded.technologies).toBe(25);
    expect((await get('/v1/technologies')).total).toBe(25);
    expect((await get('/v1/technology-categories?parent=none')).total).toBe(5);
    expect(await seedDemo(database.db)).toMatchObject({ adoptions: 0, assessments: 0 });
  });

  it('finds what a person means', async () => {
    expect(await first('nattkamera')).toBe('digital-nattillsyn');
    expect(await first('trygghetslarm')).toBe('digitala-trygghetslarm');
    expect(await first('lakemedel')).toBe('lakemedelsautomat');
    expect(await first('trygghetlarm')).toBe('digitala-trygghetslarm');
  });

  it('marks every fictitious adoption and assessment as demo', async () => {
    const adoptions = await get('/v1/adoptions?limit=100');
    expect(adoptions.total).toBeGreaterThan(100);
    expect(adoptions.items.every((a: { demo: boolean }) => a.demo)).toBe(true);
    const map = await get('/v1/technologies/digitala-trygghetslarm/adoption-map');
    expect(map.municipalities).toHaveLength(290);
    expect(
      map.municipalities
        .filter((m: { status: string; demo: boolean }) => m.status !== 'none')
        .every((m: { demo: boolean }) => m.demo),
    ).toBe(true);
    // The most adopted technology comes first when sorted by adoptions (discontinued ones not counted).
    const inUse = (t: { adoptionSummary: Record<string, number> }) =>
      (t.adoptionSummary.total ?? 0) - (t.adoptionSummary.discontinued ?? 0);
    const all = (await get('/v1/technologies?limit=100')).items;
    const top = (await get('/v1/technologies?sort=-adoptionCount&limit=1')).items[0];
    expect(inUse(top)).toBe(Math.max(...all.map(inUse)));
    const maturity = await get('/v1/maturity?association=vastkom&year=2026');
    expect(maturity.assessedCount).toBe(50);
    expect(maturity.members.every((m: { demo: boolean }) => m.demo)).toBe(true);
  });
});
