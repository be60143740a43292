import { describe, expect, it } from 'vitest';
import { seedDemo } from '../src/db/seed/demo/index.ts';
import { createActors } from './helpers/actors.ts';
import { createTestApp } from './helpers/app.ts';
import { ocdsValidator } from './helpers/ocds.ts';

const { app, database } = await createTestApp();
const { admin } = await createActors(app, database.db);
const asAdmin = { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken };
await seedDemo(database.db);

const validate = ocdsValidator();

// A collaboration still in planning, which the bulk export leaves out.
const planning = await app.inject({
  method: 'POST',
  url: '/v1/procurements',
  headers: asAdmin,
  payload: {
    lead: { association: 'fyrbodal' },
    reference: 'FB-2027-01',
    title: 'Läkemedelsautomater',
    collaborationType: 'temporary',
  },
});
const url = '/v1/ocds/releases';

describe('every procurement as OCDS', () => {
  it('is one valid OCDS 1.1 release package of the procurements past planning', async () => {
    expect(planning.statusCode, planning.body).toBe(201);
    expect(planning.json().stage).toBe('planning');
    const response = await app.inject({ url });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(validate(body), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const all = (await app.inject({ url: '/v1/procurements?limit=100' })).json().items as {
      id: string;
      reference: string;
      stage: string;
    }[];
    const past = all.filter((p) => p.stage !== 'planning').sort((a, b) => a.reference.localeCompare(b.reference));
    expect(past.length).toBeGreaterThan(0);
    expect(body.releases.map((r: { tender: { id: string } }) => r.tender.id)).toEqual(past.map((p) => p.reference));
    expect(body.releases.map((r: { tender: { id: string } }) => r.tender.id)).not.toContain('FB-2027-01');
    expect(response.headers['cache-control']).toBe('public, max-age=60');
  });

  it('holds exactly the release the single export gives', async () => {
    const body = (await app.inject({ url })).json();
    const [first] = body.releases;
    const id = first.ocid.replace(/^ocds-vnavet-/, '');
    const single = (await app.inject({ url: `/v1/procurements/${id}/ocds` })).json();
    expect(first).toEqual(single.releases[0]);
  });

  it('pages with Link when there are more than a package holds', async () => {
    const response = await app.inject({ url: `${url}?limit=1` });
    const body = response.json();
    expect(validate(body)).toBe(true);
    expect(body.releases).toHaveLength(1);
    expect(response.headers.link).toContain('rel="next"');
    const next = /<([^>]+)>; rel="next"/.exec(response.headers.link as string)?.[1] as string;
    const second = (await app.inject({ url: next })).json();
    expect(second.releases).toHaveLength(1);
    expect(second.releases[0].ocid).not.toBe(body.releases[0].ocid);
  });

  it('gives only what changed since a time, and names a bad parameter', async () => {
    const later = (await app.inject({ url: `${url}?updatedSince=2100-01-01T00:00:00Z` })).json();
    // Nothing changed: no releases (OCDS wants at least one in a package, so a harvester just stops here).
    expect(later).toMatchObject({ version: '1.1', releases: [] });
    const bad = await app.inject({ url: `${url}?stage=tender` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].pointer).toBe('/query/stage');
  });

  it('is linked from api-info', async () => {
    const info = (await app.inject({ url: '/v1/api-info' })).json();
    expect(info.openData).toEqual({ ocdsReleases: '/v1/ocds/releases' });
  });
});
