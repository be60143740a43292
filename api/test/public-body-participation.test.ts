import { describe, expect, it } from 'vitest';
import { users } from '../src/db/schema/index.ts';
import { createActors, hashedPassword, login } from './helpers/actors.ts';
import { createTestApp } from './helpers/app.ts';
import { ocdsValidator } from './helpers/ocds.ts';
import { recordedBy, requestId } from './helpers/recorded.ts';

// A region, a cooperation body and GITS take part beside the municipalities: consulted on an operator
// model, owning and co-owning needs, joining a procurement — each by an editor scoped to it.

const { app, database } = await createTestApp();
const { admin } = await createActors(app, database.db);
const passwordHash = await hashedPassword();
await database.db.insert(users).values([
  { email: 'vgr@test.se', name: 'VGR', role: 'editor', scopePublicBodySlug: 'vastra-gotalandsregionen', passwordHash },
  { email: 'boras@test.se', name: 'Borås', role: 'editor', scopeMunicipalityCode: '1490', passwordHash },
  { email: 'gotland@test.se', name: 'Gotland', role: 'editor', scopeMunicipalityCode: '0980', passwordHash },
]);
const headersOf = async (email: string) => {
  const session = await login(app, email);
  return { cookie: session.cookie, 'x-csrf-token': session.csrfToken };
};
const asAdmin = { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken };
const asRegion = await headersOf('vgr@test.se');
const asBoras = await headersOf('boras@test.se');
const asGotland = await headersOf('gotland@test.se');

async function send(
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  payload: object | undefined,
  headers: Record<string, string>,
  etagFrom = url,
) {
  const etag =
    method === 'POST' ? undefined : ((await app.inject({ url: etagFrom, headers })).headers.etag as string | undefined);
  const id = requestId();
  const response = await app.inject({
    method,
    url,
    headers: {
      ...headers,
      'x-request-id': id,
      ...(etag && (await exists(etagFrom, headers)) ? { 'if-match': etag } : {}),
    },
    ...(payload ? { payload } : {}),
  });
  return { response, recorded: await recordedBy(database.db, id) };
}
const exists = async (url: string, headers: Record<string, string>) =>
  (await app.inject({ url, headers })).statusCode === 200;

await send(
  'POST',
  '/v1/public-bodies',
  { slug: 'gits', name: 'Gemensam IT-samordningsfunktion', shortName: 'GITS', kind: 'it_coordination' },
  asAdmin,
);
const model = '/v1/operator-models/gemensam-larmcentral';
await send(
  'POST',
  '/v1/operator-models',
  {
    slug: 'gemensam-larmcentral',
    name: 'Gemensam larmcentral',
    legalForm: 'host_municipality',
    costSharing: 'per_capita',
    consultation: {
      association: 'vastkom',
      opens: '2026-10-01',
      closes: '2026-12-15',
      publicBodies: ['vastra-gotalandsregionen', 'gits', 'region-gotland'],
    },
  },
  asAdmin,
);
await send('PATCH', model, { status: 'consultation' }, asAdmin);

describe('a consultation with public bodies', () => {
  it('names the bodies consulted besides the association', async () => {
    const body = (await app.inject({ url: model })).json();
    expect(body.consultation.publicBodies.map((b: { slug: string }) => b.slug)).toEqual([
      'gits',
      'region-gotland',
      'vastra-gotalandsregionen',
    ]);
    const consulting = (await app.inject({ url: '/v1/operator-models?consulted=gits' })).json();
    expect(consulting.items.map((m: { slug: string }) => m.slug)).toEqual(['gemensam-larmcentral']);
    const byMember = (await app.inject({ url: '/v1/operator-models?consulted=1490' })).json();
    expect(byMember.items.map((m: { slug: string }) => m.slug)).toEqual(['gemensam-larmcentral']);
    expect((await app.inject({ url: '/v1/operator-models?consulted=region-stockholm' })).json().total).toBe(0);
  });

  it("takes the region's answer from an editor scoped to it", async () => {
    const url = `${model}/responses/public-bodies/vastra-gotalandsregionen`;
    const { response, recorded } = await send(
      'PUT',
      url,
      { position: 'supports_with_reservations', comment: 'Gränsytan mot vården behöver beskrivas.' },
      asRegion,
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      publicBody: { slug: 'vastra-gotalandsregionen', name: 'Västra Götalandsregionen', kind: 'region' },
      position: 'supports_with_reservations',
    });
    expect(recorded.audit).toMatchObject([
      {
        action: 'create',
        entityType: 'consultation_public_body_response',
        entityKey: 'gemensam-larmcentral/vastra-gotalandsregionen',
      },
    ]);
    expect(recorded.types).toEqual(['consultation.response_submitted']);
    expect((await app.inject({ url })).json().position).toBe('supports_with_reservations');
  });

  it('refuses an editor of Borås answering for the region, and records nothing', async () => {
    const { response, recorded } = await send(
      'PUT',
      `${model}/responses/public-bodies/vastra-gotalandsregionen`,
      { position: 'rejects' },
      asBoras,
    );
    expect(response.statusCode).toBe(403);
    expect(response.headers['content-type']).toMatch(/problem\+json/);
    expect(response.json().detail).toContain('vastra-gotalandsregionen');
    expect(recorded.audit).toEqual([]);
    expect(recorded.events).toEqual([]);
    const municipality = await send('PUT', `${model}/responses/1490`, { position: 'rejects' }, asRegion);
    expect(municipality.response.statusCode).toBe(403);
  });

  it('lets Gotland answer for Region Gotland, the same organisation', async () => {
    const { response } = await send(
      'PUT',
      `${model}/responses/public-bodies/region-gotland`,
      { position: 'supports' },
      asGotland,
    );
    expect(response.statusCode, response.body).toBe(200);
  });

  it('refuses an answer from a body that is not consulted', async () => {
    const { response } = await send(
      'PUT',
      `${model}/responses/public-bodies/region-stockholm`,
      { position: 'supports' },
      asAdmin,
    );
    expect(response.statusCode).toBe(409);
  });

  it('lists the bodies in a group of their own, with no_response where they have not answered', async () => {
    const listed = (await app.inject({ url: '/v1/operator-models?consulted=gits' })).json().items[0];
    expect(listed).toMatchObject({ responseCount: 0, publicBodyResponseCount: 2 });
    expect(listed.consultation.publicBodies).toHaveLength(3);
    const summary = (await app.inject({ url: `${model}/consultation` })).json();
    expect(summary.totals.total).toBe(50);
    expect(summary.publicBodies.totals).toEqual({
      supports: 1,
      supports_with_reservations: 1,
      rejects: 0,
      no_response: 1,
      total: 3,
    });
    expect(
      summary.publicBodies.bodies.map((b: { slug: string; kind: string; position: string }) => [
        b.slug,
        b.kind,
        b.position,
      ]),
    ).toEqual([
      ['gits', 'it_coordination', 'no_response'],
      ['region-gotland', 'region', 'supports'],
      ['vastra-gotalandsregionen', 'region', 'supports_with_reservations'],
    ]);
  });
});

const boras = (
  await send(
    'POST',
    '/v1/needs',
    {
      owner: { municipality: '1490' },
      title: 'Läkemedel i rätt tid',
      problemStatement: 'Många besök görs bara för att lämna läkemedel.',
      targetGroup: 'home_health_care',
      estimatedVolume: 80,
    },
    asAdmin,
  )
).response.json();
await send('PATCH', `/v1/needs/${boras.id}`, { status: 'published' }, asAdmin);

describe('needs owned and co-owned by a region', () => {
  it("pool the region's volume like a municipality's", async () => {
    const { response, recorded } = await send(
      'POST',
      `/v1/needs/${boras.id}/public-body-co-owners`,
      { publicBody: 'vastra-gotalandsregionen', estimatedVolume: 120, comment: 'Primärvårdens patienter.' },
      asRegion,
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      pooledVolume: 200,
      coOwners: [],
      publicBodyCoOwners: [
        { publicBody: { slug: 'vastra-gotalandsregionen', kind: 'region' }, estimatedVolume: 120, demo: false },
      ],
    });
    expect(recorded.types).toEqual(['need.co_owner_added']);
    const owned = (await app.inject({ url: '/v1/needs?owner=vastra-gotalandsregionen', headers: asRegion })).json();
    expect(owned.items.map((n: { id: string }) => n.id)).toEqual([boras.id]);
    const large = (await app.inject({ url: '/v1/needs?minVolume=200', headers: asRegion })).json();
    expect(large.items.map((n: { id: string }) => n.id)).toContain(boras.id);
  });

  it('refuses Borås joining for the region, GITS as a co-owner, and the region twice', async () => {
    const boraser = await send(
      'POST',
      `/v1/needs/${boras.id}/public-body-co-owners`,
      { publicBody: 'vastra-gotalandsregionen', estimatedVolume: 1 },
      asBoras,
    );
    expect(boraser.response.statusCode).toBe(403);
    const gits = await send(
      'POST',
      `/v1/needs/${boras.id}/public-body-co-owners`,
      { publicBody: 'gits', estimatedVolume: 1 },
      asAdmin,
    );
    expect(gits.response.statusCode).toBe(422);
    expect(gits.response.json().errors).toEqual([{ pointer: '/body/publicBody', detail: 'must be a region' }]);
    const twice = await send(
      'POST',
      `/v1/needs/${boras.id}/public-body-co-owners`,
      { publicBody: 'vastra-gotalandsregionen', estimatedVolume: 1 },
      asRegion,
    );
    expect(twice.response.statusCode).toBe(409);
  });

  it('count Region Gotland once: the municipality 0980 and the region never both take part in a need', async () => {
    const gotland = (
      await send(
        'POST',
        '/v1/needs',
        {
          owner: { municipality: '0980' },
          title: 'Nattillsyn på landsbygden',
          problemStatement: 'Långa avstånd mellan nattbesöken.',
          targetGroup: 'elderly_care',
          estimatedVolume: 40,
        },
        asGotland,
      )
    ).response.json();
    await send('PATCH', `/v1/needs/${gotland.id}`, { status: 'published' }, asGotland);

    const asRegionToo = await send(
      'POST',
      `/v1/needs/${gotland.id}/public-body-co-owners`,
      { publicBody: 'region-gotland', estimatedVolume: 40 },
      asAdmin,
    );
    expect(asRegionToo.response.statusCode).toBe(409);
    expect(asRegionToo.response.json()).toMatchObject({
      detail: 'region-gotland and 0980 are one organisation, and 0980 owns or co-owns this need already',
      errors: [{ pointer: '/body/publicBody', detail: 'is 0980, which owns or co-owns this need already' }],
    });
    expect(asRegionToo.recorded.types).toEqual([]);

    // The other way round: Region Gotland co-owns Borås's need, so Gotland the municipality cannot.
    const region = await send(
      'POST',
      `/v1/needs/${boras.id}/public-body-co-owners`,
      { publicBody: 'region-gotland', estimatedVolume: 5 },
      asAdmin,
    );
    expect(region.response.statusCode, region.response.body).toBe(201);
    const municipality = await send(
      'POST',
      `/v1/needs/${boras.id}/co-owners`,
      { municipality: '0980', estimatedVolume: 5 },
      asAdmin,
    );
    expect(municipality.response.statusCode).toBe(409);
    expect(municipality.response.json().errors).toEqual([
      { pointer: '/body/municipality', detail: 'is region-gotland, which owns or co-owns this need already' },
    ]);
    const need = (await app.inject({ url: `/v1/needs/${boras.id}`, headers: asAdmin })).json();
    expect(need.coOwners).toEqual([]);
    expect(need.publicBodyCoOwners.map((c: { publicBody: { slug: string } }) => c.publicBody.slug)).toEqual([
      'region-gotland',
      'vastra-gotalandsregionen',
    ]);
    const url = `/v1/needs/${boras.id}`;
    const left = await send('DELETE', `${url}/public-body-co-owners/region-gotland`, undefined, asAdmin, url);
    expect(left.response.statusCode, left.response.body).toBe(200);
  });

  it('let the region leave, and its volume with it', async () => {
    const url = `/v1/needs/${boras.id}`;
    const { response } = await send(
      'DELETE',
      `${url}/public-body-co-owners/vastra-gotalandsregionen`,
      undefined,
      asRegion,
      url,
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ pooledVolume: 80, publicBodyCoOwners: [] });
  });

  it("are stated by the region's editor as drafts that Borås does not see", async () => {
    const { response, recorded } = await send(
      'POST',
      '/v1/needs',
      {
        owner: { publicBody: 'vastra-gotalandsregionen' },
        title: 'Gemensam vårdplanering i hemmet',
        problemStatement: 'Planeringen mellan region och kommun sker på papper.',
        targetGroup: 'home_health_care',
        estimatedVolume: 500,
      },
      asRegion,
    );
    expect(response.statusCode, response.body).toBe(201);
    const need = response.json();
    expect(need.owner).toEqual({
      kind: 'public_body',
      code: null,
      slug: 'vastra-gotalandsregionen',
      name: 'Västra Götalandsregionen',
    });
    expect(recorded.events).toMatchObject([
      { type: 'need.created', audience: 'scoped', audiencePublicBodies: ['vastra-gotalandsregionen'] },
    ]);
    expect((await app.inject({ url: `/v1/needs/${need.id}`, headers: asRegion })).statusCode).toBe(200);
    expect((await app.inject({ url: `/v1/needs/${need.id}`, headers: asBoras })).statusCode).toBe(404);
    // The feed serves a transaction once every older one on the server has ended: wait for it, as the region.
    const createdIn = async (headers: Record<string, string>) =>
      (await app.inject({ url: '/v1/events?type=need.created', headers }))
        .json()
        .items.map((e: { data: { id: string } }) => e.data.id) as string[];
    for (let tries = 0; tries < 200 && !(await createdIn(asRegion)).includes(need.id); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await createdIn(asRegion)).toContain(need.id);
    expect(await createdIn(asBoras)).not.toContain(need.id);
    const edited = await send('PATCH', `/v1/needs/${need.id}`, { estimatedVolume: 450 }, asRegion);
    expect(edited.response.statusCode).toBe(200);
    const refused = await send('PATCH', `/v1/needs/${need.id}`, { estimatedVolume: 1 }, asBoras);
    expect(refused.response.statusCode).toBe(403);
    const network = await send(
      'POST',
      '/v1/needs',
      { owner: { publicBody: 'gits' }, title: 'x', problemStatement: 'y', targetGroup: 'elderly_care' },
      asAdmin,
    );
    expect(network.response.statusCode).toBe(422);
  });
});

const procurement = (
  await send(
    'POST',
    '/v1/procurements',
    {
      lead: { association: 'vastkom' },
      reference: 'VK-2026-TL',
      title: 'Trygghetslarm i Västra Götaland',
      collaborationType: 'temporary',
      procedure: 'open',
      cpvCodes: ['79711000-1'],
    },
    asAdmin,
  )
).response.json();
const participation = `/v1/procurements/${procurement.id}/participants/public-bodies/vastra-gotalandsregionen`;

describe('a region in a procurement', () => {
  it('joins and commits with the same steps as a municipality', async () => {
    const joined = await send('PUT', participation, { commitment: 'interested', estimatedVolume: 300 }, asRegion);
    expect(joined.response.statusCode, joined.response.body).toBe(200);
    expect(joined.recorded.types).toEqual(['procurement.participant_changed']);
    const skipped = await send('PUT', participation, { commitment: 'call_off_registered' }, asRegion);
    expect(skipped.response.statusCode).toBe(409);
    const mandate = await send('PUT', participation, { commitment: 'mandate_given' }, asRegion);
    expect(mandate.response.statusCode).toBe(200);
    expect(mandate.response.json()).toMatchObject({
      publicBody: { slug: 'vastra-gotalandsregionen' },
      role: 'participant',
      commitment: 'mandate_given',
      estimatedVolume: 300,
    });
    expect(Object.keys(mandate.response.json().commitmentDates)).toEqual(['interested', 'mandate_given']);
    expect((await send('PUT', participation, { commitment: 'withdrawn' }, asBoras)).response.statusCode).toBe(403);
    await send('PUT', `/v1/procurements/${procurement.id}/participants/1490`, { commitment: 'interested' }, asBoras);
    const found = (await app.inject({ url: '/v1/procurements?participant=vastra-gotalandsregionen' })).json();
    expect(found.items.map((p: { id: string }) => p.id)).toEqual([procurement.id]);
    expect(
      (await app.inject({ url: `/v1/procurements/${procurement.id}` })).json().publicBodyParticipants,
    ).toHaveLength(1);
  });

  it('counts Region Gotland once: it joins as the municipality 0980 or as the region, not both', async () => {
    const asMunicipality = await send(
      'PUT',
      `/v1/procurements/${procurement.id}/participants/0980`,
      { commitment: 'interested', estimatedVolume: 50 },
      asGotland,
    );
    expect(asMunicipality.response.statusCode, asMunicipality.response.body).toBe(200);
    const asRegion = await send(
      'PUT',
      `/v1/procurements/${procurement.id}/participants/public-bodies/region-gotland`,
      { commitment: 'interested', estimatedVolume: 50 },
      asGotland,
    );
    expect(asRegion.response.statusCode).toBe(409);
    expect(asRegion.response.json()).toMatchObject({
      detail: 'region-gotland and 0980 are one organisation, and 0980 is a participant of this procurement already',
      errors: [{ pointer: '/path/publicBody', detail: 'is 0980, which is a participant of this procurement already' }],
    });
    expect(asRegion.recorded.types).toEqual([]);
    const publicBodyParticipants = (await app.inject({ url: `/v1/procurements/${procurement.id}` })).json()
      .publicBodyParticipants as { publicBody: { slug: string } }[];
    expect(publicBodyParticipants.map((p) => p.publicBody.slug)).not.toContain('region-gotland');
  });

  it('and the other way round: after Region Gotland joins, Gotland cannot join as 0980', async () => {
    const other = (
      await send(
        'POST',
        '/v1/procurements',
        {
          lead: { association: 'vastkom' },
          reference: 'VK-2026-NT',
          title: 'Nattillsyn i Västra Götaland',
          collaborationType: 'temporary',
          procedure: 'open',
          cpvCodes: ['79711000-1'],
        },
        asAdmin,
      )
    ).response.json();
    const asRegion = await send(
      'PUT',
      `/v1/procurements/${other.id}/participants/public-bodies/region-gotland`,
      { commitment: 'interested' },
      asGotland,
    );
    expect(asRegion.response.statusCode, asRegion.response.body).toBe(200);
    const asMunicipality = await send(
      'PUT',
      `/v1/procurements/${other.id}/participants/0980`,
      { commitment: 'interested' },
      asGotland,
    );
    expect(asMunicipality.response.statusCode).toBe(409);
    expect(asMunicipality.response.json().errors).toEqual([
      { pointer: '/path/code', detail: 'is region-gotland, which is a participant of this procurement already' },
    ]);
    expect(asMunicipality.recorded.types).toEqual([]);
    expect((await app.inject({ url: `/v1/procurements/${other.id}` })).json().participants).toEqual([]);
  });

  it('refuses GITS as a participant, and knows no region of Atlantis', async () => {
    const unknown = await send(
      'PUT',
      `/v1/procurements/${procurement.id}/participants/public-bodies/region-atlantis`,
      { commitment: 'interested' },
      asAdmin,
    );
    expect(unknown.response.statusCode).toBe(404);
    const { response } = await send(
      'PUT',
      `/v1/procurements/${procurement.id}/participants/public-bodies/gits`,
      { commitment: 'interested' },
      asAdmin,
    );
    expect(response.statusCode).toBe(422);
  });

  it('is named in valid OCDS as a buyer, single and bulk', async () => {
    const validate = ocdsValidator();
    await send('PATCH', `/v1/procurements/${procurement.id}`, { stage: 'tender' }, asAdmin);
    const single = (await app.inject({ url: `/v1/procurements/${procurement.id}/ocds` })).json();
    expect(validate(single), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const [release] = single.releases;
    expect(release.parties).toContainEqual({
      id: 'public-body-vastra-gotalandsregionen',
      name: 'Västra Götalandsregionen',
      roles: ['buyer'],
    });
    expect(release.parties.map((p: { id: string }) => p.id)).toContain('municipality-1490');
    const bulk = (await app.inject({ url: '/v1/ocds/releases' })).json();
    expect(validate(bulk), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(bulk.releases[0].parties).toEqual(release.parties);
  });
});
