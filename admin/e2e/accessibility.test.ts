import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overflow, SIZES, seriousViolations } from './axe.ts';
import { ADMIN, requireChromium, screenshots, signIn, startProduct } from './harness.ts';

/** Every view of the admin, at a desktop and a phone size: axe finds nothing critical or serious, and nothing scrolls sideways on the phone. */
describe.skipIf(!requireChromium())('every view, at 1280×800 and 390×844', () => {
  let product: Awaited<ReturnType<typeof startProduct>>;
  let views: string[];

  beforeAll(async () => {
    product = await startProduct();
    const get = async (path: string) => (await fetch(`${product.apiUrl}${path}`)).json();
    const guide = (await get('/v1/guides?limit=1')).items[0].slug;
    const category = (await get('/v1/technology-categories?limit=1')).items[0].slug;
    views = [
      '/',
      '/teknologier',
      '/teknologier?status=published&sort=-name',
      '/teknologier/ny',
      '/teknologier/digitala-trygghetslarm',
      '/teknologier/digitala-trygghetslarm/redigera',
      '/kategorier',
      '/kategorier/ny',
      `/kategorier/${category}`,
      '/vagledningar',
      '/vagledningar/ny',
      `/vagledningar/${guide}`,
      `/vagledningar/${guide}/redigera`,
      '/kommuner',
      '/kommuner/1490',
      '/forbund',
      '/forbund/borasregionen',
      '/inforande',
      '/inforande?association=borasregionen',
      '/inforande/karta?technology=digitala-trygghetslarm&association=vastkom',
      '/inforande/karta?technology=digitala-trygghetslarm',
      '/inforande/1490/digitala-trygghetslarm',
      '/inforande/1490/digital-nattillsyn',
      '/mognad',
      '/mognad?association=borasregionen&year=2026',
      '/mognad/bedomning?municipality=1490&year=2026',
      '/behov',
      '/upphandlingar',
      '/driftmodeller',
      '/anvandare',
      '/anvandare/ny',
      '/api-nycklar',
      '/api-nycklar/ny',
      '/andringslogg',
      '/konto',
      '/finns-inte',
    ];
  });
  afterAll(async () => {
    await product?.stop();
  });

  it('loads at most 150 kB of gzipped JavaScript on the first visit', async () => {
    const context = await product.browser.newContext();
    const page = await context.newPage();
    const scripts: Promise<Buffer>[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('.js')) scripts.push(response.body());
    });
    await page.goto(`${product.adminUrl}/`, { waitUntil: 'networkidle' });
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Logga in');
    const gzipped = (await Promise.all(scripts)).reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
    console.log(`First load: ${scripts.length} scripts, ${(gzipped / 1024).toFixed(1)} kB gzipped`);
    expect(gzipped).toBeLessThanOrEqual(150 * 1024);
    await context.close();
  });

  for (const size of SIZES) {
    it(`has no critical or serious axe finding in any view at ${size.width}×${size.height}`, {
      timeout: 240_000,
    }, async () => {
      const context = await product.browser.newContext({ viewport: { width: size.width, height: size.height } });
      const page = await context.newPage();
      page.setDefaultTimeout(8000);
      await page.goto(`${product.adminUrl}/`);
      expect(await seriousViolations(page), 'sign-in page').toEqual([]);
      if (size.name === 'phone') expect(await overflow(page), 'sign-in page').toBeLessThanOrEqual(0);
      await signIn(page, ADMIN);
      const findings: Record<string, string[]> = {};
      const overflowing: Record<string, number> = {};
      for (const view of views) {
        await page.goto(`${product.adminUrl}${view}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        const found = await seriousViolations(page);
        if (found.length) findings[view] = found;
        if (size.name === 'phone') {
          const extra = await overflow(page);
          if (extra > 0) overflowing[view] = extra;
        }
      }
      await page.goto(`${product.adminUrl}/teknologier/digitala-trygghetslarm`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.screenshot({ path: `${screenshots}technology-${size.name}.png`, fullPage: true });
      await page.goto(`${product.adminUrl}/teknologier`);
      await page.getByRole('table').waitFor();
      await page.screenshot({ path: `${screenshots}technologies-${size.name}.png` });
      expect(findings).toEqual({});
      expect(overflowing).toEqual({});
      await context.close();
    });
  }

  it('folds the menu behind "Meny" on a phone, and shows "Sidan finns inte" for an unknown address', async () => {
    const context = await product.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    page.setDefaultTimeout(8000);
    await page.goto(`${product.adminUrl}/finns-inte`);
    await signIn(page, ADMIN);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Sidan finns inte');
    const menu = page.getByRole('button', { name: 'Meny' });
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.getByRole('link', { name: 'Teknologier' }).isVisible()).toBe(false);
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await page.screenshot({ path: `${screenshots}menu-phone.png` });
    expect(await nav.getByRole('link').count()).toBe(14);
    await nav.getByRole('link', { name: 'Teknologier' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Teknologier');
    expect(await nav.getByRole('link', { name: 'Teknologier' }).isVisible()).toBe(false);
    // The skip link is the first thing the keyboard reaches on a page.
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hoppa till innehållet');
    await context.close();
  });
});
