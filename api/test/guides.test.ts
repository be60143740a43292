import { describe, expect, it } from 'vitest';
import { createActors } from './helpers/actors.ts';
import { createTestApp } from './helpers/app.ts';
import { createCatalogue } from './helpers/catalogue.ts';

const { app, database } = await createTestApp();
const { admin } = await createActors(app, database.db);
await createCatalogue(app, admin);
const asAdmin = { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken };

async function publishGuide(payload: Record<string, unknown>) {
  const created = await app.inject({ method: 'POST', url: '/v1/guides', headers: asAdmin, payload });
  if (created.statusCode !== 201) throw new Error(created.body);
  const published = await app.inject({
    method: 'PATCH',
    url: `/v1/guides/${payload.slug}`,
    headers: { ...asAdmin, 'if-match': created.headers.etag as string },
    payload: { status: 'published' },
  });
  return published.json();
}

await publishGuide({
  slug: 'nattillsyn-i-boras',
  kind: 'inspiration',
  title: 'Så införde Borås digital nattillsyn',
  summary: 'Ett lärande exempel om tillsyn med nattkamera.',
  body: 'Borås började med **tio brukare**. <script>alert(1)</script> [Läs mer](javascript:alert(2))',
  technologies: ['digital-nattillsyn'],
  municipalities: ['1490'],
});
await publishGuide({
  slug: 'bedom-forutsattningar',
  kind: 'evaluation',
  title: 'Bedöm förutsättningarna',
  summary: 'Juridik, etik och infrastruktur före ett införande.',
  dimensions: ['law_ethics_security', 'infrastructure'],
});

describe('guides', () => {
  it('filters by kind, technology, municipality and dimension', async () => {
    const slugs = async (query: string) =>
      (await app.inject({ url: `/v1/guides?${query}` })).json().items.map((g: { slug: string }) => g.slug);
    expect(await slugs('kind=inspiration')).toEqual(['nattillsyn-i-boras']);
    expect(await slugs('technology=digital-nattillsyn')).toEqual(['nattillsyn-i-boras']);
    expect(await slugs('municipality=1490')).toEqual(['nattillsyn-i-boras']);
    expect(await slugs('dimension=infrastructure')).toEqual(['bedom-forutsattningar']);
    expect(await slugs('q=nattkameror')).toEqual(['nattillsyn-i-boras']);
  });

  it('names municipalities and technologies, and renders Markdown to HTML that cannot run a script', async () => {
    const response = await app.inject({ url: '/v1/guides/nattillsyn-i-boras' });
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.json()).toMatchObject({
      municipalities: [{ code: '1490', name: 'Borås' }],
      technologies: [{ slug: 'digital-nattillsyn' }],
      status: 'published',
    });
    const { body, bodyHtml } = response.json();
    expect(body).toContain('<script>');
    expect(bodyHtml).toContain('<strong>tio brukare</strong>');
    expect(bodyHtml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(bodyHtml).not.toContain('<script');
    expect(bodyHtml).not.toContain('href="javascript:');
  });

  it('appears on the technology it is about', async () => {
    const technology = (await app.inject({ url: '/v1/technologies/digital-nattillsyn' })).json();
    expect(technology.guides).toEqual([
      { slug: 'nattillsyn-i-boras', title: 'Så införde Borås digital nattillsyn', kind: 'inspiration' },
    ]);
  });

  it('refuses links to what does not exist, naming the item', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/v1/guides',
      headers: asAdmin,
      payload: { slug: 'fel', kind: 'guide', title: 'Fel', summary: 'x', technologies: ['gps-larm', 'teleportering'] },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([{ pointer: '/body/technologies/1', detail: 'is not a known technology' }]);
    expect((await app.inject({ url: '/v1/guides/fel', headers: { cookie: admin.cookie } })).statusCode).toBe(404);
  });
});
