import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditViews } from './axe.ts';
import { ADMIN, EDITOR, requireChromium, screenshots, signedIn, startProduct } from './harness.ts';

const BORASREGIONEN = ['Bollebygd', 'Borås', 'Herrljunga', 'Mark', 'Svenljunga', 'Tranemo', 'Ulricehamn', 'Vårgårda'];
const GOTEBORG_NEED = 'Mindre ensamhet för äldre som bor hemma';

/** The options of a select, by its label, without the "choose" placeholder. */
const optionsOf = (within: Pick<Page, 'getByLabel'>, label: string | RegExp) =>
  within.getByLabel(label).locator('option:not([value=""])').allTextContents();

/** Behov as a Boråsregionen editor and an admin meet them: publish, join, leave, and no lost edits. */
describe.skipIf(!requireChromium())('needs in the admin', () => {
  let product: Awaited<ReturnType<typeof startProduct>>;
  let editor: Page;
  let admin: Page;
  let created: string;

  beforeAll(async () => {
    product = await startProduct();
    ({ page: editor } = await signedIn(product.browser, `${product.adminUrl}/behov`, EDITOR));
    ({ page: admin } = await signedIn(product.browser, `${product.adminUrl}/behov`, ADMIN));
  });
  afterAll(async () => {
    await product?.stop();
  });

  it('searches and filters the list, keeping both in the URL', async () => {
    await editor.goto(`${product.adminUrl}/behov`);
    await editor.getByLabel('Status').selectOption({ label: 'I dialog' });
    await expect.poll(() => new URL(editor.url()).search).toBe('?status=in_dialogue');
    await expect.poll(() => editor.locator('.summary').textContent()).toBe('1 behov');
    expect(await editor.getByRole('rowheader').textContent()).toBe(
      'Trygg utevistelse för personer med demenssjukdom Demo',
    );
    await editor.getByLabel('Status').selectOption({ label: 'Alla' });
    await editor.getByLabel('Sök behov').fill('nattetid');
    await expect.poll(() => new URL(editor.url()).searchParams.get('q')).toBe('nattetid');
    await expect
      .poll(() => editor.getByRole('rowheader').first().textContent())
      .toBe('Tillsyn nattetid som inte väcker den som sover Demo');
    await editor.reload();
    expect(await editor.getByLabel('Sök behov').inputValue()).toBe('nattetid');
  });

  it('lets the editor state a need for Borås, offered only owners in Boråsregionen, and publish it', async () => {
    await editor.getByRole('link', { name: 'Nytt behov' }).click();
    await editor.getByLabel('Ägare').waitFor();
    const owners = await optionsOf(editor, 'Ägare');
    expect(owners).toEqual(['Boråsregionen Sjuhärads kommunalförbund', ...BORASREGIONEN]);
    await editor.getByLabel('Ägare').selectOption({ label: 'Borås' });
    await editor.getByLabel('Rubrik').fill('Trygg hemgång efter sjukhusvistelse');
    await editor
      .getByLabel('Problembeskrivning')
      .fill('Äldre som skrivs ut på kvällen är otrygga första natten hemma.');
    await editor.getByLabel('Uppskattad volym').fill('60');
    await editor.getByRole('button', { name: 'Spara' }).click();
    await expect.poll(() => editor.getByRole('status').textContent()).toBe('Behovet är sparat som utkast.');
    expect(await editor.getByRole('heading', { level: 1 }).textContent()).toBe('Trygg hemgång efter sjukhusvistelse');
    created = new URL(editor.url()).pathname.split('/').pop() ?? '';

    await editor.getByRole('button', { name: 'Publicera' }).click();
    await expect.poll(() => editor.getByRole('status').textContent()).toBe('Status: Publicerat');
    const steps = editor.getByRole('group', { name: 'Nästa steg' }).getByRole('button');
    expect(await steps.allTextContents()).toEqual([
      'Markera: i dialog',
      'Markera: upphandlas',
      'Markera som löst',
      'Återkalla',
    ]);
    await editor.screenshot({ path: `${screenshots}need-published.png`, fullPage: true });
  });

  it("lets the editor join Göteborg's need for Borås with a volume, offered only Boråsregionen, and leave it again", async () => {
    await editor.goto(`${product.adminUrl}/behov?q=ensamhet`);
    await editor.getByRole('link', { name: GOTEBORG_NEED }).click();
    await editor.getByRole('heading', { level: 1, name: GOTEBORG_NEED }).waitFor();
    const before = await editor.locator('.summary').first().textContent();
    const join = editor.getByRole('form', { name: 'Anslut en kommun' });
    await expect.poll(() => optionsOf(join, 'Kommun')).toEqual(BORASREGIONEN);
    await join.getByLabel('Kommun').selectOption({ label: 'Borås' });
    await join.getByLabel('Uppskattad volym').fill('75');
    await join.getByRole('button', { name: 'Vi har också detta behov' }).click();
    await expect.poll(() => editor.getByRole('status').textContent()).toBe('Borås har anslutit sig till behovet.');
    const row = editor.getByRole('row', { name: /^Borås/ });
    expect(await row.getByRole('cell').first().textContent()).toBe('75');
    const pooled = (text: string | null) =>
      Number(/Samlad volym ([\d\s ]+) hos/.exec(text ?? '')?.[1]?.replace(/\D/g, ''));
    const after = await editor.locator('.summary').first().textContent();
    expect(pooled(after) - pooled(before)).toBe(75);
    // Another municipality's need is not the editor's to edit or move, nor its supplier interest to see.
    expect(await editor.getByRole('link', { name: 'Redigera' }).count()).toBe(0);
    expect(await editor.getByRole('button', { name: 'Återkalla' }).count()).toBe(0);
    expect(await editor.getByRole('heading', { name: 'Leverantörers intresse' }).count()).toBe(0);

    await editor.getByRole('button', { name: 'Lämna behovet för Borås' }).click();
    await editor.getByRole('alertdialog').getByRole('button', { name: 'Lämna behovet' }).click();
    await expect.poll(() => editor.getByRole('status').textContent()).toBe('Borås har lämnat behovet.');
    expect(pooled(await editor.locator('.summary').first().textContent())).toBe(pooled(before));
  });

  it("shows supplier interest to the need's owners and admins", async () => {
    await editor.goto(`${product.adminUrl}/behov/${created}`);
    await editor.getByRole('heading', { name: 'Leverantörers intresse' }).waitFor();
    await expect.poll(() => editor.getByText('Ingen leverantör har anmält intresse ännu.').count()).toBe(1);
    await admin.goto(`${product.adminUrl}/behov/${created}`);
    await admin.getByRole('heading', { name: 'Leverantörers intresse' }).waitFor();
  });

  it('shows the second saver of a need both versions, and saving theirs over keeps nothing unseen', async () => {
    const edit = `${product.adminUrl}/behov/${created}/redigera`;
    await editor.goto(edit);
    await admin.goto(edit);
    await admin.getByLabel('Verksamhetsområde').fill('Hemtjänst');
    await admin.getByRole('button', { name: 'Spara' }).click();
    await expect.poll(() => admin.getByRole('status').textContent()).toBe('Ändringarna är sparade.');

    await editor.getByLabel('Verksamhetsområde').fill('Hemsjukvård');
    await editor.getByRole('button', { name: 'Spara' }).click();
    const dialog = editor.getByRole('alertdialog');
    await expect
      .poll(() => dialog.getByRole('heading').textContent())
      .toBe('Någon annan har ändrat behovet sedan du öppnade den');
    expect(
      await dialog
        .getByRole('row', { name: /Verksamhetsområde/ })
        .getByRole('cell')
        .allTextContents(),
    ).toEqual(['Hemtjänst', 'Hemsjukvård']);
    await dialog.getByRole('button', { name: 'Spara min över deras' }).click();
    await expect.poll(() => editor.getByRole('status').textContent()).toBe('Ändringarna är sparade.');
    expect(await editor.getByText('Hemsjukvård').count()).toBe(1);
  });

  it('has no critical or serious axe finding and no sideways scroll in any need view', {
    timeout: 180_000,
  }, async () => {
    const views = [
      '/behov',
      '/behov?status=published&sort=-pooledVolume',
      '/behov/nytt',
      `/behov/${created}`,
      `/behov/${created}/redigera`,
    ];
    const result = await auditViews(editor, product.adminUrl, views);
    expect(result).toEqual({ findings: {}, overflowing: {} });
  });
});
