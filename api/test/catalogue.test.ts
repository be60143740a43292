import { describe, expect, it } from 'vitest';
import { createActors, login } from './helpers/actors.ts';
import { createTestApp } from './helpers/app.ts';
import { createCatalogue } from './helpers/catalogue.ts';

const { app, database } = await createTestApp();
const { admin } = await createActors(app, database.db);
await createCatalogue(app, admin);
const asAdmin = { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken };
const get = async (url: string, headers: Record<string, string> = {}) => {
  const response = await app.inject({ url, headers });
  return { status: response.statusCode, headers: response.headers, body: response.json() };
};
const first = async (q: string) => (await get(`/v1/technologies?q=${encodeURIComponent(q)}`)).body.items[0]?.slug;

describe('Swedish search over the catalogue', () => {
  it('puts the expected technology first: stemmed, accent-insensitive, typo-tolerant', async () => {
    expect(await first('nattkamera')).toBe('digital-nattillsyn');
    expect(await first('nattkameror')).toBe('digital-nattillsyn');
    expect(await first('trygghetslarm')).toBe('digitala-trygghetslarm');
    expect(await first('lakemedel')).toBe('lakemedelsautomat');
    expect(await first('trygghetlarm')).toBe('digitala-trygghetslarm');
  });

  it('learns the words of a new text, so a misspelling of them is found too', async () => {
    expect(await first('ljudsensorer')).toBeUndefined();
    const category = await app.inject({
      method: 'POST',
      url: '/v1/technology-categories',
      headers: asAdmin,
      payload: { slug: 'akustik', name: 'Akustik' },
    });
    expect(category.statusCode).toBe(201);
    const created = await app.inject({
      method: 'POST',
      url: '/v1/technologies',
      headers: asAdmin,
      payload: {
        slug: 'akustisk-tillsyn',
        category: 'akustik',
        name: 'Akustisk tillsyn',
        summary: 'Ljudsensorer som larmar vid ovanliga ljud nattetid.',
        readiness: 'try',
      },
    });
    expect(created.statusCode).toBe(201);
    const published = await app.inject({
      method: 'PATCH',
      url: '/v1/technologies/akustisk-tillsyn',
      headers: { ...asAdmin, 'if-match': created.headers.etag as string },
      payload: { status: 'published' },
    });
    expect(published.statusCode).toBe(200);
    expect(await first('ljudsensorer')).toBe('akustisk-tillsyn');
    expect(await first('ljudsesnorer')).toBe('akustisk-tillsyn');
    expect(await first('akustisk -ljudsensorer')).toBeUndefined();
  });

  it('marks the match in a snippet that is safe to show as HTML', async () => {
    const { body } = await get('/v1/technologies?q=dos');
    expect(body.items[0].slug).toBe('lakemedelsautomat');
    expect(body.items[0].snippet).toContain('<mark>');
    expect(body.items[0].snippet).not.toContain('<script>');
    expect(body.items[0].snippet).toContain('&lt;script&gt;');
  });

  it('stores a Markdown body with <script> as written, and serves it as HTML only escaped', async () => {
    const response = await app.inject({ url: '/v1/technologies/lakemedelsautomat' });
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.json().description).toContain('<script>');
    expect(response.json().descriptionHtml).toBe(
      '<p>Doseringen sköts av hälso- och sjukvårdspersonal. &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>\n',
    );
  });
});

describe('technologies', () => {
  it('filters by a top-level category including its children, by target group and by standard', async () => {
    const all = (await get('/v1/technologies?category=trygghet-och-larm')).body;
    expect(all.items.map((t: { slug: string }) => t.slug).sort()).toEqual([
      'digital-nattillsyn',
      'digitala-trygghetslarm',
      'gps-larm',
    ]);
    const homeCare = (await get('/v1/technologies?targetGroup=home_health_care')).body;
    expect(homeCare.items.map((t: { slug: string }) => t.slug)).toEqual(['lakemedelsautomat']);
    const scaip = (await get(`/v1/technologies?standard=${encodeURIComponent('SS 91100 (SCAIP)')}`)).body;
    expect(scaip.items.map((t: { slug: string }) => t.slug)).toEqual(['digitala-trygghetslarm']);
  });

  it('pages a category with its children in name order, either way, as the whole list has it', async () => {
    const slugs = (body: { items: { slug: string }[] }) => body.items.map((t) => t.slug);
    for (const sort of ['name', '-name']) {
      const whole = slugs((await get(`/v1/technologies?category=trygghet-och-larm&sort=${sort}`)).body);
      expect(whole).toHaveLength(3);
      const paged = [];
      for (let offset = 0; offset < 3; offset++) {
        const page = (await get(`/v1/technologies?category=trygghet-och-larm&sort=${sort}&limit=1&offset=${offset}`))
          .body;
        expect(page.total).toBe(3);
        paged.push(...slugs(page));
      }
      expect(paged).toEqual(whole);
    }
    const names = slugs((await get('/v1/technologies?category=trygghet-och-larm&sort=name')).body);
    expect(names).toEqual(['digital-nattillsyn', 'digitala-trygghetslarm', 'gps-larm']);
  });

  it('embeds the category with its parent and an adoption summary', async () => {
    const { body } = await get('/v1/technologies/gps-larm');
    expect(body.category).toEqual({
      slug: 'larm',
      name: 'Larm',
      parent: { slug: 'trygghet-och-larm', name: 'Trygghet och larm' },
    });
    expect(body.adoptionSummary).toMatchObject({ total: 0 });
    expect(body.status).toBe('published');
    expect(body.publishedAt).not.toBeNull();
  });

  it('keeps drafts from everyone but admins', async () => {
    await app.inject({
      method: 'POST',
      url: '/v1/technologies',
      headers: asAdmin,
      payload: {
        slug: 'social-robot',
        category: 'vard-och-behandling',
        name: 'Social robot',
        summary: 'Sällskap.',
        readiness: 'watch',
      },
    });
    expect((await get('/v1/technologies/social-robot')).status).toBe(404);
    expect((await get('/v1/technologies?status=draft')).status).toBe(403);
    const drafts = await get('/v1/technologies?status=draft', { cookie: admin.cookie });
    expect(drafts.body.items.map((t: { slug: string }) => t.slug)).toEqual(['social-robot']);
    expect(drafts.headers['cache-control']).toBe('private, no-store');
  });

  it('refuses an unknown category (422), a taken slug (409) and a skipped step in the workflow (409)', async () => {
    const unknown = await app.inject({
      method: 'POST',
      url: '/v1/technologies',
      headers: asAdmin,
      payload: {
        slug: 'spisvakt',
        category: 'koket',
        name: 'Spisvakt',
        summary: 'Stänger av spisen.',
        readiness: 'established',
      },
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors).toEqual([{ pointer: '/body/category', detail: 'is not a known category' }]);
    const taken = await app.inject({
      method: 'POST',
      url: '/v1/technologies',
      headers: asAdmin,
      payload: { slug: 'gps-larm', category: 'larm', name: 'GPS-larm igen', summary: 'x', readiness: 'try' },
    });
    expect(taken.statusCode).toBe(409);
    const etag = (await get('/v1/technologies/social-robot', { cookie: admin.cookie })).headers.etag as string;
    const skip = await app.inject({
      method: 'PATCH',
      url: '/v1/technologies/social-robot',
      headers: { ...asAdmin, 'if-match': etag },
      payload: { status: 'archived' },
    });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().detail).toContain('published');
  });
});

describe('adoptions', () => {
  it('lets an editor scoped to Boråsregionen record an adoption for Borås but not for Göteborg', async () => {
    const editor = await login(app, 'boras-region@test.se');
    const headers = { cookie: editor.cookie, 'x-csrf-token': editor.csrfToken };
    const boras = await app.inject({
      method: 'PUT',
      url: '/v1/municipalities/1490/adoptions/digital-nattillsyn',
      headers,
      payload: { status: 'implemented', startedOn: '2023-03-01', usersCount: 120 },
    });
    expect(boras.statusCode).toBe(200);
    expect(boras.json()).toMatchObject({
      municipality: { code: '1490', name: 'Borås' },
      status: 'implemented',
      demo: false,
    });
    const goteborg = await app.inject({
      method: 'PUT',
      url: '/v1/municipalities/1480/adoptions/digital-nattillsyn',
      headers,
      payload: { status: 'pilot' },
    });
    expect(goteborg.statusCode).toBe(403);

    // Replacing needs the ETag.
    const again = await app.inject({
      method: 'PUT',
      url: '/v1/municipalities/1490/adoptions/digital-nattillsyn',
      headers,
      payload: { status: 'scaled' },
    });
    expect(again.statusCode).toBe(428);
    const replaced = await app.inject({
      method: 'PUT',
      url: '/v1/municipalities/1490/adoptions/digital-nattillsyn',
      headers: { ...headers, 'if-match': boras.headers.etag as string },
      payload: { status: 'scaled' },
    });
    expect(replaced.json()).toMatchObject({ status: 'scaled', usersCount: null });
  });

  it('shows all 290 municipalities on the adoption map, none where nothing is recorded', async () => {
    const { body } = await get('/v1/technologies/digital-nattillsyn/adoption-map');
    expect(body.municipalities).toHaveLength(290);
    expect(body.municipalities.find((m: { code: string }) => m.code === '1490').status).toBe('scaled');
    expect(body.municipalities.filter((m: { status: string }) => m.status === 'none')).toHaveLength(289);
  });

  it('filters adoptions by association through an umbrella, and counts them on the technology', async () => {
    const { body } = await get('/v1/adoptions?association=vastkom');
    expect(body.items.map((a: { municipality: { code: string } }) => a.municipality.code)).toEqual(['1490']);
    expect((await get('/v1/technologies?adoptedIn=1490')).body.items.map((t: { slug: string }) => t.slug)).toEqual([
      'digital-nattillsyn',
    ]);
    expect((await get('/v1/technologies/digital-nattillsyn')).body.adoptionSummary).toMatchObject({
      scaled: 1,
      total: 1,
    });
    const byCount = (await get('/v1/technologies?sort=-adoptionCount&limit=1')).body;
    expect(byCount.items[0].slug).toBe('digital-nattillsyn');
  });

  it('filters technologies by where they are adopted, following membership changes', async () => {
    const slugs = async (query: string) =>
      (await get(`/v1/technologies?${query}`)).body.items.map((t: { slug: string }) => t.slug);
    expect(await slugs('association=vastkom')).toEqual(['digital-nattillsyn']);
    expect(await slugs('association=borasregionen')).toEqual(['digital-nattillsyn']);
    expect(await slugs('association=fyrbodal')).toEqual([]);
    const member = async (method: 'PUT' | 'DELETE') => {
      const etag = (await get('/v1/associations/fyrbodal')).headers.etag as string;
      const response = await app.inject({
        method,
        url: '/v1/associations/fyrbodal/members/1490',
        headers: { ...asAdmin, 'if-match': etag },
        ...(method === 'PUT' ? { payload: {} } : {}),
      });
      expect(response.statusCode).toBeLessThan(300);
    };
    await member('PUT');
    expect(await slugs('association=fyrbodal')).toEqual(['digital-nattillsyn']);
    await member('DELETE');
    expect(await slugs('association=fyrbodal')).toEqual([]);
  });

  it('404 for an unknown municipality or technology, and no deleting a technology in use', async () => {
    const unknown = await app.inject({
      method: 'PUT',
      url: '/v1/municipalities/9999/adoptions/gps-larm',
      headers: asAdmin,
      payload: { status: 'pilot' },
    });
    expect(unknown.statusCode).toBe(404);
    const noTech = await app.inject({
      method: 'PUT',
      url: '/v1/municipalities/1490/adoptions/teleportering',
      headers: asAdmin,
      payload: { status: 'pilot' },
    });
    expect(noTech.statusCode).toBe(404);
    const etag = (await get('/v1/technologies/digital-nattillsyn')).headers.etag as string;
    const remove = await app.inject({
      method: 'DELETE',
      url: '/v1/technologies/digital-nattillsyn',
      headers: { ...asAdmin, 'if-match': etag },
    });
    expect(remove.statusCode).toBe(409);
    expect(remove.json().detail).toContain('archive');
  });
});
