import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, EDITOR, signedIn as person, requireChromium, screenshots, startProduct } from './harness.ts';

/** No lost edits, visibly: two people on one technology, and leaving a form with unsaved changes. */
describe.skipIf(!requireChromium())('two people editing one technology', () => {
  let product: Awaited<ReturnType<typeof startProduct>>;
  let anna: { context: BrowserContext; page: Page };
  let bertil: { context: BrowserContext; page: Page };
  const edit = (page: Page) => page.goto(`${product.adminUrl}/teknologier/digitala-trygghetslarm/redigera`);
  const summary = (page: Page) => page.getByLabel('Sammanfattning', { exact: true });

  beforeAll(async () => {
    product = await startProduct();
    anna = await person(product.browser, `${product.adminUrl}/`, ADMIN);
    bertil = await person(product.browser, `${product.adminUrl}/`, ADMIN);
  });
  afterAll(async () => {
    await product?.stop();
  });

  it('shows the second saver their version beside the other, and "take theirs" loses nothing saved', async () => {
    await edit(anna.page);
    await edit(bertil.page);
    await summary(anna.page).fill('Annas sammanfattning.');
    await anna.page.getByRole('button', { name: 'Spara' }).click();
    await expect.poll(() => anna.page.getByRole('status').textContent()).toBe('Ändringarna är sparade.');

    await summary(bertil.page).fill('Bertils sammanfattning.');
    await bertil.page.getByRole('button', { name: 'Spara' }).click();
    const dialog = bertil.page.getByRole('alertdialog');
    await expect
      .poll(() => dialog.getByRole('heading').textContent())
      .toBe('Någon annan har ändrat teknologin sedan du öppnade den');
    const row = dialog.getByRole('row', { name: /Sammanfattning/ });
    expect(await row.getByRole('cell').allTextContents()).toEqual(['Annas sammanfattning.', 'Bertils sammanfattning.']);
    await bertil.page.screenshot({ path: `${screenshots}conflict.png` });

    await dialog.getByRole('button', { name: 'Fortsätt redigera' }).click();
    expect(await summary(bertil.page).inputValue()).toBe('Bertils sammanfattning.');
    // Saving again still meets the other version: nothing is overwritten unseen.
    await bertil.page.getByRole('button', { name: 'Spara' }).click();
    await expect.poll(() => dialog.count()).toBe(1);
    await dialog.getByRole('button', { name: 'Ta deras version' }).click();
    expect(await summary(bertil.page).inputValue()).toBe('Annas sammanfattning.');
  });

  it('lets the second saver save theirs over, with the new version, after seeing the other', async () => {
    await edit(anna.page);
    await summary(anna.page).fill('Annas andra sammanfattning.');
    await anna.page.getByRole('button', { name: 'Spara' }).click();
    await expect.poll(() => anna.page.getByRole('heading', { level: 1 }).textContent()).toBe('Digitala trygghetslarm');

    await summary(bertil.page).fill('Bertils slutliga sammanfattning.');
    await bertil.page.getByRole('button', { name: 'Spara' }).click();
    const dialog = bertil.page.getByRole('alertdialog');
    await expect
      .poll(() =>
        dialog
          .getByRole('row', { name: /Sammanfattning/ })
          .getByRole('cell')
          .allTextContents(),
      )
      .toEqual(['Annas andra sammanfattning.', 'Bertils slutliga sammanfattning.']);
    await dialog.getByRole('button', { name: 'Spara min över deras' }).click();
    await expect.poll(() => bertil.page.getByRole('status').textContent()).toBe('Ändringarna är sparade.');
    const saved = await (await fetch(`${product.apiUrl}/v1/technologies/digitala-trygghetslarm`)).json();
    expect(saved.summary).toBe('Bertils slutliga sammanfattning.');
    // Anna's change is not lost either: it is in the technology's history.
    await anna.page.reload();
    const history = anna.page.getByRole('region', { name: 'Historik' });
    await expect.poll(() => history.locator('summary').count()).toBe(3);
  });

  it('asks before leaving a form with unsaved changes, and stays when asked to', async () => {
    await edit(anna.page);
    await summary(anna.page).fill('Inte sparad.');
    await anna.page.getByRole('link', { name: 'Kategorier', exact: true }).click();
    const dialog = anna.page.getByRole('alertdialog');
    await expect.poll(() => dialog.getByRole('heading').textContent()).toBe('Osparade ändringar');
    await dialog.getByRole('button', { name: 'Stanna kvar' }).click();
    expect(await summary(anna.page).inputValue()).toBe('Inte sparad.');
    await anna.page.getByRole('link', { name: 'Kategorier', exact: true }).click();
    await dialog.getByRole('button', { name: 'Lämna sidan' }).click();
    await expect.poll(() => anna.page.getByRole('heading', { level: 1 }).textContent()).toBe('Kategorier');
  });

  it('refuses to delete a category in use, with the reason', async () => {
    await anna.page.goto(`${product.adminUrl}/kategorier`);
    await anna.page.getByRole('link', { name: 'Trygghet och tillsyn' }).click();
    await anna.page.getByRole('button', { name: 'Ta bort' }).click();
    const dialog = anna.page.getByRole('alertdialog');
    await dialog.getByRole('button', { name: 'Ta bort' }).click();
    await expect
      .poll(() => dialog.getByRole('alert').textContent())
      .toMatch(/^Kategorin kan inte tas bort så länge den används/);
  });
});

describe.skipIf(!requireChromium())('an editor scoped to Boråsregionen', () => {
  let product: Awaited<ReturnType<typeof startProduct>>;
  let page: Page;

  beforeAll(async () => {
    product = await startProduct();
    ({ page } = await person(product.browser, `${product.adminUrl}/`, EDITOR));
  });
  afterAll(async () => {
    await product?.stop();
  });

  it('sees their scope by name and only the places they may change something in', async () => {
    await expect.poll(() => page.getByText('Redaktör för Boråsregionen Sjuhärads kommunalförbund').count()).toBe(1);
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Översikt',
      'Kommuner',
      'Förbund',
      'Införande',
      'Mognad',
      'Behov',
      'Upphandlingar',
      'Driftmodeller',
    ]);
  });

  it('changes the contact details of Borås, in scope', async () => {
    await page.goto(`${product.adminUrl}/kommuner/1490`);
    await page.getByLabel('Kontaktadress (e-post)', { exact: true }).fill('valfardsteknik@boras.se');
    await page.getByRole('button', { name: 'Spara' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Kontaktuppgifterna är sparade.');
    const boras = await (await fetch(`${product.apiUrl}/v1/municipalities/1490`)).json();
    expect(boras.contactEmail).toBe('valfardsteknik@boras.se');
  });

  it('reads Göteborg but has no form to change it', async () => {
    await page.goto(`${product.adminUrl}/kommuner/1480`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Göteborg');
    expect(await page.getByRole('button', { name: 'Spara' }).count()).toBe(0);
    expect(await page.getByText(/Kontaktuppgifterna ändras av en administratör/).count()).toBe(1);
  });

  it('is told in Swedish when a view is for admins only', async () => {
    await page.goto(`${product.adminUrl}/anvandare`);
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Du har inte behörighet att göra det här.');
  });
});
