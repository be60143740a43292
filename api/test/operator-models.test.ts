import { describe, expect, it } from 'vitest';
import { apportion } from '../src/modules/operator-models/cost-sharing.ts';
import { createActors, login } from './helpers/actors.ts';
import { createTestApp } from './helpers/app.ts';

const { app, database } = await createTestApp();
const { admin } = await createActors(app, database.db);
const asAdmin = { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken };
const region = await login(app, 'boras-region@test.se');
const asRegion = { cookie: region.cookie, 'x-csrf-token': region.csrfToken };
const goteborg = await login(app, 'goteborg@test.se');
const asGoteborg = { cookie: goteborg.cookie, 'x-csrf-token': goteborg.csrfToken };

async function send(method: 'POST' | 'PATCH' | 'PUT', url: string, payload: object, headers = asAdmin) {
  const etag =
    method === 'POST' ? undefined : ((await app.inject({ url, headers })).headers.etag as string | undefined);
  return app.inject({ method, url, headers: { ...headers, ...(etag ? { 'if-match': etag } : {}) }, payload });
}

const created = await send('POST', '/v1/operator-models', {
  slug: 'gemensam-namnd-larm',
  name: 'Gemensam nämnd för larm och välfärdsteknik',
  legalForm: 'joint_committee',
  costSharing: 'per_capita',
  host: { municipality: '1490' },
  services: [{ service: 'alarm_reception_24_7', sla: 'Larm besvaras inom 60 sekunder' }],
  advantages: ['Larmmottagning dygnet runt för alla'],
  risks: ['Värdkommunen bär arbetsgivaransvaret'],
  consultation: { association: 'vastkom', opens: '2026-10-01', closes: '2026-12-15' },
});
const url = '/v1/operator-models/gemensam-namnd-larm';

describe('operator models', () => {
  it('start as proposals, with host and consultation', () => {
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      status: 'proposal',
      host: { kind: 'municipality', code: '1490', name: 'Borås' },
      consultation: { association: { slug: 'vastkom' }, opens: '2026-10-01', closes: '2026-12-15' },
      members: [],
    });
  });

  it('are listed as summaries with counts; the item route gives the services, texts and members', async () => {
    const list = (await app.inject({ url: '/v1/operator-models?status=proposal' })).json();
    const item = list.items.find((model: { slug: string }) => model.slug === 'gemensam-namnd-larm');
    expect(Object.keys(item).sort()).toEqual(
      [
        'consultation',
        'costSharing',
        'createdAt',
        'demo',
        'fixedSharePercent',
        'host',
        'legalForm',
        'memberCount',
        'name',
        'responseCount',
        'slug',
        'status',
        'updatedAt',
      ].sort(),
    );
    expect(item).toMatchObject({
      legalForm: 'joint_committee',
      host: { kind: 'municipality', code: '1490', name: 'Borås' },
      consultation: { association: { slug: 'vastkom' }, opens: '2026-10-01', closes: '2026-12-15' },
      memberCount: 0,
      responseCount: 0,
    });
    const full = (await app.inject({ url })).json();
    expect(full).toMatchObject({
      services: [{ service: 'alarm_reception_24_7', sla: 'Larm besvaras inom 60 sekunder' }],
      advantages: ['Larmmottagning dygnet runt för alla'],
      risks: ['Värdkommunen bär arbetsgivaransvaret'],
      members: [],
      description: expect.any(String),
    });
  });

  it('refuse a consultation that closes before it opens, naming both dates', async () => {
    const response = await send('PATCH', url, {
      consultation: { association: 'vastkom', opens: '2026-10-01', closes: '2026-09-01' },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors.map((e: { pointer: string }) => e.pointer)).toEqual([
      '/body/consultation/opens',
      '/body/consultation/closes',
    ]);
  });
});

describe('the consultation', () => {
  it('takes answers only while the model is out for consultation', async () => {
    const early = await send('PUT', `${url}/responses/1490`, { position: 'supports' }, asRegion);
    expect(early.statusCode).toBe(409);
    expect((await send('PATCH', url, { status: 'consultation' })).statusCode).toBe(200);
  });

  it('lists all 49 Västra Götaland municipalities and Kungsbacka, with no_response where nothing is answered', async () => {
    const response = await app.inject({ url: `${url}/consultation` });
    expect(response.statusCode).toBe(200);
    const summary = response.json();
    expect(summary.totals).toEqual({
      supports: 0,
      supports_with_reservations: 0,
      rejects: 0,
      no_response: 50,
      total: 50,
    });
    const codes = summary.associations.flatMap((group: { municipalities: { code: string }[] }) =>
      group.municipalities.map((m) => m.code),
    );
    const vastraGotaland = (await app.inject({ url: '/v1/municipalities?county=14&limit=100' }))
      .json()
      .items.map((m: { code: string }) => m.code);
    expect(vastraGotaland).toHaveLength(49);
    expect(new Set(codes)).toEqual(new Set([...vastraGotaland, '1384']));
    expect(
      summary.associations.map((group: { association: { slug: string } }) => group.association.slug).sort(),
    ).toEqual(['borasregionen', 'fyrbodal', 'goteborgsregionen', 'skaraborg']);
    const gr = summary.associations.find(
      (group: { association: { slug: string } }) => group.association.slug === 'goteborgsregionen',
    );
    expect(gr.totals.total).toBe(13);
    expect(gr.municipalities.find((m: { code: string }) => m.code === '1384')).toMatchObject({
      name: 'Kungsbacka',
      position: 'no_response',
      respondedOn: null,
    });
  });

  it('records an in-scope answer, audited, and counts it', async () => {
    const answer = await send(
      'PUT',
      `${url}/responses/1490`,
      {
        position: 'supports_with_reservations',
        comment: 'Kostnadsfördelningen behöver ses över.',
        respondedOn: '2026-11-20',
      },
      asRegion,
    );
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.json()).toMatchObject({
      municipality: { code: '1490', name: 'Borås' },
      position: 'supports_with_reservations',
      respondedOn: '2026-11-20',
    });
    expect((await send('PUT', `${url}/responses/1490`, { position: 'supports' }, asGoteborg)).statusCode).toBe(403);
    const notConsulted = await send('PUT', `${url}/responses/0180`, { position: 'rejects' });
    expect(notConsulted.statusCode).toBe(409);
    expect(notConsulted.json().detail).toContain('not among the municipalities consulted');
    expect((await send('PUT', `${url}/responses/9999`, { position: 'rejects' })).statusCode).toBe(404);
    const changed = await send('PUT', `${url}/responses/1490`, { position: 'supports' }, asRegion);
    expect(changed.statusCode).toBe(200);

    const summary = (await app.inject({ url: `${url}/consultation` })).json();
    expect(summary.totals).toMatchObject({ supports: 1, no_response: 49, total: 50 });
    const boras = summary.associations.find(
      (g: { association: { slug: string } }) => g.association.slug === 'borasregionen',
    );
    expect(boras.totals).toMatchObject({ supports: 1 });
    const listed = (await app.inject({ url: '/v1/operator-models?status=consultation' })).json().items;
    expect(listed.find((model: { slug: string }) => model.slug === 'gemensam-namnd-larm')).toMatchObject({
      status: 'consultation',
      responseCount: 1,
    });
    const audit = await app.inject({
      url: '/v1/audit-events?entityType=consultation_response',
      headers: asAdmin,
    });
    expect(
      audit
        .json()
        .items.map((e: { action: string }) => e.action)
        .sort(),
    ).toEqual(['create', 'update']);
  });
});

describe('the cost preview', () => {
  it('splits a cost per capita where population is known, and says where it is not', async () => {
    await send('PATCH', url, {
      members: [
        { municipality: '1490', since: '2027-01-01' },
        { municipality: '1491', since: '2027-01-01' },
        { municipality: '1452', since: '2027-01-01' },
      ],
    });
    await send('PATCH', '/v1/municipalities/1490', { population: 115_000 });
    await send('PATCH', '/v1/municipalities/1491', { population: 5_000 });
    // An editor clearing a figure makes it unknown, and the reference data's SCB figure does not come back.
    await send('PATCH', '/v1/municipalities/1452', { population: null });
    const partly = (await app.inject({ url: `${url}/cost-preview?annualCostSek=1200000` })).json();
    expect(partly).toMatchObject({
      basis: 'members',
      costSharing: 'per_capita',
      complete: false,
      allocatedSek: 1_200_000,
    });
    const share = (code: string) =>
      partly.shares.find((s: { municipality: { code: string } }) => s.municipality.code === code);
    expect(share('1490')).toMatchObject({ population: 115_000, shareSek: 1_150_000 });
    expect(share('1491')).toMatchObject({ population: 5_000, shareSek: 50_000 });
    expect(share('1452')).toMatchObject({ population: null, shareSek: null, note: 'population unknown' });
    expect(partly.notes[0]).toContain('Population unknown for Tranemo');
  });

  it('splits equally and fixed plus variable in whole kronor that add up', async () => {
    await send('PATCH', url, { costSharing: 'equal_share' });
    const equal = (await app.inject({ url: `${url}/cost-preview?annualCostSek=1000000` })).json();
    expect(equal.complete).toBe(true);
    expect(equal.shares.map((s: { shareSek: number }) => s.shareSek).sort()).toEqual([333_333, 333_333, 333_334]);
    await send('PATCH', '/v1/municipalities/1452', { population: 12_000 });
    await send('PATCH', url, { costSharing: 'fixed_plus_variable', fixedSharePercent: 30 });
    const mixed = (await app.inject({ url: `${url}/cost-preview?annualCostSek=1320000` })).json();
    expect(mixed.complete).toBe(true);
    const byCode = Object.fromEntries(
      mixed.shares.map((s: { municipality: { code: string }; shareSek: number }) => [s.municipality.code, s.shareSek]),
    );
    // 396 000 equally (132 000 each), 924 000 per capita over 132 000 inhabitants (7 kr each).
    expect(byCode).toEqual({ '1490': 132_000 + 805_000, '1491': 132_000 + 35_000, '1452': 132_000 + 84_000 });
  });

  it('answers 400 naming a missing or negative cost', async () => {
    const response = await app.inject({ url: `${url}/cost-preview?annualCostSek=-5` });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].pointer).toBe('/query/annualCostSek');
  });
});

describe('apportioning', () => {
  it('gives whole kronor that add up to the amount, the leftovers to the largest remainders', () => {
    expect(apportion(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(apportion(10, [1, 2])).toEqual([3, 7]);
    expect(apportion(5, [0, 0])).toEqual([0, 0]);
  });
});
