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

  it('shows the consultation on an operator model: all 50 VästKom municipalities, no_response included', async () => {
    await page.getByRole('link', { name: 'Driftmodeller' }).click();
    await page
      .getByRole('combobox', { name: /^Driftmodell/ })
      .selectOption({ label: 'Värdkommun för gemensam larmcentral' });
    await expect.poll(() => page.locator('.summary').textContent()).toMatch(/^50 kommuner tillfrågade: /);
    expect(await page.locator('table.consultation caption').allTextContents()).toEqual([
      'Boråsregionen Sjuhärads kommunalförbund (8)',
      'Fyrbodals kommunalförbund (14)',
      'Göteborgsregionens kommunalförbund (13)',
      'Skaraborgs kommunalförbund (15)',
    ]);
    expect(await page.locator('tr[data-position="no_response"]').count()).toBeGreaterThan(0);
    const kungsbacka = page.locator('tbody tr', { has: page.locator('td:first-child', { hasText: /^Kungsbacka$/ }) });
    expect(await kungsbacka.count()).toBe(1);
    await page.screenshot({ path: `${screenshots}consultation.png`, fullPage: false });
  });

  it('lets a signed-in editor answer for a municipality in scope, and refuses one outside it in Swedish', async () => {
    await expect
      .poll(() => page.getByRole('banner').textContent())
      .toContain('Redaktör för Boråsregionen Sjuhärads kommunalförbund');

    await page.getByRole('link', { name: 'Driftmodeller' }).click();
    await page
      .getByRole('combobox', { name: /^Driftmodell/ })
      .selectOption({ label: 'Värdkommun för gemensam larmcentral' });
    const form = page.getByRole('form', { name: 'Svara på remissen' });
    await form.getByRole('combobox', { name: /^Kommun/ }).selectOption({ label: 'Borås' });
    await form.getByRole('combobox', { name: /^Ställningstagande/ }).selectOption({ label: 'Tillstyrker' });
    await form.getByRole('button', { name: 'Skicka svar' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toBe('Svaret är sparat.');
    const boras = page.locator('tbody tr', { has: page.locator('td:first-child', { hasText: /^Borås$/ }) });
    await expect
      .poll(() => boras.locator('td').allTextContents())
      .toEqual(['Borås', 'Tillstyrker', new Date().toISOString().slice(0, 10), 'Kommunen']);

    await form.getByRole('combobox', { name: /^Kommun/ }).selectOption({ label: 'Göteborg' });
    await form.getByRole('button', { name: 'Skicka svar' }).click();
    await expect
      .poll(() => form.getByRole('alert').textContent())
      .toContain('Du har inte behörighet att göra det här.');
    await page.screenshot({ path: `${screenshots}answer.png`, fullPage: false });
  });

  it('shows needs to a signed-in editor, largest pooled volume first, drafts only within scope', async () => {
    await page.getByRole('link', { name: 'Behov' }).click();
    await expect.poll(() => page.locator('.summary').textContent()).toBe('5 behov');
    const first = await page.locator('tbody tr').first().locator('td').allTextContents();
    expect(first).toEqual([
      'Larmmottagning dygnet runt för digitala trygghetslarm',
      'Boråsregionen Sjuhärads kommunalförbund',
      '8',
      '2400',
      'Upphandlas',
      'Demo',
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
    expect(await row.locator('td').allTextContents()).toEqual([
      'Annonserad',
      'Boråsregionen Sjuhärads kommunalförbund',
      String(full.participants.length),
      'Nej',
    ]);
  });
});
