import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITOR, requireChromium, screenshots, signIn, startProduct } from './harness.ts';

describe.skipIf(!requireChromium())('the admin marks fictitious demo data', () => {
  let product: Awaited<ReturnType<typeof startProduct>>;
  let page: Page;

  beforeAll(async () => {
    product = await startProduct();
    page = await product.browser.newPage();
    page.setDefaultTimeout(8000);
    await page.goto(product.adminUrl);
    await signIn(page, EDITOR);
  });
  afterAll(async () => {
    await product?.stop();
  });

  it('shows who has adopted a technology, every demo row marked and the list introduced as demo', async () => {
    await page.getByRole('link', { name: 'Införande' }).click();
    // The map opens at the association the overview showed: the editor's Boråsregionen.
    await page.getByRole('link', { name: 'Karta över en teknologi' }).click();
    await page.getByRole('combobox', { name: 'Teknologi' }).selectOption({ label: 'Digitala trygghetslarm' });
    await expect
      .poll(() => page.locator('.summary').textContent())
      .toMatch(/^Digitala trygghetslarm: \d+ av 8 kommuner/);
    const rows = page.getByRole('table', { name: /status per kommun$/ }).locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(8);
    const recorded = rows.filter({ hasNot: page.getByText('Inget registrerat', { exact: true }) });
    expect(await recorded.count()).toBeGreaterThan(0);
    const sources = await recorded.locator('td:nth-child(3)').allTextContents();
    expect(sources.every((source) => source === 'Demo')).toBe(true);
    expect(await page.locator('.demo-notice').textContent()).toContain('fiktiva demodata');
    await page.screenshot({ path: `${screenshots}adoptions.png`, fullPage: false });
  });

  it('shows the consultation on an operator model: all 50 VästKom municipalities and the consulted bodies, no_response included', async () => {
    await page.getByRole('link', { name: 'Driftmodeller' }).click();
    await page.getByRole('link', { name: 'Värdkommun för gemensam larmcentral' }).click();
    await expect
      .poll(() => page.locator('#summary-heading ~ .summary').textContent())
      .toMatch(/^50 kommuner tillfrågade: /);
    expect(await page.locator('table.consultation caption').allTextContents()).toEqual([
      'Boråsregionen Sjuhärads kommunalförbund (8)',
      'Fyrbodals kommunalförbund (14)',
      'Göteborgsregionens kommunalförbund (13)',
      'Skaraborgs kommunalförbund (15)',
      'Regioner och andra offentliga aktörer (3)',
    ]);
    expect(await page.locator('tr[data-position="no_response"]').count()).toBeGreaterThan(0);
    expect(await page.getByRole('rowheader', { name: 'Västra Götalandsregionen', exact: true }).count()).toBe(1);
    expect(await page.getByRole('rowheader', { name: 'Kungsbacka', exact: true }).count()).toBe(1);
    await page.screenshot({ path: `${screenshots}consultation.png`, fullPage: false });
  });

  it('shows needs to a signed-in editor, largest pooled volume first, drafts only within scope', async () => {
    await page.getByRole('link', { name: 'Behov' }).click();
    await page.getByRole('button', { name: 'Samlad volym' }).click();
    await page.getByRole('button', { name: 'Samlad volym' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('?sort=-pooledVolume');
    await expect.poll(() => page.locator('.summary').textContent()).toBe('5 behov');
    const first = page.getByRole('row').nth(1);
    // The rows of the earlier order stay until the new page arrives.
    await expect
      .poll(() => first.getByRole('rowheader').textContent())
      .toBe('Larmmottagning dygnet runt för digitala trygghetslarm Demo');
    expect((await first.getByRole('cell').allTextContents()).slice(0, 4)).toEqual([
      'Boråsregionen Sjuhärads kommunalförbund',
      '8',
      '2400',
      'Upphandlas',
    ]);
    await page.screenshot({ path: `${screenshots}needs.png`, fullPage: false });
  });

  it('lists the joint procurements with their lead and as many participants as the full record names', async () => {
    await page.getByRole('link', { name: 'Upphandlingar' }).click();
    const row = page.getByRole('row', { name: /^Digitala trygghetslarm med gemensam larmmottagning/ });
    await expect.poll(() => row.count()).toBe(1);
    const list = await (await fetch(`${product.apiUrl}/v1/procurements?limit=50`)).json();
    const alarms = list.items.find((p: { reference: string }) => p.reference === 'BR-2026-TL');
    const full = await (await fetch(`${product.apiUrl}/v1/procurements/${alarms.id}`)).json();
    expect(full.participants.length).toBeGreaterThan(0);
    expect((await row.locator('td').allTextContents()).slice(0, 6)).toEqual([
      'BR-2026-TL',
      'Annonserad',
      'Boråsregionen Sjuhärads kommunalförbund',
      String(full.participants.length),
      '1',
      'Nej',
    ]);
  });
});
