import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { needs } from '../src/db/schema/index.ts';
import { seedDemo } from '../src/db/seed/demo/index.ts';
import { prepareDatabase } from '../src/db/setup.ts';
import { createEmbeddedDb } from './helpers/pglite.ts';

// The embedded default, as `npm start` runs it: reference data and the demo catalogue.
const database = await createEmbeddedDb();
await prepareDatabase(database);
const loaded = await seedDemo(database.db);
const app = await buildApp(loadConfig({ NODE_ENV: 'test' }), { db: database.db });
afterAll(async () => {
  await app.close();
  await database.close();
});
const get = async (url: string, headers: Record<string, string> = {}) => (await app.inject({ url, headers })).json();
const first = async (q: string) => (await get(`/v1/technologies?q=${encodeURIComponent(q)}`)).items[0]?.slug;

describe('the demo data on the embedded database', () => {
  it('publishes 25 technologies across the categories, and loads once', async () => {
    expect(loaded.technologies).toBe(25);
    expect((await get('/v1/technologies')).total).toBe(25);
    expect((await get('/v1/technology-categories?parent=none')).total).toBe(5);
    expect(await seedDemo(database.db)).toMatchObject({
      adoptions: 0,
      assessments: 0,
      needs: 0,
      procurements: 0,
      operatorModels: 0,
    });
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

describe('the demo coordination data', () => {
  it('has needs with co-owners, two procurements and the six legal forms out for consultation, all marked demo', async () => {
    expect(loaded).toMatchObject({ needs: 6, procurements: 2, operatorModels: 6 });
    // Needs are for keys and sessions; this database has neither, so they are read from the table.
    const rows = await database.db.select().from(needs);
    expect(rows.every((need) => need.demo)).toBe(true);
    expect(rows.find((need) => need.title.startsWith('Tillsyn nattetid'))).toMatchObject({
      pooledVolume: 150 + 40 + 25 + 20,
      municipalityCount: 4,
    });
    const procurements = await get('/v1/procurements');
    expect(procurements.items.map((p: { collaborationType: string }) => p.collaborationType).sort()).toEqual([
      'innovation',
      'temporary',
    ]);
    expect(procurements.items.every((p: { demo: boolean }) => p.demo)).toBe(true);
    const alarms = procurements.items.find((p: { reference: string }) => p.reference === 'BR-2026-TL');
    expect(alarms).toMatchObject({ stage: 'tender', lead: { slug: 'borasregionen' }, needCount: 1 });
    // A list item counts the needs; the item route names them.
    const full = await get(`/v1/procurements/${alarms.id}`);
    expect(full.needs).toEqual([expect.objectContaining({ status: 'in_procurement' })]);
    // The admin's story moves Borås from interested to fullmakt; the others have taken their steps.
    const commitments = Object.fromEntries(
      full.participants.map((p: { municipality: { name: string }; commitment: string }) => [
        p.municipality.name,
        p.commitment,
      ]),
    );
    expect(commitments).toEqual({
      Bollebygd: 'mandate_given',
      Borås: 'interested',
      Herrljunga: 'interested',
      Mark: 'mandate_given',
      Svenljunga: 'withdrawn',
      Tranemo: 'interested',
      Ulricehamn: 'mandate_given',
      Vårgårda: 'withdrawn',
    });
    const models = await get('/v1/operator-models');
    expect(models.items.map((m: { legalForm: string }) => m.legalForm).sort()).toEqual([
      'external_provider',
      'host_municipality',
      'joint_committee',
      'joint_company',
      'municipal_association',
      'own_operation',
    ]);
    const consultation = await get('/v1/operator-models/vardkommun-larmcentral/consultation');
    expect(consultation.totals.total).toBe(50);
    expect(consultation.totals.no_response).toBeGreaterThan(0);
    expect(consultation.totals.no_response).toBeLessThan(50);
    const answered = consultation.associations.flatMap((g: { municipalities: { position: string; demo: boolean }[] }) =>
      g.municipalities.filter((m) => m.position !== 'no_response'),
    );
    expect(answered.every((m: { demo: boolean }) => m.demo)).toBe(true);
    const preview = await get('/v1/operator-models/vardkommun-larmcentral/cost-preview?annualCostSek=12000000');
    expect(preview).toMatchObject({
      basis: 'members',
      costSharing: 'per_user',
      complete: true,
      allocatedSek: 12_000_000,
    });
    expect(preview.shares).toHaveLength(8);
  });
});

describe('the demo public bodies', () => {
  it('consult Västra Götalandsregionen, the healthcare cooperation and GITS on every VästKom model, in a group of their own', async () => {
    expect(loaded).toMatchObject({ publicBodies: 2 });
    const added = await get('/v1/public-bodies?kind=cooperation_body&kind=it_coordination');
    expect(added.items.map((b: { slug: string; demo: boolean }) => [b.slug, b.demo])).toEqual([
      ['gits', true],
      ['vardsamverkan-vastra-gotaland', true],
    ]);
    for (const model of (await get('/v1/operator-models')).items as { slug: string }[]) {
      const summary = await get(`/v1/operator-models/${model.slug}/consultation`);
      expect(summary.totals.total, model.slug).toBe(50);
      expect(
        summary.publicBodies.bodies.map((b: { slug: string }) => b.slug),
        model.slug,
      ).toEqual(['gits', 'vardsamverkan-vastra-gotaland', 'vastra-gotalandsregionen']); // Swedish order: å before ä
      expect(summary.publicBodies.totals.total).toBe(3);
    }
    const alarms = await get('/v1/operator-models/vardkommun-larmcentral/consultation');
    expect(
      alarms.publicBodies.bodies.every(
        (b: { position: string; demo: boolean }) => b.position !== 'no_response' && b.demo,
      ),
    ).toBe(true);
    const ownOperation = await get('/v1/operator-models/egen-regi-larm/consultation');
    expect(ownOperation.publicBodies.totals.no_response).toBe(3);
  });

  it("pool the region's volume into a need it co-owns, and name it in the innovation procurement", async () => {
    const [need] = await database.db
      .select()
      .from(needs)
      .where(eq(needs.title, 'Läkemedel i rätt tid utan ett besök för varje dos'));
    expect(need?.pooledVolume).toBe(80 + 30 + 45 + 120);
    const innovation = (await get('/v1/procurements?participant=vastra-gotalandsregionen')).items;
    expect(innovation.map((p: { reference: string }) => p.reference)).toEqual(['GR-2026-IU']);
    const ocds = await get(`/v1/procurements/${innovation[0].id}/ocds`);
    expect(ocds.releases[0].parties).toContainEqual(
      expect.objectContaining({ id: 'public-body-vastra-gotalandsregionen' }),
    );
  });
});
