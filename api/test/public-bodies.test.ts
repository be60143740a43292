import { describe, expect, it } from 'vitest';
import { createActors, login } from './helpers/actors.ts';
import { createTestApp } from './helpers/app.ts';
import { failEventsAbout, recordedBy, requestId } from './helpers/recorded.ts';

const { app, database } = await createTestApp();
const { admin } = await createActors(app, database.db);
const asAdmin = { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken };
const editor = await login(app, 'boras-region@test.se');
const asEditor = { cookie: editor.cookie, 'x-csrf-token': editor.csrfToken };

const get = async (url: string) => (await app.inject({ url })).json();
const slugs = (page: { items: { slug: string }[] }) => page.items.map((body) => body.slug);

async function send(
  method: 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload?: object,
  headers: Record<string, string> = asAdmin,
) {
  const etag = method === 'POST' ? undefined : ((await app.inject({ url })).headers.etag as string);
  const id = requestId();
  const response = await app.inject({
    method,
    url,
    headers: { ...headers, 'x-request-id': id, ...(etag ? { 'if-match': etag } : {}) },
    ...(payload ? { payload } : {}),
  });
  return { response, recorded: await recordedBy(database.db, id) };
}

describe('the regions, from the reference data', () => {
  it('are the 21 regions, each tied to its county', async () => {
    const regions = await get('/v1/public-bodies?kind=region&limit=100');
    expect(regions.total).toBe(21);
    const counties = (await get('/v1/counties?limit=100')).items as { code: string; regionName: string }[];
    expect(regions.items.map((r: { county: { code: string } }) => r.county.code).sort()).toEqual(
      counties.map((c) => c.code).sort(),
    );
    for (const county of counties) {
      const region = regions.items.find((r: { county: { code: string } }) => r.county.code === county.code);
      expect(region.name).toBe(county.regionName);
    }
    expect(await get('/v1/public-bodies/vastra-gotalandsregionen')).toMatchObject({
      name: 'Västra Götalandsregionen',
      kind: 'region',
      county: { code: '14', name: 'Västra Götalands län' },
      municipality: null,
      serves: { municipalities: [], associations: [] },
      demo: false,
    });
  });

  it('name Region Gotland as the municipality that has the responsibilities of a region', async () => {
    expect(await get('/v1/public-bodies/region-gotland')).toMatchObject({
      kind: 'region',
      county: { code: '09' },
      municipality: { code: '0980', name: 'Gotland' },
    });
    const others = (await get('/v1/public-bodies?kind=region&limit=100')).items.filter(
      (r: { municipality: unknown }) => r.municipality !== null,
    );
    expect(slugs({ items: others })).toEqual(['region-gotland']);
  });

  it('are found by county and by a name typed without accents or with a typo', async () => {
    expect(slugs(await get('/v1/public-bodies?county=14&county=01'))).toEqual([
      'region-stockholm',
      'vastra-gotalandsregionen',
    ]);
    expect(slugs(await get('/v1/public-bodies?q=vastra%20gotaland'))[0]).toBe('vastra-gotalandsregionen');
    expect(slugs(await get('/v1/public-bodies?q=ostergotland'))[0]).toBe('region-ostergotland');
    expect(slugs(await get('/v1/public-bodies?q=jamtland'))[0]).toBe('region-jamtland-harjedalen');
  });

  it('are read publicly with an ETag, pages and Link', async () => {
    const response = await app.inject({ url: '/v1/public-bodies?limit=5&offset=5' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=60');
    expect(response.json()).toMatchObject({ total: 21, limit: 5, offset: 5 });
    expect(response.headers.link).toContain('rel="next"');
    const again = await app.inject({
      url: '/v1/public-bodies?limit=5&offset=5',
      headers: { 'if-none-match': response.headers.etag as string },
    });
    expect(again.statusCode).toBe(304);
    expect((await app.inject({ url: '/v1/public-bodies?colour=blue' })).statusCode).toBe(400);
    const missing = await app.inject({ url: '/v1/public-bodies/region-atlantis' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toMatch(/problem\+json/);
  });
});

describe('bodies an admin adds', () => {
  it('are created with kind, contact mailbox and whom they serve, recorded with public_body.created', async () => {
    const { response, recorded } = await send('POST', '/v1/public-bodies', {
      slug: 'ehalsonatverket',
      name: 'E-hälsonätverket i Sjuhärad',
      kind: 'network',
      contactEmail: 'ehalsa@borasregionen.se',
      website: 'https://borasregionen.se',
      serves: { municipalities: ['1490', '1491'], associations: ['borasregionen'] },
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.headers.location).toBe('/v1/public-bodies/ehalsonatverket');
    expect(response.json()).toMatchObject({
      kind: 'network',
      county: null,
      contactEmail: 'ehalsa@borasregionen.se',
      serves: {
        municipalities: [
          { code: '1490', name: 'Borås' },
          { code: '1491', name: 'Ulricehamn' },
        ],
        associations: [{ slug: 'borasregionen' }],
      },
    });
    expect(recorded.audit).toMatchObject([
      { action: 'create', entityType: 'public_body', entityKey: 'ehalsonatverket' },
    ]);
    expect(recorded.events).toMatchObject([{ type: 'public_body.created', audience: 'public' }]);
    expect(recorded.events[0]?.data).toEqual(response.json());
    expect(slugs(await get('/v1/public-bodies?serves=1491'))).toEqual(['ehalsonatverket']);
    expect(slugs(await get('/v1/public-bodies?serves=borasregionen&kind=network'))).toEqual(['ehalsonatverket']);
  });

  it('are not regions (those come from the reference data), and take no slug twice', async () => {
    const region = await send('POST', '/v1/public-bodies', { slug: 'region-ny', name: 'Region Ny', kind: 'region' });
    expect(region.response.statusCode).toBe(400);
    const twice = await send('POST', '/v1/public-bodies', { slug: 'ehalsonatverket', name: 'Igen', kind: 'network' });
    expect(twice.response.statusCode).toBe(409);
    expect(twice.response.json().errors).toEqual([{ pointer: '/body/slug', detail: 'is taken' }]);
    const unknown = await send('POST', '/v1/public-bodies', {
      slug: 'okand',
      name: 'Okänd',
      kind: 'other',
      serves: { municipalities: ['9999'], associations: [] },
    });
    expect(unknown.response.statusCode).toBe(422);
    expect(unknown.response.json().errors[0].pointer).toBe('/body/serves/municipalities/0');
  });

  it('change by admins only, with public_body.updated', async () => {
    const refused = await send('PATCH', '/v1/public-bodies/ehalsonatverket', { description: 'x' }, asEditor);
    expect(refused.response.statusCode).toBe(403);
    expect(refused.recorded.audit).toEqual([]);
    expect(refused.recorded.events).toEqual([]);
    const { response, recorded } = await send('PATCH', '/v1/public-bodies/ehalsonatverket', {
      serves: { municipalities: ['1490'], associations: [] },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().serves.municipalities.map((m: { code: string }) => m.code)).toEqual(['1490']);
    expect(recorded.types).toEqual(['public_body.updated']);
  });

  it("keep a region's name as the reference data has it, and never delete a region", async () => {
    const renamed = await send('PATCH', '/v1/public-bodies/vastra-gotalandsregionen', { name: 'VGR' });
    expect(renamed.response.statusCode).toBe(422);
    expect(renamed.response.json().errors).toEqual([
      { pointer: '/body/name', detail: "is the reference data's for a region" },
    ]);
    const contact = await send('PATCH', '/v1/public-bodies/vastra-gotalandsregionen', {
      contactEmail: 'valfardsteknik@vgregion.se',
      shortName: 'VGR',
    });
    expect(contact.response.statusCode).toBe(200);
    expect(contact.response.json()).toMatchObject({ shortName: 'VGR', contactEmail: 'valfardsteknik@vgregion.se' });
    const deleted = await send('DELETE', '/v1/public-bodies/vastra-gotalandsregionen');
    expect(deleted.response.statusCode).toBe(409);
    expect(deleted.recorded.events).toEqual([]);
  });

  it('are deleted with public_body.deleted when nothing refers to them, or not at all when the event fails', async () => {
    await send('POST', '/v1/public-bodies', { slug: 'tillfallig', name: 'Tillfällig', kind: 'other' });
    await failEventsAbout(database.db, 'tillfallig');
    const failed = await send('DELETE', '/v1/public-bodies/tillfallig');
    expect(failed.response.statusCode).toBe(500);
    expect(failed.recorded.audit).toEqual([]);
    expect((await app.inject({ url: '/v1/public-bodies/tillfallig' })).statusCode).toBe(200);
    await failEventsAbout(database.db, 'nothing-at-all');
    const { response, recorded } = await send('DELETE', '/v1/public-bodies/tillfallig');
    expect(response.statusCode).toBe(204);
    expect(recorded.events).toMatchObject([{ type: 'public_body.deleted', data: { slug: 'tillfallig' } }]);
    expect((await app.inject({ url: '/v1/public-bodies/tillfallig' })).statusCode).toBe(404);
  });

  it('scope an editor to one body, and refuse a scope of two', async () => {
    const user = await send('POST', '/v1/users', {
      email: 'gits@test.se',
      name: 'GITS',
      role: 'editor',
      scope: { publicBody: 'ehalsonatverket' },
      password: 'en lång fras om nätverk',
    });
    expect(user.response.statusCode, user.response.body).toBe(201);
    expect(user.response.json().scope).toEqual({
      association: null,
      municipality: null,
      publicBody: 'ehalsonatverket',
    });
    const two = await send('POST', '/v1/users', {
      email: 'tva@test.se',
      name: 'Två',
      role: 'editor',
      scope: { publicBody: 'ehalsonatverket', municipality: '1490' },
      password: 'en lång fras om nätverk',
    });
    expect(two.response.statusCode).toBe(422);
    const inUse = await send('DELETE', '/v1/public-bodies/ehalsonatverket');
    expect(inUse.response.statusCode).toBe(409);
    expect(inUse.response.json().detail).toContain('editors');
  });
});
