import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditViews } from './axe.ts';
import { barCounts, tableCounts } from './consultation.ts';
import { ADMIN, EDITOR, requireChromium, screenshots, signedIn, startProduct } from './harness.ts';

const HOST_MODEL = 'Värdkommun för gemensam larmcentral';
const BORASREGIONEN = ['Bollebygd', 'Borås', 'Herrljunga', 'Mark', 'Svenljunga', 'Tranemo', 'Ulricehamn', 'Vårgårda'];
const today = () => new Date().toISOString().slice(0, 10);

const openModel = async (page: Page, url: string, name: string) => {
  await page.goto(`${url}/driftmodeller`);
  await page.getByRole('link', { name }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
};

/** The counts of an association's table. */
const associationCounts = (page: Page, association: string) =>
  tableCounts(page.getByRole('table', { name: new RegExp(`^${association} \\(`) }));

/** Driftmodeller: a scoped editor answers a consultation; an admin builds a model and consults an umbrella. */
describe.skipIf(!requireChromium())('operator models in the admin', () => {
  let product: Awaited<ReturnType<typeof startProduct>>;
  let editor: Page;
  let admin: Page;

  beforeAll(async () => {
    product = await startProduct();
    ({ page: editor } = await signedIn(product.browser, `${product.adminUrl}/`, EDITOR));
    ({ page: admin } = await signedIn(product.browser, `${product.adminUrl}/`, ADMIN));
  });
  afterAll(async () => {
    await product?.stop();
  });

  it('searches the list by name and text, without accents or with a typo, the best match first, with q in the URL', async () => {
    await editor.goto(`${product.adminUrl}/driftmodeller`);
    const search = editor.getByRole('searchbox', { name: 'Sök driftmodell' });
    await search.fill('vardkommun');
    await expect.poll(() => new URL(editor.url()).searchParams.get('q')).toBe('vardkommun');
    // The model named so first; the joint committee, whose text names a host municipality, after it.
    await expect
      .poll(() => editor.getByRole('rowheader').allTextContents())
      .toEqual([`${HOST_MODEL} Demo`, 'Gemensam nämnd för välfärdsteknik Demo']);
    await editor.getByLabel('Juridisk form').selectOption({ label: 'Gemensam nämnd' });
    await expect
      .poll(() => editor.getByRole('rowheader').allTextContents())
      .toEqual(['Gemensam nämnd för välfärdsteknik Demo']);
    await editor.reload();
    expect(await editor.getByRole('searchbox', { name: 'Sök driftmodell' }).inputValue()).toBe('vardkommun');
    await editor.getByLabel('Juridisk form').selectOption({ label: 'Alla' });
    await search.fill('kommunalforbnd');
    await expect
      .poll(() => editor.getByRole('rowheader').first().textContent())
      .toBe('Kommunalförbund för välfärdsteknik Demo');
    await search.fill('xylofonorkester');
    await expect.poll(() => editor.getByText('Inga driftmodeller matchar.').count()).toBe(1);
  });

  it("shows the consultation per association as a chart whose text alternative has the table's figures", async () => {
    await openModel(editor, product.adminUrl, HOST_MODEL);
    await expect
      .poll(() => editor.locator('#summary-heading ~ .summary').textContent())
      .toMatch(/^50 kommuner tillfrågade: /);
    for (const association of [
      'Boråsregionen Sjuhärads kommunalförbund',
      'Fyrbodals kommunalförbund',
      'Göteborgsregionens kommunalförbund',
      'Skaraborgs kommunalförbund',
    ]) {
      const fromChart = await barCounts(editor, association);
      expect(fromChart.total).toBeGreaterThan(0);
      expect(fromChart).toEqual(await associationCounts(editor, association));
    }
    await editor.locator('.position-chart').screenshot({ path: `${screenshots}consultation-chart.png` });
  });

  it('lets the editor answer the open consultation for Borås, offered only the consulted Boråsregionen municipalities', async () => {
    await openModel(editor, product.adminUrl, HOST_MODEL);
    const form = editor.getByRole('form', { name: 'Svara på remissen' });
    // The model itself is an admin's to change.
    expect(await editor.getByRole('link', { name: 'Redigera' }).count()).toBe(0);
    expect(await editor.getByRole('form', { name: 'Skicka på remiss' }).count()).toBe(0);
    await expect
      .poll(() => form.getByLabel('Kommun').locator('option:not([value=""])').allTextContents())
      .toEqual(BORASREGIONEN);
    await form.getByLabel('Kommun').selectOption({ label: 'Borås' });
    await form.getByLabel('Ställningstagande').selectOption({ label: 'Tillstyrker med reservationer' });
    await form.getByLabel('Kommentar').fill('Kostnaden per brukare behöver ses över.');
    await form.getByRole('button', { name: 'Skicka svar' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toBe('Svaret för Borås är sparat.');
    const table = editor.getByRole('table', { name: /^Boråsregionen Sjuhärads kommunalförbund/ });
    await expect
      .poll(() =>
        table
          .getByRole('row', { name: /^Borås / })
          .getByRole('cell')
          .allTextContents(),
      )
      .toEqual(['Tillstyrker med reservationer', 'Kostnaden per brukare behöver ses över.', today(), 'Kommunen']);
    expect(await barCounts(editor, 'Boråsregionen Sjuhärads kommunalförbund')).toEqual(
      await associationCounts(editor, 'Boråsregionen Sjuhärads kommunalförbund'),
    );
  });

  it("splits a yearly cost across the members, every member's share shown", async () => {
    await openModel(editor, product.adminUrl, HOST_MODEL);
    const calculator = editor.getByRole('form', { name: 'Räkna ut kostnadsfördelningen' });
    await calculator.getByLabel('Årskostnad (kr)').fill('12000000');
    await calculator.getByRole('button', { name: 'Räkna' }).click();
    const shares = editor.getByRole('region', { name: 'Kostnadsfördelning' }).getByRole('row');
    await expect.poll(() => shares.count()).toBe(9);
    expect(
      await editor.getByText('Per brukare. Fördelat på medlemmarna. 12 000 000 av 12 000 000 kr fördelade').count(),
    ).toBe(1);
    // The cost is in the URL: a reload shows the same split.
    expect(new URL(editor.url()).search).toBe('?arskostnad=12000000');
    await editor.reload();
    await expect.poll(() => shares.count()).toBe(9);
    expect(await calculator.getByLabel('Årskostnad (kr)').inputValue()).toBe('12000000');
  });

  it('splits per capita across the consulted municipalities of a model without members, and names those it cannot share with', async () => {
    await openModel(admin, product.adminUrl, 'Kommunalförbund för välfärdsteknik');
    const calculator = admin.getByRole('form', { name: 'Räkna ut kostnadsfördelningen' });
    await calculator.getByLabel('Årskostnad (kr)').fill('5000000');
    await calculator.getByRole('button', { name: 'Räkna' }).click();
    const summary = admin.getByText(/^Per invånare\. Fördelat på de tillfrågade kommunerna/);
    await expect.poll(() => summary.textContent()).toMatch(/5\s000\s000 av 5\s000\s000 kr fördelade$/);
    expect(await admin.getByRole('region', { name: 'Kostnadsfördelning' }).getByRole('row').count()).toBe(51);

    // Per user, with no members, nobody's number of users is known: each one is named.
    await openModel(admin, product.adminUrl, 'Var kommun i egen regi');
    await admin.getByLabel('Årskostnad (kr)').fill('1000000');
    await admin.getByRole('button', { name: 'Räkna' }).click();
    const missing = admin.getByRole('note').filter({ hasText: 'Antal brukare saknas' });
    await expect.poll(() => missing.textContent()).toMatch(/^Antal brukare saknas, så ingen andel räknas för: /);
    expect(await missing.textContent()).toContain('Borås');
    expect(await missing.textContent()).toContain('Göteborg');
  });

  it('lets an admin create a model, send it out for consultation to VästKom (its member associations included) and close it', async () => {
    await admin.goto(`${product.adminUrl}/driftmodeller`);
    await admin.getByRole('link', { name: 'Ny driftmodell' }).click();
    await admin.getByLabel('Namn', { exact: true }).fill('Gemensam larmcentral i Sjuhärad');
    expect(await admin.getByLabel('Adressnamn').inputValue()).toBe('gemensam-larmcentral-i-sjuharad');
    await admin.getByLabel('Juridisk form').selectOption({ label: 'Gemensam nämnd' });
    await admin.getByLabel('Värdorganisation').selectOption({ label: 'Borås' });
    await admin.getByLabel('Styrning', { exact: true }).fill('En gemensam nämnd med en ledamot per kommun.');
    await admin.getByLabel('Kostnadsfördelning').selectOption({ label: 'Lika delar' });
    await admin.getByRole('button', { name: 'Lägg till tjänst' }).click();
    const service = admin.getByRole('group', { name: 'Tjänst 1' });
    await service.getByLabel('Tjänst', { exact: true }).selectOption({ label: 'Larmmottagning dygnet runt' });
    await service.getByLabel('Servicenivå').fill('Larm besvaras inom 60 sekunder');
    await admin.getByLabel('Fördelar').fill('Stordriftsfördelar\nJämn kvalitet');
    await admin.getByLabel('Risker').fill('Lång beslutsväg');
    await admin.getByRole('button', { name: 'Lägg till medlem' }).click();
    await admin.getByRole('group', { name: 'Medlem 1' }).getByLabel('Kommun').selectOption({ label: 'Borås' });
    await admin.getByRole('button', { name: 'Lägg till medlem' }).click();
    await admin.getByRole('group', { name: 'Medlem 2' }).getByLabel('Kommun').selectOption({ label: 'Mark' });
    await admin.getByRole('button', { name: 'Spara' }).click();
    await expect.poll(() => admin.getByRole('status').textContent()).toBe('Driftmodellen är skapad som förslag.');
    const services = admin.getByRole('region', { name: 'Tjänster och servicenivåer' });
    expect(await services.getByRole('row').last().textContent()).toBe(
      'Larmmottagning dygnet runtLarm besvaras inom 60 sekunder',
    );

    const consult = admin.getByRole('form', { name: 'Skicka på remiss' });
    await consult
      .getByLabel('Förbund som tillfrågas')
      .selectOption({ label: 'Västsvenska kommunalförbundens samorganisation' });
    await consult.getByLabel('Sista svarsdag').fill('2027-03-31');
    await consult.getByRole('button', { name: 'Skicka på remiss' }).click();
    await expect.poll(() => admin.getByRole('status').textContent()).toBe('Driftmodellen är ute på remiss.');
    await expect
      .poll(() => admin.locator('#summary-heading ~ .summary').textContent())
      .toMatch(/^50 kommuner tillfrågade: 0 tillstyrker/);
    expect(await admin.getByRole('img', { name: /tillfrågade:/ }).count()).toBe(4);

    await admin
      .getByRole('group', { name: 'Avsluta remissen' })
      .getByRole('button', { name: 'Avsluta: beslutad' })
      .click();
    await expect.poll(() => admin.getByRole('status').textContent()).toBe('Remissen är avslutad.');
    expect(await admin.locator('.page-head .status').textContent()).toBe('Beslutad');
    await expect.poll(() => admin.getByRole('form', { name: 'Svara på remissen' }).count()).toBe(0);
  });

  it('has no critical or serious axe finding and no sideways scroll in any operator model view', {
    timeout: 180_000,
  }, async () => {
    const views = [
      '/driftmodeller',
      '/driftmodeller?status=consultation',
      '/driftmodeller?q=vardkommun',
      '/driftmodeller/ny',
      '/driftmodeller/vardkommun-larmcentral',
      '/driftmodeller/vardkommun-larmcentral/redigera',
    ];
    expect(await auditViews(admin, product.adminUrl, views)).toEqual({ findings: {}, overflowing: {} });
    expect(await auditViews(editor, product.adminUrl, ['/driftmodeller/vardkommun-larmcentral'])).toEqual({
      findings: {},
      overflowing: {},
    });
  });
});
