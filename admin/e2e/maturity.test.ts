import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, EDITOR, requireChromium, screenshots, signedIn, startProduct } from './harness.ts';

const BORASREGIONEN = ['Bollebygd', 'Borås', 'Herrljunga', 'Mark', 'Svenljunga', 'Tranemo', 'Ulricehamn', 'Vårgårda'];
const DIMENSIONS = [
  'Strategi',
  'Organisation',
  'Kompetens',
  'Infrastruktur',
  'Juridik, etik och säkerhet',
  'Brukarnas kompetens',
  'Upphandling och marknad',
  'Uppföljning',
];
const YEAR = new Date().getFullYear();

describe.skipIf(!requireChromium())('Mognad: a Boråsregionen editor assesses Borås', () => {
  let product: Awaited<ReturnType<typeof startProduct>>;
  let editor: { context: BrowserContext; page: Page };
  let admin: { context: BrowserContext; page: Page };
  const dimension = (page: Page, name: string) => page.getByRole('group', { name, exact: true });
  const assessment = async () => (await fetch(`${product.apiUrl}/v1/municipalities/1490/maturity/${YEAR}`)).json();

  beforeAll(async () => {
    product = await startProduct();
    editor = await signedIn(product.browser, `${product.adminUrl}/`, EDITOR);
    admin = await signedIn(product.browser, `${product.adminUrl}/`, ADMIN);
  });
  afterAll(async () => {
    await product?.stop();
  });

  it('fills in Borås’s maturity for this year, choosing only among Boråsregionen’s members', async () => {
    const { page } = editor;
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Mognad' }).click();
    await page.getByRole('link', { name: 'Fyll i en kommuns bedömning' }).click();
    const municipality = page.getByRole('combobox', { name: 'Kommun' });
    await expect
      .poll(() => municipality.locator('option').allTextContents())
      .toEqual(['Välj en kommun', ...BORASREGIONEN]);
    await municipality.selectOption({ label: 'Borås' });
    expect(await page.getByRole('spinbutton', { name: 'År' }).inputValue()).toBe(String(YEAR));
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe(`Mognadsbedömning: Borås ${YEAR}`);
    expect(page.url()).toContain('municipality=1490');
    const groups = page.getByRole('form', { name: /^Mognadsbedömning/ }).getByRole('group');
    await expect
      .poll(() => groups.evaluateAll((all) => all.map((g) => g.querySelector('legend')?.textContent)))
      .toEqual(DIMENSIONS);
    for (const [index, name] of DIMENSIONS.entries()) {
      const group = dimension(page, name);
      await group.getByRole('combobox', { name: 'Nivå' }).selectOption({ value: String((index % 5) + 1) });
      await group.getByLabel('Underlag').fill(`Underlag för ${name.toLowerCase()}.`);
    }
    await page.getByRole('button', { name: 'Spara' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Bedömningen är sparad.');
    const saved = await assessment();
    expect(saved.demo).toBe(false);
    expect(saved.dimensions.strategy).toEqual({ level: 1, evidence: 'Underlag för strategi.' });
    expect(saved.dimensions.follow_up).toEqual({ level: 3, evidence: 'Underlag för uppföljning.' });
    expect(Object.keys(saved.dimensions)).toHaveLength(8);
    await page.screenshot({ path: `${screenshots}maturity-form.png`, fullPage: true });

    // The association's comparison shows Borås's new levels.
    await page.getByRole('link', { name: 'Jämför förbundets medlemmar' }).click();
    const boras = page.getByRole('table', { name: /^Mognad per kommun/ }).getByRole('row', { name: /^Borås/ });
    await expect
      .poll(() => boras.getByRole('cell').allTextContents())
      .toEqual(['1', '2', '3', '4', '5', '1', '2', '3']);
  });

  it('asks before a change is lost to another municipality, and keeps it when asked to stay', async () => {
    const { page } = editor;
    await page.goto(`${product.adminUrl}/mognad/bedomning?municipality=1490&year=${YEAR}`);
    const level = dimension(page, 'Strategi').getByRole('combobox', { name: 'Nivå' });
    await expect.poll(() => level.inputValue()).toBe('1');
    await level.selectOption({ value: '4' });
    await page.getByRole('combobox', { name: 'Kommun' }).selectOption({ label: 'Mark' });
    const dialog = page.getByRole('alertdialog');
    await expect.poll(() => dialog.getByRole('heading').textContent()).toBe('Osparade ändringar');
    await dialog.getByRole('button', { name: 'Stanna kvar' }).click();
    expect(await level.inputValue()).toBe('4');
    expect(page.url()).toContain('municipality=1490');
  });

  it('shows a colleague’s assessment saved meanwhile beside the editor’s, and takes theirs when asked', async () => {
    await admin.page.goto(`${product.adminUrl}/mognad/bedomning?municipality=1490&year=${YEAR}`);
    const theirs = dimension(admin.page, 'Strategi').getByRole('combobox', { name: 'Nivå' });
    await expect.poll(() => theirs.inputValue()).toBe('1');
    await theirs.selectOption({ value: '2' });
    await admin.page.getByRole('button', { name: 'Spara' }).click();
    await expect.poll(() => admin.page.getByRole('status').textContent()).toBe('Bedömningen är sparad.');

    // The editor still has level 4 typed in, on the version opened before.
    await editor.page.getByRole('button', { name: 'Spara' }).click();
    const dialog = editor.page.getByRole('alertdialog');
    await expect
      .poll(() => dialog.getByRole('heading').textContent())
      .toBe('Någon annan har ändrat bedömningen sedan du öppnade den');
    expect(
      await dialog
        .getByRole('row', { name: /Strategi – nivå/ })
        .getByRole('cell')
        .allTextContents(),
    ).toEqual(['2', '4']);
    await dialog.getByRole('button', { name: 'Ta deras version' }).click();
    expect(await dimension(editor.page, 'Strategi').getByRole('combobox', { name: 'Nivå' }).inputValue()).toBe('2');
    expect((await assessment()).dimensions.strategy.level).toBe(2);
  });
});

describe.skipIf(!requireChromium())('Mognad: an admin compares an association’s members', () => {
  let product: Awaited<ReturnType<typeof startProduct>>;
  let page: Page;

  beforeAll(async () => {
    product = await startProduct();
    ({ page } = await signedIn(product.browser, `${product.adminUrl}/`, ADMIN));
  });
  afterAll(async () => {
    await product?.stop();
  });

  it('shows the demo assessments as a chart whose text says what the table says', async () => {
    await page.getByRole('link', { name: 'Mognad' }).click();
    await page
      .getByRole('combobox', { name: 'Förbund' })
      .selectOption({ label: 'Boråsregionen Sjuhärads kommunalförbund' });
    await page.getByRole('spinbutton', { name: 'År' }).fill('2026');
    const chart = page.getByRole('img', { name: /^Mognad i Boråsregionen Sjuhärads kommunalförbund 2026/ });
    await chart.waitFor();
    expect(page.url()).toContain('association=borasregionen');
    expect(await page.locator('.summary').textContent()).toBe('8 av 8 medlemmar har bedömt sin mognad 2026.');
    expect(await page.locator('.demo-notice').count()).toBe(1);

    const table = page.getByRole('table', { name: /^Mognad per kommun och dimension/ });
    expect(await table.locator('thead th').allTextContents()).toEqual(['Kommun', ...DIMENSIONS]);
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((all) => all.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')));
    expect(rows).toHaveLength(8);
    const median = await table.locator('tfoot td').allTextContents();
    const api = await (await fetch(`${product.apiUrl}/v1/maturity?association=borasregionen&year=2026`)).json();
    expect(median).toEqual(Object.values(api.median).map((value) => String(value).replace('.', ',')));

    // The chart in words: per dimension the median and how many members are at each level.
    const lines = await page.locator('.chart-text li').allTextContents();
    expect(lines).toHaveLength(8);
    for (const [index, name] of DIMENSIONS.entries()) {
      const counts = new Map<string, number>();
      for (const row of rows) counts.set(row[index] ?? '', (counts.get(row[index] ?? '') ?? 0) + 1);
      const levels = [...counts.entries()]
        .sort(([a], [b]) => Number(a) - Number(b))
        .map(([level, count]) => `nivå ${level}: ${count}`)
        .join(', ');
      expect(lines[index]).toBe(`${name}: median ${median[index]}; ${levels}.`);
    }
    // One dot per member and dimension, one median bar per dimension.
    expect(await chart.locator('circle').count()).toBe(8 * 8);
    expect(await chart.locator('rect.median').count()).toBe(8);
    await page.screenshot({ path: `${screenshots}maturity-chart.png`, fullPage: true });
  });
});
