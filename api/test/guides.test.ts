import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { selectRows } from '../src/db/client.ts';
import { renderMissingHtml } from '../src/db/rendered-html.ts';
import { createActors } from './helpers/actors.ts';
import { createTestApp } from './helpers/app.ts';
import { createCatalogue } from './helpers/catalogue.ts';

const statements: string[] = [];
const { app, database } = await createTestApp({}, { onQuery: (sql) => statements.push(sql) });
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

  it('lists summaries without the body, which the item route gives', async () => {
    const list = (await app.inject({ url: '/v1/guides?q=nattkameror' })).json();
    const [item] = list.items;
    expect(Object.keys(item).sort()).toEqual(
      [
        'createdAt',
        'dimensions',
        'kind',
        'municipalities',
        'publishedAt',
        'slug',
        'snippet',
        'status',
        'summary',
        'technologies',
        'title',
        'updatedAt',
      ].sort(),
    );
    expect(item).toMatchObject({
      slug: 'nattillsyn-i-boras',
      technologies: [{ slug: 'digital-nattillsyn' }],
      municipalities: [{ code: '1490', name: 'Borås' }],
      snippet: expect.stringContaining('<mark>'),
    });
  });

  it('stores the HTML when the body is written, and renders a changed body again', async () => {
    const stored = async () =>
      (
        await selectRows<{ body_html: string | null }>(
          database.db,
          sql`select body_html from guides where slug = 'nattillsyn-i-boras'`,
        )
      )[0]?.body_html;
    expect(await stored()).toContain('<strong>tio brukare</strong>');
    const url = '/v1/guides/nattillsyn-i-boras';
    const etag = (await app.inject({ url, headers: { cookie: admin.cookie } })).headers.etag as string;
    const changed = await app.inject({
      method: 'PATCH',
      url,
      headers: { ...asAdmin, 'if-match': etag },
      payload: { body: 'Borås började med *tio brukare*. <img src=x onerror=alert(1)>' },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().bodyHtml).toContain('<em>tio brukare</em>');
    expect(changed.json().bodyHtml).not.toContain('<img');
    expect(await stored()).toBe(changed.json().bodyHtml);
  });

  it('renders at start what was written before the HTML was stored, with the same rules', async () => {
    await database.db.execute(sql`update guides set body_html = null where slug = 'nattillsyn-i-boras'`);
    await database.db.execute(sql`update technologies set description_html = null where slug = 'digital-nattillsyn'`);
    expect(await renderMissingHtml(database.db)).toBe(2);
    const guide = (
      await app.inject({ url: '/v1/guides/nattillsyn-i-boras', headers: { cookie: admin.cookie } })
    ).json();
    expect(guide.bodyHtml).toContain('<em>tio brukare</em>');
    expect(guide.bodyHtml).toContain('&lt;img');
    const technology = (
      await app.inject({ url: '/v1/technologies/digital-nattillsyn', headers: { cookie: admin.cookie } })
    ).json();
    expect(technology.descriptionHtml).toMatch(/^<p>/);
    expect(await renderMissingHtml(database.db)).toBe(0);
  });

  it('looks for what is still to render at start without reading every technology and guide', async () => {
    statements.length = 0;
    await renderMissingHtml(database.db);
    const lookups = statements.filter((statement) => / is null limit \$1$/.test(statement));
    expect(lookups).toHaveLength(2);
    for (const lookup of lookups) {
      // With sequential scans ruled out, what is left without a partial index is a walk of every row by key.
      const plan = await database.db.transaction(async (tx) => {
        await tx.execute(sql`set local enable_seqscan = off`);
        return selectRows<{ 'QUERY PLAN': string }>(tx, sql.raw(`explain ${lookup.replace('$1', '500')}`));
      });
      expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toMatch(/Index Scan using \w+_unrendered_idx/);
    }
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
