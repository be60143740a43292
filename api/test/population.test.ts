import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { municipalities } from '../src/db/schema/index.ts';
import { seedDemo } from '../src/db/seed/demo/index.ts';
import { seedReference } from '../src/db/seed/reference.ts';
import { createActors } from './helpers/actors.ts';
import { createTestApp } from './helpers/app.ts';

const { app, database } = await createTestApp();
const { db } = database;
const { admin } = await createActors(app, db);
// The demo's operator models, one per legal form; the municipal association's shares per capita.
await seedDemo(db);
const asAdmin = { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken };

async function patch(url: string, payload: object) {
  const etag = (await app.inject({ url })).headers.etag as string;
  return app.inject({ method: 'PATCH', url, headers: { ...asAdmin, 'if-match': etag }, payload });
}

describe('population from the reference data', () => {
  it("gives every one of the 290 municipalities SCB's population on 31 December 2024", async () => {
    const [totals] = (await db.execute(sql`select count(*)::int as n, count(population)::int as known,
      sum(population)::bigint::text as sum, count(*) filter (where population_year = 2024 and population_source = 'scb')::int as scb
      from municipalities`)) as unknown as [{ n: number; known: number; sum: string; scb: number }];
    // SCB's national total for 2024 is 10 587 710 (see POPULATION-AND-GEO.md).
    expect(totals).toEqual({ n: 290, known: 290, sum: '10587710', scb: 290 });
  });

  it('shows the figure with its year and source', async () => {
    const response = await app.inject({ url: '/v1/municipalities/1480' });
    expect(response.json()).toMatchObject({
      name: 'Göteborg',
      population: 608_993,
      populationYear: 2024,
      populationSource: 'scb',
    });
    const dorotea = (await app.inject({ url: '/v1/municipalities/2425' })).json();
    expect(dorotea).toMatchObject({ population: 2294, populationYear: 2024 });
  });

  it("keeps an editor's own figure when the reference data is loaded again", async () => {
    const changed = await patch('/v1/municipalities/1490', { population: 116_500, populationYear: 2025 });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ population: 116_500, populationYear: 2025, populationSource: 'editor' });
    await seedReference(db);
    const [boras] = await db.select().from(municipalities).where(eq(municipalities.code, '1490'));
    expect(boras).toMatchObject({ population: 116_500, populationYear: 2025, populationSource: 'editor' });
  });

  it('restores a reference figure that drifted, and leaves updatedAt alone where nothing changed', async () => {
    await db.update(municipalities).set({ population: 1 }).where(eq(municipalities.code, '0114'));
    const [before] = await db.select().from(municipalities).where(eq(municipalities.code, '0115'));
    await seedReference(db);
    const [vasby] = await db.select().from(municipalities).where(eq(municipalities.code, '0114'));
    expect(vasby?.population).toBe(50_323);
    const [after] = await db.select().from(municipalities).where(eq(municipalities.code, '0115'));
    expect(after?.updatedAt).toEqual(before?.updatedAt);
  });

  it('makes the per-capita cost preview of a VästKom model complete', async () => {
    const response = await app.inject({
      url: '/v1/operator-models/kommunalforbund-valfardsteknik/cost-preview?annualCostSek=12000000',
    });
    expect(response.statusCode, response.body).toBe(200);
    const preview = response.json();
    expect(preview).toMatchObject({ costSharing: 'per_capita', complete: true, allocatedSek: 12_000_000, notes: [] });
    expect(preview.shares).toHaveLength(50);
    const goteborg = preview.shares.find((s: { municipality: { code: string } }) => s.municipality.code === '1480');
    expect(goteborg).toMatchObject({ population: 608_993, note: null });
  });
});
