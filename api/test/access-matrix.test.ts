import { describe, expect, it } from 'vitest';
import type { AccessRule } from '../src/access/principal.ts';
import { users } from '../src/db/schema/index.ts';
import { ACTORS, type Actor, createActors, hashedPassword, login, PASSWORD } from './helpers/actors.ts';
import { createTestApp } from './helpers/app.ts';
import { createCatalogue } from './helpers/catalogue.ts';
import { startTestJobs } from './helpers/jobs.ts';
import { recordedBy, requestId } from './helpers/recorded.ts';
import { webhookFixtures } from './helpers/webhook-fixtures.ts';

const { app, database, databaseUrl } = await createTestApp({
  LOGIN_MAX_FAILURES: '1000',
  RATE_LIMIT_ANONYMOUS: '100000',
});
const { admin, headersFor } = await createActors(app, database.db);
await startTestJobs(database, databaseUrl, {}, { workers: false });
const asAdmin = { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken };
await createCatalogue(app, admin);

// An editor scoped to a public body: the in-scope editor of the routes a public body's editors may call.
await database.db.insert(users).values({
  email: 'vgr@test.se',
  name: 'VGR',
  role: 'editor',
  scopePublicBodySlug: 'vastra-gotalandsregionen',
  passwordHash: await hashedPassword(),
});

/** Creates what a call acts on and answers its path (in or out of the editors' scope) and its body. */
export interface Fixture {
  prepare(target: 'inScope' | 'outOfScope', actor: Actor): Promise<{ url: string; body?: unknown; etagFrom?: string }>;
  /** Who signs in as the in-scope editor, where that is not the association editor (a public body's routes). */
  inScopeEditor?: string;
  /** Puts back what a successful call changed that the other calls depend on. */
  undo?(headers: Record<string, string>): Promise<void>;
}

let counter = 0;
async function newUser() {
  counter++;
  const response = await app.inject({
    method: 'POST',
    url: '/v1/users',
    headers: asAdmin,
    payload: {
      email: `matrix${counter}@test.se`,
      name: 'Matrix',
      role: 'editor',
      scope: { municipality: '1490' },
      password: 'rostig cykel under bron',
    },
  });
  return response.json().id as string;
}
async function newKey() {
  const response = await app.inject({
    method: 'POST',
    url: '/v1/api-clients',
    headers: asAdmin,
    payload: { name: 'k', kind: 'integrator' },
  });
  return response.json().client.id as string;
}
async function newMembership(slug: string, code: string) {
  const etag = (await app.inject({ url: `/v1/associations/${slug}` })).headers.etag as string;
  await app.inject({
    method: 'PUT',
    url: `/v1/associations/${slug}/members/${code}`,
    headers: { ...asAdmin, 'if-match': etag },
    payload: {},
  });
}

async function created(url: string, payload: object) {
  const response = await app.inject({ method: 'POST', url, headers: asAdmin, payload });
  if (response.statusCode !== 201) throw new Error(`${url}: ${response.body}`);
  return response.headers.location as string;
}
/** Makes sure the municipality has recorded the technology, so that it can be replaced or removed. */
async function adoption(code: string, technology: string) {
  const url = `/v1/municipalities/${code}/adoptions/${technology}`;
  if ((await app.inject({ url })).statusCode === 404) {
    await app.inject({ method: 'PUT', url, headers: asAdmin, payload: { status: 'planned' } });
  }
  return url;
}
const scoped = (target: 'inScope' | 'outOfScope') => (target === 'inScope' ? '1490' : '1401');
const scopedBody = (target: 'inScope' | 'outOfScope') =>
  target === 'inScope' ? 'vastra-gotalandsregionen' : 'region-stockholm';
const BODY_EDITOR = 'vgr@test.se';

const procurement = () =>
  created('/v1/procurements', {
    lead: { association: 'vastkom' },
    reference: `P-${counter++}`,
    title: 'Upphandling',
    collaborationType: 'temporary',
  });

/** An operator model consulting VästKom's members; answers its URL. */
async function operatorModel(status: 'proposal' | 'consultation' = 'proposal') {
  const url = await created('/v1/operator-models', {
    slug: `driftmodell-${counter++}`,
    name: 'Driftmodell',
    legalForm: 'host_municipality',
    costSharing: 'equal_share',
    consultation: {
      association: 'vastkom',
      opens: null,
      closes: null,
      publicBodies: ['vastra-gotalandsregionen', 'region-stockholm'],
    },
  });
  if (status === 'consultation') {
    const etag = (await app.inject({ url })).headers.etag as string;
    await app.inject({ method: 'PATCH', url, headers: { ...asAdmin, 'if-match': etag }, payload: { status } });
  }
  return url;
}

/** A need owned by `code`, published unless asked for a draft; answers its URL. */
async function need(code: string, status: 'draft' | 'published' = 'published') {
  const url = await created('/v1/needs', {
    owner: { municipality: code },
    title: `Behov ${counter++}`,
    problemStatement: 'Ett problem.',
    targetGroup: 'elderly_care',
  });
  if (status === 'published') {
    const etag = (await app.inject({ url, headers: asAdmin })).headers.etag as string;
    await app.inject({ method: 'PATCH', url, headers: { ...asAdmin, 'if-match': etag }, payload: { status } });
  }
  return url;
}

// One entry per state-changing route. A new route without one fails the matrix below.
const fixtures: Record<string, Fixture> = {
  ...webhookFixtures(app, database.db, headersFor),
  'PATCH /v1/municipalities/:code': {
    prepare: async (target) => ({
      url: `/v1/municipalities/${target === 'inScope' ? '1490' : '1401'}`,
      body: { description: `x${counter++}` },
    }),
  },
  'PATCH /v1/associations/:slug': {
    prepare: async (target) => ({
      url: `/v1/associations/${target === 'inScope' ? 'borasregionen' : 'fyrbodal'}`,
      body: { description: `x${counter++}` },
    }),
  },
  'PUT /v1/associations/:slug/members/:code': {
    prepare: async () => ({
      url: '/v1/associations/borasregionen/members/1384',
      body: { since: '2020-01-01' },
      etagFrom: '/v1/associations/borasregionen',
    }),
  },
  'DELETE /v1/associations/:slug/members/:code': {
    prepare: async () => {
      await newMembership('borasregionen', '1380');
      return { url: '/v1/associations/borasregionen/members/1380', etagFrom: '/v1/associations/borasregionen' };
    },
  },
  'POST /v1/auth/login': {
    prepare: async () => ({
      url: '/v1/auth/login',
      body: { email: 'admin@test.se', password: 'ett långt och hemligt lösenord' },
    }),
  },
  'POST /v1/auth/logout': { prepare: async () => ({ url: '/v1/auth/logout' }) },
  'POST /v1/auth/password': {
    prepare: async () => ({
      url: '/v1/auth/password',
      body: { currentPassword: PASSWORD, newPassword: `${PASSWORD} för en stund` },
    }),
    // Every actor signs in with PASSWORD for the calls after this one.
    undo: async (headers) => {
      await app.inject({
        method: 'POST',
        url: '/v1/auth/password',
        headers,
        payload: { currentPassword: `${PASSWORD} för en stund`, newPassword: PASSWORD },
      });
    },
  },
  // A lock is not a versioned resource: the ETag sent is any one and is not looked at.
  'DELETE /v1/auth/lockouts/:email': {
    prepare: async () => ({ url: '/v1/auth/lockouts/goteborg@test.se', etagFrom: '/v1/api-info' }),
  },
  'POST /v1/users': {
    prepare: async () => ({
      url: '/v1/users',
      body: {
        email: `new${counter++}@test.se`,
        name: 'Ny',
        role: 'editor',
        scope: { municipality: '1490' },
        password: 'blå tekanna vid fönstret',
      },
    }),
  },
  'PATCH /v1/users/:id': { prepare: async () => ({ url: `/v1/users/${await newUser()}`, body: { name: 'Ändrad' } }) },
  'DELETE /v1/users/:id': { prepare: async () => ({ url: `/v1/users/${await newUser()}` }) },
  'POST /v1/api-clients': {
    prepare: async () => ({ url: '/v1/api-clients', body: { name: 'ny', kind: 'integrator' } }),
  },
  'DELETE /v1/api-clients/:id': { prepare: async () => ({ url: `/v1/api-clients/${await newKey()}` }) },
  'POST /v1/technology-categories': {
    prepare: async () => ({
      url: '/v1/technology-categories',
      body: { slug: `kategori-${counter++}`, name: 'Kategori' },
    }),
  },
  'PATCH /v1/technology-categories/:slug': {
    prepare: async () => ({ url: '/v1/technology-categories/larm', body: { description: `x${counter++}` } }),
  },
  'DELETE /v1/technology-categories/:slug': {
    prepare: async () => ({
      url: await created('/v1/technology-categories', { slug: `tom-${counter++}`, name: 'Tom' }),
    }),
  },
  'POST /v1/technologies': {
    prepare: async () => ({
      url: '/v1/technologies',
      body: { slug: `teknik-${counter++}`, category: 'larm', name: 'Teknik', summary: 'Kort.', readiness: 'try' },
    }),
  },
  'PATCH /v1/technologies/:slug': {
    prepare: async () => ({ url: '/v1/technologies/gps-larm', body: { summary: `s${counter++}` } }),
  },
  'DELETE /v1/technologies/:slug': {
    prepare: async () => ({
      url: await created('/v1/technologies', {
        slug: `utkast-${counter++}`,
        category: 'larm',
        name: 'Utkast',
        summary: 'x',
        readiness: 'wait',
      }),
    }),
  },
  'PUT /v1/municipalities/:code/adoptions/:technology': {
    prepare: async (target) => ({ url: await adoption(scoped(target), 'gps-larm'), body: { status: 'pilot' } }),
  },
  'PUT /v1/municipalities/:code/maturity/:year': {
    prepare: async (target) => {
      const url = `/v1/municipalities/${scoped(target)}/maturity/2026`;
      if ((await app.inject({ url })).statusCode === 404) {
        await app.inject({ method: 'PUT', url, headers: asAdmin, payload: { dimensions: { strategy: { level: 1 } } } });
      }
      return { url, body: { dimensions: { strategy: { level: 2 } } } };
    },
  },
  'POST /v1/guides': {
    prepare: async () => ({
      url: '/v1/guides',
      body: { slug: `guide-${counter++}`, kind: 'guide', title: 'Guide', summary: 'Kort.' },
    }),
  },
  'PATCH /v1/guides/:slug': {
    prepare: async () => ({
      url: await created('/v1/guides', { slug: `andra-${counter++}`, kind: 'guide', title: 'Guide', summary: 'Kort.' }),
      body: { title: 'Ändrad' },
    }),
  },
  'DELETE /v1/guides/:slug': {
    prepare: async () => ({
      url: await created('/v1/guides', {
        slug: `ta-bort-${counter++}`,
        kind: 'guide',
        title: 'Guide',
        summary: 'Kort.',
      }),
    }),
  },
  'POST /v1/needs': {
    prepare: async (target) => ({
      url: '/v1/needs',
      body: {
        owner: { municipality: scoped(target) },
        title: 'Behov',
        problemStatement: 'Ett problem.',
        targetGroup: 'elderly_care',
      },
    }),
  },
  'PATCH /v1/needs/:id': {
    prepare: async (target) => ({ url: await need(scoped(target), 'draft'), body: { title: `Nytt ${counter++}` } }),
  },
  'DELETE /v1/needs/:id': {
    prepare: async (target) => ({ url: await need(scoped(target), 'draft') }),
  },
  'POST /v1/needs/:id/co-owners': {
    prepare: async (target) => ({
      url: `${await need('0114')}/co-owners`,
      body: { municipality: scoped(target), estimatedVolume: 10 },
    }),
  },
  'DELETE /v1/needs/:id/co-owners/:code': {
    prepare: async (target) => {
      const url = await need('0114');
      await created(`${url}/co-owners`, { municipality: scoped(target), estimatedVolume: 10 });
      return { url: `${url}/co-owners/${scoped(target)}`, etagFrom: url };
    },
  },
  'POST /v1/needs/:id/public-body-co-owners': {
    inScopeEditor: BODY_EDITOR,
    prepare: async (target) => ({
      url: `${await need('0114')}/public-body-co-owners`,
      body: { publicBody: scopedBody(target), estimatedVolume: 10 },
    }),
  },
  'DELETE /v1/needs/:id/public-body-co-owners/:slug': {
    inScopeEditor: BODY_EDITOR,
    prepare: async (target) => {
      const url = await need('0114');
      await created(`${url}/public-body-co-owners`, { publicBody: scopedBody(target), estimatedVolume: 10 });
      return { url: `${url}/public-body-co-owners/${scopedBody(target)}`, etagFrom: url };
    },
  },
  'POST /v1/public-bodies': {
    prepare: async () => ({
      url: '/v1/public-bodies',
      body: { slug: `natverk-${counter++}`, name: 'E-hälsonätverket', kind: 'network' },
    }),
  },
  'PATCH /v1/public-bodies/:slug': {
    prepare: async () => ({
      url: '/v1/public-bodies/vastra-gotalandsregionen',
      body: { description: `x${counter++}` },
    }),
  },
  'DELETE /v1/public-bodies/:slug': {
    prepare: async () => ({
      url: await created('/v1/public-bodies', { slug: `tillfallig-${counter++}`, name: 'Tillfällig', kind: 'other' }),
    }),
  },
  'PUT /v1/procurements/:id/participants/public-bodies/:publicBody': {
    inScopeEditor: BODY_EDITOR,
    prepare: async (target) => {
      const url = `${await procurement()}/participants/public-bodies/${scopedBody(target)}`;
      await app.inject({ method: 'PUT', url, headers: asAdmin, payload: { commitment: 'interested' } });
      return { url, body: { commitment: 'mandate_given' } };
    },
  },
  'PUT /v1/operator-models/:slug/responses/public-bodies/:publicBody': {
    inScopeEditor: BODY_EDITOR,
    prepare: async (target) => {
      const url = `${await operatorModel('consultation')}/responses/public-bodies/${scopedBody(target)}`;
      await app.inject({ method: 'PUT', url, headers: asAdmin, payload: { position: 'rejects' } });
      return { url, body: { position: 'supports' } };
    },
  },
  'POST /v1/needs/:id/interests': {
    prepare: async () => ({ url: `${await need('0114')}/interests`, body: { message: 'Vi kan hjälpa till.' } }),
  },
  'POST /v1/procurements': {
    prepare: async () => ({
      url: '/v1/procurements',
      body: {
        lead: { association: 'vastkom' },
        reference: `R-${counter++}`,
        title: 'Upphandling',
        collaborationType: 'temporary',
      },
    }),
  },
  'PATCH /v1/procurements/:id': {
    prepare: async () => ({ url: await procurement(), body: { title: `Ny ${counter++}` } }),
  },
  'DELETE /v1/procurements/:id': {
    prepare: async () => ({ url: await procurement() }),
  },
  'PUT /v1/procurements/:id/participants/:code': {
    prepare: async (target) => {
      const url = `${await procurement()}/participants/${scoped(target)}`;
      await app.inject({ method: 'PUT', url, headers: asAdmin, payload: { commitment: 'interested' } });
      return { url, body: { commitment: 'mandate_given' } };
    },
  },
  'POST /v1/operator-models': {
    prepare: async () => ({
      url: '/v1/operator-models',
      body: { slug: `modell-${counter++}`, name: 'Modell', legalForm: 'joint_committee', costSharing: 'per_capita' },
    }),
  },
  'PATCH /v1/operator-models/:slug': {
    prepare: async () => ({ url: await operatorModel(), body: { name: `Ny ${counter++}` } }),
  },
  'DELETE /v1/operator-models/:slug': {
    prepare: async () => ({ url: await operatorModel() }),
  },
  'PUT /v1/operator-models/:slug/responses/:code': {
    prepare: async (target) => {
      const url = `${await operatorModel('consultation')}/responses/${scoped(target)}`;
      await app.inject({ method: 'PUT', url, headers: asAdmin, payload: { position: 'rejects' } });
      return { url, body: { position: 'supports' } };
    },
  },
  'DELETE /v1/municipalities/:code/adoptions/:technology': {
    prepare: async (target) => ({ url: await adoption(scoped(target), 'lakemedelsautomat') }),
  },
};

async function signedIn(email: string): Promise<Record<string, string>> {
  const session = await login(app, email);
  return { cookie: session.cookie, 'x-csrf-token': session.csrfToken };
}

/** What the route's declared rule promises each actor: 'ok' (2xx) or the refusal status. */
function expected(rule: AccessRule, actor: Actor): 'ok' | 401 | 403 {
  if (rule === 'public') return 'ok';
  if (actor === 'anonymous') return 401;
  if (rule === 'key_or_admin') return ['supplier', 'integrator', 'admin'].includes(actor) ? 'ok' : 403;
  if (rule === 'supplier') return actor === 'supplier' ? 'ok' : 403;
  if (rule === 'identified') return 'ok';
  if (actor === 'supplier' || actor === 'integrator') return 403;
  if (actor === 'admin' || rule === 'signed_in') return 'ok';
  if (rule === 'admin') return 403;
  return actor === 'inScopeEditor' ? 'ok' : 403;
}

// A password change ends the person's other sessions, the shared admin session among them: it goes last.
const stateChanging = app.accessRules
  .filter((route) => !['GET', 'HEAD', 'OPTIONS'].includes(route.method))
  .sort((a, b) => Number(a.url === '/v1/auth/password') - Number(b.url === '/v1/auth/password'));

describe('who may call each state-changing route, generated from the route table', () => {
  it('covers every state-changing route', () => {
    expect(stateChanging.length).toBeGreaterThanOrEqual(11);
    const missing = stateChanging.map((r) => `${r.method} ${r.url}`).filter((name) => !fixtures[name]);
    expect(missing, 'state-changing routes without a fixture in access-matrix.test.ts').toEqual([]);
  });

  for (const route of stateChanging) {
    const name = `${route.method} ${route.url}`;
    it.each(ACTORS)(`${name} as %s`, async (actor) => {
      const fixture = fixtures[name];
      if (!fixture) throw new Error(`no fixture for ${name}`);
      const target = actor === 'outOfScopeEditor' ? 'outOfScope' : 'inScope';
      const { url, body, etagFrom } = await fixture.prepare(target, actor);
      const headers =
        actor === 'inScopeEditor' && fixture.inScopeEditor
          ? await signedIn(fixture.inScopeEditor)
          : await headersFor(actor);
      const id = requestId();
      headers['x-request-id'] = id;
      if (route.method !== 'POST') {
        headers['if-match'] = (await app.inject({ url: etagFrom ?? url, headers: asAdmin })).headers.etag as string;
      }
      const response = await app.inject({
        method: route.method as 'POST',
        url,
        headers,
        ...(body === undefined ? {} : { payload: body as object }),
      });
      const want = expected(route.access, actor);
      if (response.statusCode < 300) await fixture.undo?.(headers);
      const { audit, events } = await recordedBy(database.db, id);
      if (want === 'ok') {
        expect(response.statusCode, response.body).toBeGreaterThanOrEqual(200);
        expect(response.statusCode, response.body).toBeLessThan(300);
        // Every change commits with its audit event and its domain event; signing in and out change sessions only.
        const changesSessionsOnly = route.url === '/v1/auth/login' || route.url === '/v1/auth/logout';
        expect(audit.length > 0, `${name}: audit events`).toBe(!changesSessionsOnly);
        expect(events.length > 0, `${name}: domain events`).toBe(!changesSessionsOnly);
      } else {
        expect(response.statusCode, response.body).toBe(want);
        expect(response.headers['content-type']).toMatch(/problem\+json/);
        expect(audit, 'a refused change records nothing').toEqual([]);
        expect(events, 'a refused change emits nothing').toEqual([]);
      }
    });
  }
});
