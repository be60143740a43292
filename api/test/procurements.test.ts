import { readFileSync } from 'node:fs';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createActors, login } from './helpers/actors.ts';
import { createTestApp } from './helpers/app.ts';
import { createCatalogue } from './helpers/catalogue.ts';

const { app, database } = await createTestApp();
const { admin } = await createActors(app, database.db);
await createCatalogue(app, admin);
const asAdmin = { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken };
const region = await login(app, 'boras-region@test.se');
const asRegion = { cookie: region.cookie, 'x-csrf-token': region.csrfToken };

/** The OCDS 1.1.5 release-package schema, compiled offline: the release schema is registered under its id. */
function ocdsValidator() {
  const fixture = (name: string) =>
    JSON.parse(readFileSync(new URL(`./fixtures/ocds/${name}`, import.meta.url), 'utf8'));
  // Both are CommonJS modules with their export on `default`.
  const ajv = new ajvDraft04.default({ allErrors: true, strict: false });
  ajvFormats.default(ajv);
  ajv.addSchema(fixture('release-schema.json'));
  return ajv.compile(fixture('release-package-schema.json'));
}

async function send(method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object, headers = asAdmin) {
  const etag =
    method === 'POST' ? undefined : ((await app.inject({ url, headers })).headers.etag as string | undefined);
  return app.inject({
    method,
    url,
    headers: { ...headers, ...(etag ? { 'if-match': etag } : {}) },
    ...(payload ? { payload } : {}),
  });
}

const need = (
  await send('POST', '/v1/needs', {
    owner: { municipality: '1490' },
    title: 'Trygghetslarm som fungerar över mobilnätet',
    problemStatement: 'Analoga larm slutar fungera när kopparnätet läggs ned.',
    targetGroup: 'elderly_care',
    estimatedVolume: 900,
  })
).json();
await send('PATCH', `/v1/needs/${need.id}`, { status: 'published' });

const framework = (
  await send('POST', '/v1/procurements', {
    lead: { external: 'Adda Inköpscentral' },
    reference: 'ADDA-2023-TL',
    title: 'Ramavtal trygghetslarm',
    collaborationType: 'central_purchasing_framework',
    procedure: 'open',
  })
).json();

const created = await send('POST', '/v1/procurements', {
  lead: { association: 'vastkom' },
  reference: 'VK-2026-01',
  title: 'Digitala trygghetslarm och larmmottagning',
  description: 'Gemensam upphandling för kommunerna i Västra Götaland.',
  collaborationType: 'temporary',
  procedure: 'open',
  cpvCodes: ['85311000-2', '32236000-5'],
  technologies: ['digitala-trygghetslarm'],
  categories: ['larm'],
  needs: [need.id],
  relatedProcesses: [{ procurement: framework.id, relationship: 'prior' }],
  timeline: {
    plannedPublication: '2026-09-01',
    tenderPeriod: { start: '2026-09-01', end: '2026-10-15' },
    awardDate: '2026-12-01',
    contractPeriod: { start: '2027-02-01', end: '2029-01-31' },
    extensionOptionsMonths: 24,
  },
  estimatedValueSek: 40_000_000,
  lots: [
    { id: '1', title: 'Larmenheter' },
    { id: '2', title: 'Larmmottagning dygnet runt' },
  ],
  documents: [{ title: 'Förfrågningsunderlag', url: 'https://example.se/fu.pdf', kind: 'biddingDocuments' }],
});
const procurement = created.json();
const url = `/v1/procurements/${procurement.id}`;

describe('procurement collaborations', () => {
  it('are created in planning with a dated stage history, open for participants', () => {
    expect(created.statusCode, created.body).toBe(201);
    expect(procurement).toMatchObject({
      stage: 'planning',
      openForParticipants: true,
      lead: { kind: 'association', slug: 'vastkom' },
      needs: [{ id: need.id, status: 'published' }],
      relatedProcesses: [{ procurement: { id: framework.id, reference: 'ADDA-2023-TL' }, relationship: 'prior' }],
      timeline: { contractPeriod: { start: '2027-02-01', end: '2029-01-31' }, extensionOptionsMonths: 24 },
    });
    expect(procurement.stageHistory).toEqual([{ from: null, to: 'planning', at: expect.any(String) }]);
  });

  it('refuses a contract that ends before it starts with 422 naming both dates, and writes nothing', async () => {
    const before = (await app.inject({ url })).headers.etag;
    const response = await send('PATCH', url, {
      title: 'Ändrad titel',
      timeline: { ...procurement.timeline, contractPeriod: { start: '2027-02-01', end: '2026-01-31' } },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([
      { pointer: '/body/timeline/contractPeriod/start', detail: 'must be on or before contractPeriod.end' },
      { pointer: '/body/timeline/contractPeriod/end', detail: 'must be on or after contractPeriod.start' },
    ]);
    expect((await app.inject({ url })).headers.etag).toBe(before);
  });

  it('refuses a taken reference (409), a lot listed twice, an award for an unknown lot and a repeated relation (422)', async () => {
    const before = (await app.inject({ url })).headers.etag;
    const taken = await send('PATCH', url, { reference: 'ADDA-2023-TL' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().errors).toEqual([{ pointer: '/body/reference', detail: 'is taken' }]);
    const lots = await send('PATCH', url, {
      lots: [
        { id: '1', title: 'A' },
        { id: '1', title: 'B' },
      ],
    });
    expect(lots.statusCode).toBe(422);
    expect(lots.json().errors).toEqual([{ pointer: '/body/lots/1/id', detail: 'is listed already' }]);
    const award = await send('PATCH', url, { awardedSuppliers: [{ name: 'Larmbolaget AB', lot: '9', rank: 1 }] });
    expect(award.statusCode).toBe(422);
    expect(award.json().errors).toEqual([{ pointer: '/body/awardedSuppliers/0/lot', detail: 'must be one of: 1, 2' }]);
    const related = await send('PATCH', url, {
      relatedProcesses: [
        { procurement: framework.id, relationship: 'prior' },
        { procurement: framework.id, relationship: 'framework' },
      ],
    });
    expect(related.statusCode).toBe(422);
    expect(related.json().errors[0].pointer).toBe('/body/relatedProcesses/1/procurement');
    expect((await app.inject({ url })).headers.etag).toBe(before);
  });

  it('takes participants one dated step at a time', async () => {
    const participant = `${url}/participants/1490`;
    const joined = await send('PUT', participant, { commitment: 'interested', estimatedVolume: 900 }, asRegion);
    expect(joined.statusCode, joined.body).toBe(200);
    expect(joined.json()).toMatchObject({ commitment: 'interested', role: 'participant', estimatedVolume: 900 });
    const skip = await send('PUT', participant, { commitment: 'call_off_registered' }, asRegion);
    expect(skip.statusCode).toBe(409);
    expect(skip.json().detail).toContain('from interested it can become mandate_given or withdrawn');
    const mandate = await send('PUT', participant, { commitment: 'mandate_given' }, asRegion);
    expect(mandate.json().commitmentDates).toEqual({
      interested: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      mandate_given: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(mandate.json().estimatedVolume).toBe(900);
    const startsLate = await send('PUT', `${url}/participants/1491`, { commitment: 'mandate_given' }, asRegion);
    expect(startsLate.statusCode).toBe(409);
    expect((await send('PUT', `${url}/participants/1480`, { commitment: 'interested' }, asRegion)).statusCode).toBe(
      403,
    );
    const unknown = await send('PUT', `${url}/participants/9999`, { commitment: 'interested' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().detail).toBe('No municipality has the code 9999');
    const audit = await app.inject({
      url: `/v1/audit-events?entityType=procurement_participant&entityKey=${procurement.id}/1490`,
      headers: asAdmin,
    });
    expect(audit.json().items).toHaveLength(2);
  });

  it('stays in planning when a linked need cannot move with it: one transaction', async () => {
    const { db } = database;
    await db.execute(sql`create function refuse_need_move() returns trigger language plpgsql as $$
      begin if new.status = 'in_procurement' then raise exception 'need store unavailable'; end if; return new; end $$`);
    await db.execute(sql`create trigger refuse_need_move before update on needs
      for each row execute function refuse_need_move()`);
    try {
      const response = await send('PATCH', url, { stage: 'tender' });
      expect(response.statusCode).toBe(500);
      const after = (await app.inject({ url })).json();
      expect(after.stage).toBe('planning');
      expect(after.stageHistory).toHaveLength(1);
      expect(after.needs).toEqual([expect.objectContaining({ status: 'published' })]);
    } finally {
      await db.execute(sql`drop trigger refuse_need_move on needs`);
      await db.execute(sql`drop function refuse_need_move()`);
    }
  });

  it('moves linked needs to in_procurement when it enters tender, in the same change', async () => {
    const skip = await send('PATCH', url, { stage: 'awarded' });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().errors[0].pointer).toBe('/body/stage');
    const tender = await send('PATCH', url, { stage: 'tender' });
    expect(tender.statusCode, tender.body).toBe(200);
    expect(tender.json()).toMatchObject({ stage: 'tender', openForParticipants: false });
    expect(tender.json().needs).toEqual([expect.objectContaining({ id: need.id, status: 'in_procurement' })]);
    expect(tender.json().stageHistory.map((s: { to: string }) => s.to)).toEqual(['planning', 'tender']);
    const linked = await app.inject({ url: `/v1/needs/${need.id}`, headers: asAdmin });
    expect(linked.json()).toMatchObject({
      status: 'in_procurement',
      procurement: { id: procurement.id, stage: 'tender' },
    });
    const late = await send('PUT', `${url}/participants/1491`, { commitment: 'interested' });
    expect(late.statusCode).toBe(409);
    // A need linked once the procurement is in tender is in procurement at once.
    const another = (
      await send('POST', '/v1/needs', {
        owner: { municipality: '1491' },
        title: 'Larm för fler',
        problemStatement: 'Samma behov.',
        targetGroup: 'elderly_care',
      })
    ).json();
    await send('PATCH', `/v1/needs/${another.id}`, { status: 'published' });
    const linked2 = await send('PATCH', url, { needs: [need.id, another.id] });
    expect(linked2.json().needs.map((n: { status: string }) => n.status)).toEqual(['in_procurement', 'in_procurement']);
  });

  it('filters by stage, openness, participant, lead, association and contract end', async () => {
    const refs = async (query: string) =>
      (await app.inject({ url: `/v1/procurements?${query}` }))
        .json()
        .items.map((p: { reference: string }) => p.reference);
    expect(await refs('stage=tender')).toEqual(['VK-2026-01']);
    expect(await refs('openForParticipants=true')).toEqual(['ADDA-2023-TL']);
    expect(await refs('participant=1490')).toEqual(['VK-2026-01']);
    expect(await refs('lead=vastkom')).toEqual(['VK-2026-01']);
    expect(await refs('association=borasregionen')).toEqual(['VK-2026-01']);
    expect(await refs('contractEndsBefore=2030-01-01')).toEqual(['VK-2026-01']);
    expect(await refs('contractEndsBefore=2028-01-01')).toEqual([]);
    expect(await refs('technology=digitala-trygghetslarm&category=trygghet-och-larm')).toEqual(['VK-2026-01']);
  });

  it('lists summaries with counts instead of participants, needs, lots and documents, which the item route gives', async () => {
    const full = (await app.inject({ url })).json();
    const list = (await app.inject({ url: '/v1/procurements?lead=vastkom' })).json();
    const [item] = list.items;
    expect(Object.keys(item).sort()).toEqual(
      [
        'categories',
        'collaborationType',
        'cpvCodes',
        'createdAt',
        'demo',
        'estimatedValueSek',
        'id',
        'lead',
        'needCount',
        'openForParticipants',
        'participantCount',
        'procedure',
        'reference',
        'stage',
        'technologies',
        'timeline',
        'title',
        'updatedAt',
      ].sort(),
    );
    expect(full.participants.length).toBeGreaterThan(0);
    expect(item).toMatchObject({
      id: full.id,
      reference: 'VK-2026-01',
      lead: full.lead,
      timeline: full.timeline,
      technologies: full.technologies,
      participantCount: full.participants.length,
      needCount: full.needs.length,
      updatedAt: full.updatedAt,
    });
    expect(full).toMatchObject({
      description: expect.any(String),
      lots: expect.any(Array),
      documents: [expect.objectContaining({ kind: 'biddingDocuments' })],
      stageHistory: expect.any(Array),
      relatedProcesses: expect.any(Array),
    });
    expect(full).not.toHaveProperty('participantCount');
  });
});

describe('the OCDS export', () => {
  const validate = ocdsValidator();

  it('validates against the OCDS 1.1.5 release-package schema in tender', async () => {
    const response = await app.inject({ url: `${url}/ocds` });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(validate(body), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const [release] = body.releases;
    expect(release.ocid).toBe(`ocds-vnavet-${procurement.id}`);
    expect(release.tag).toEqual(['tender']);
    expect(release.tender).toMatchObject({ id: 'VK-2026-01', status: 'active', procurementMethod: 'open' });
    expect(release.parties).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'association-vastkom', roles: ['procuringEntity'] }),
        expect.objectContaining({ id: 'municipality-1490', name: 'Borås', roles: ['buyer'] }),
      ]),
    );
    expect(release.relatedProcesses).toEqual([
      expect.objectContaining({ relationship: ['prior'], scheme: 'ocid', identifier: `ocds-vnavet-${framework.id}` }),
    ]);
  });

  it('carries awards, suppliers and contracts once awarded, still valid', async () => {
    await send('PATCH', url, { stage: 'evaluation' });
    await send('PATCH', url, {
      stage: 'awarded',
      awardedSuppliers: [
        { name: 'Larmbolaget AB', organisationNumber: '556036-0793', lot: '1', rank: 1 },
        { name: 'Mottagningen AB', organisationNumber: '556677-8899', lot: '2', rank: 1 },
      ],
    });
    await send('PATCH', url, { stage: 'contract_active' });
    const body = (await app.inject({ url: `${url}/ocds` })).json();
    expect(validate(body), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const [release] = body.releases;
    expect(release.tag).toEqual(['contract']);
    expect(release.parties).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'Larmbolaget AB',
          roles: ['supplier'],
          identifier: expect.objectContaining({ scheme: 'SE-BLV', id: '5560360793' }),
        }),
      ]),
    );
    expect(release.awards.map((a: { suppliers: { name: string }[] }) => a.suppliers[0]?.name)).toEqual([
      'Larmbolaget AB',
      'Mottagningen AB',
    ]);
    expect(release.contracts).toEqual([
      expect.objectContaining({
        status: 'active',
        period: expect.objectContaining({ maxExtentDate: '2031-01-31T00:00:00Z' }),
      }),
      expect.objectContaining({ status: 'active' }),
    ]);
  });

  it('is checked by a validator that does fail on a broken package', async () => {
    const body = (await app.inject({ url: `${url}/ocds` })).json();
    body.releases[0].tender.status = 'ongoing';
    delete body.publisher;
    expect(validate(body)).toBe(false);
  });
});
