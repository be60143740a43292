import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, screenshots, startProduct } from './harness.ts';

// Browser tests need Debian's chromium. CI installs it and must run them; elsewhere they are skipped with a note.
if (!hasChromium && process.env.CI) throw new Error("CI must run the browser tests: install Debian's chromium");
if (!hasChromium)
  console.warn('Skipping browser tests: /usr/bin/chromium is not installed (apt-get install chromium).');

describe.skipIf(!hasChromium)('the admin lists municipalities through the generated client', () => {
  let product: Awaited<ReturnType<typeof startProduct>>;
  let page: Page;

  beforeAll(async () => {
    product = await startProduct();
    page = await product.browser.newPage();
    await page.goto(product.adminUrl);
  });
  afterAll(async () => {
    await product?.stop();
  });

  const summary = () => page.locator('.summary');
  const firstNames = async (n: number) =>
    (await page.locator('tbody tr td:nth-child(2)').allTextContents()).slice(0, n);

  it('shows all 290 municipalities, the first 50 in Swedish order', async () => {
    await expect.poll(() => summary().textContent()).toBe('290 kommuner');
    expect(await page.locator('tbody tr').count()).toBe(50);
    expect(await firstNames(2)).toEqual(['Ale', 'Alingsås']);
    await page.screenshot({ path: `${screenshots}municipalities.png`, fullPage: false });
  });

  it('filters by county', async () => {
    await page.getByLabel('Län').selectOption({ label: 'Västra Götalands län' });
    await expect.poll(() => summary().textContent()).toBe('49 kommuner');
    const boras = page.locator('tbody tr', { has: page.locator('td:first-child', { hasText: /^1490$/ }) });
    await expect
      .poll(() => boras.locator('td').allTextContents())
      .toEqual(['1490', 'Borås', 'Västra Götalands län', 'Boråsregionen']);
  });

  it('finds a municipality despite a typo', async () => {
    await page.getByLabel('Sök kommun').fill('gotebrg');
    await expect.poll(() => firstNames(1)).toEqual(['Göteborg']);
    await page.screenshot({ path: `${screenshots}search.png` });
  });

  it('pages through the whole list', async () => {
    await page.getByLabel('Sök kommun').fill('');
    await page.getByLabel('Län').selectOption({ label: 'Alla län' });
    await expect.poll(() => summary().textContent()).toBe('290 kommuner');
    await page.getByRole('button', { name: 'Nästa' }).click();
    await expect.poll(() => page.locator('.pager span').textContent()).toBe('51–100 av 290');
    expect(await page.getByRole('button', { name: 'Föregående' }).isEnabled()).toBe(true);
  });
});
