import { describe, expect, it } from 'vitest';
import { createActors, login } from './helpers/actors.ts';
import { createTestApp } from './helpers/app.ts';

const { app, database } = await createTestApp();
const { admin } = await createActors(app, database.db);
const editor = await login(app, 'boras-region@test.se');
const asEditor = { cookie: editor.cookie, 'x-csrf-token': editor.csrfToken };
const asAdmin = { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken };
const put = (code: string, dimensions: object, headers: Record<string, string>) =>
  app.inject({ method: 'PUT', url: `/v1/municipalities/${code}/maturity/2026`, headers, payload: { dimensions } });

describe('maturity assessments', () => {
  it('lets an editor scoped to Boråsregionen assess Borås but not Göteborg', async () => {
    const boras = await put(
      '1490',
      { strategy: { level: 3, evidence: 'Handlingsplan 2025' }, competence: { level: 2 } },
      asEditor,
    );
    expect(boras.statusCode).toBe(200);
    expect(boras.json()).toMatchObject({
      municipality: { code: '1490', name: 'Borås' },
      year: 2026,
      dimensions: { strategy: { level: 3, evidence: 'Handlingsplan 2025' }, competence: { level: 2, evidence: null } },
      demo: false,
    });
    expect((await put('1480', { strategy: { level: 4 } }, asEditor)).statusCode).toBe(403);
  });

  it('refuses levels outside 1–5 and unknown dimensions, naming them', async () => {
    const response = await put('1490', { strategy: { level: 6 }, happiness: { level: 3 } }, asAdmin);
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .errors.map((e: { pointer: string }) => e.pointer)
        .sort(),
    ).toEqual(['/body/dimensions/happiness', '/body/dimensions/strategy/level']);
  });

  it("compares an association's members with the median per dimension", async () => {
    const etag = (await app.inject({ url: '/v1/municipalities/1490/maturity/2026' })).headers.etag as string;
    expect((await put('1490', { strategy: { level: 2 } }, { ...asAdmin, 'if-match': etag })).statusCode).toBe(200);
    await put('1443', { strategy: { level: 4 }, competence: { level: 3 } }, asAdmin);
    await put('1441', { strategy: { level: 5 } }, asAdmin);
    const { statusCode, body } = (await app.inject({
      url: '/v1/maturity?association=borasregionen&year=2026',
    })) as never as {
      statusCode: number;
      body: string;
    };
    expect(statusCode).toBe(200);
    const comparison = JSON.parse(body);
    expect(comparison.members).toHaveLength(8);
    expect(comparison.assessedCount).toBe(2);
    expect(comparison.median.strategy).toBe(3);
    expect(comparison.median.competence).toBe(3);
    expect(comparison.median.follow_up).toBeNull();
    expect(
      comparison.members.find((m: { municipality: { code: string } }) => m.municipality.code === '1452').dimensions,
    ).toBeNull();

    const vastkom = (await app.inject({ url: '/v1/maturity?association=vastkom&year=2026' })).json();
    expect(vastkom.members).toHaveLength(50);
    expect(vastkom.median.strategy).toBe(4); // 2 (Borås), 4 (Bollebygd) and 5 (Lerum, in GR)
  });

  it('404 for an unknown association or municipality', async () => {
    expect((await app.inject({ url: '/v1/maturity?association=atlantis&year=2026' })).statusCode).toBe(404);
    expect((await put('9999', { strategy: { level: 1 } }, asAdmin)).statusCode).toBe(404);
    expect((await app.inject({ url: '/v1/maturity?association=vastkom' })).statusCode).toBe(400);
  });
});
