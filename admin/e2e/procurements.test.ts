import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditViews } from './axe.ts';
import { ADMIN, EDITOR, REGION_EDITOR, requireChromium, screenshots, signedIn, startProduct } from './harness.ts';

const ALARMS = 'Digitala trygghetslarm med gemensam larmmottagning';
const INNOVATION = 'Innovationsupphandling: sensorer som ser förändrade aktivitetsmönster';
const BORASREGIONEN = ['Bollebygd', 'Borås', 'Herrljunga', 'Mark', 'Svenljunga', 'Tranemo', 'Ulricehamn', 'Vårgårda'];
const NEEDS = ['Tillsyn nattetid som inte väcker den som sover', 'Läkemedel i rätt tid utan ett besök för varje dos'];
const today = () => new Date().toISOString().slice(0, 10);

const open = async (page: Page, url: string, title: string) => {
  await page.goto(`${url}/upphandlingar`);
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
};
const REGION = 'Västra Götalandsregionen';
const participantRow = (page: Page, name: string) =>
  page.getByRole('region', { name: 'Deltagande kommuner' }).getByRole('row', { name: new RegExp(`^${name}`) });
const regionRow = (page: Page, name: string) =>
  page.getByRole('region', { name: 'Deltagande regioner' }).getByRole('row', { name: new RegExp(`^${name}`) });

/** The conflict dialog a second saver of a participation meets: their volume and the saver's, side by side. */
async function conflictingVolumes(page: Page) {
  const dialog = page.getByRole('alertdialog');
  await expect
    .poll(() => dialog.getByRole('heading').textContent())
    .toBe('Någon annan har ändrat deltagandet sedan du öppnade den');
  return dialog
    .getByRole('row', { name: /Uppskattad volym/ })
    .getByRole('cell')
    .allTextContents();
}

/** Upphandlingar: a scoped editor's participation, and an admin's procurement from needs to OCDS. */
describe.skipIf(!requireChromium())('procurements in the admin', () => {
  let product: Awaited<ReturnType<typeof startProduct>>;
  let editor: Page;
  let admin: Page;
  let region: Page;
  let created = '';

  beforeAll(async () => {
    product = await startProduct();
    ({ page: editor } = await signedIn(product.browser, `${product.adminUrl}/`, EDITOR));
    ({ page: admin } = await signedIn(product.browser, `${product.adminUrl}/`, ADMIN));
    ({ page: region } = await signedIn(product.browser, `${product.adminUrl}/`, REGION_EDITOR));
  });
  afterAll(async () => {
    await product?.stop();
  });

  it('filters the list by stage and participant, in the URL', async () => {
    await editor.goto(`${product.adminUrl}/upphandlingar`);
    await editor.getByLabel('Skede').selectOption({ label: 'Marknadsdialog' });
    await expect.poll(() => new URL(editor.url()).search).toBe('?stage=market_dialogue');
    await expect.poll(() => editor.getByRole('rowheader').allTextContents()).toEqual([`${INNOVATION} Demo`]);
    await editor.getByLabel('Skede').selectOption({ label: 'Alla' });
    await editor.getByLabel('Deltagande kommun').selectOption({ label: 'Tranemo' });
    await expect.poll(() => editor.getByRole('rowheader').allTextContents()).toEqual([`${ALARMS} Demo`]);
  });

  it('searches the list by what a person types, typos and missing accents included, with q in the URL', async () => {
    await editor.goto(`${product.adminUrl}/upphandlingar`);
    const search = editor.getByRole('searchbox', { name: 'Sök upphandling' });
    await search.fill('trygghetlarm');
    await expect.poll(() => new URL(editor.url()).searchParams.get('q')).toBe('trygghetlarm');
    await expect.poll(() => editor.getByRole('rowheader').allTextContents()).toEqual([`${ALARMS} Demo`]);
    // The lead's name, written without å, ä, ö.
    await search.fill('goteborgsregionen');
    await expect.poll(() => editor.getByRole('rowheader').allTextContents()).toEqual([`${INNOVATION} Demo`]);
    await editor.reload();
    expect(await editor.getByRole('searchbox', { name: 'Sök upphandling' }).inputValue()).toBe('goteborgsregionen');
    await expect.poll(() => editor.getByRole('rowheader').allTextContents()).toEqual([`${INNOVATION} Demo`]);
    // Search and filter together: the innovation procurement is not in tender.
    await editor.getByLabel('Skede').selectOption({ label: 'Annonserad' });
    await expect.poll(() => new URL(editor.url()).searchParams.get('stage')).toBe('tender');
    await expect.poll(() => editor.getByText('Inga upphandlingar matchar.').count()).toBe(1);
    expect(new URL(editor.url()).searchParams.get('q')).toBe('goteborgsregionen');
  });

  it("moves Borås's participation in the trygghetslarm procurement from interested to fullmakt, dated", async () => {
    await open(editor, product.adminUrl, ALARMS);
    // Stages and fields are an admin's to change; the export is everyone's.
    expect(await editor.getByRole('group', { name: 'Nästa skede' }).count()).toBe(0);
    expect(await editor.getByRole('link', { name: 'Redigera' }).count()).toBe(0);
    expect(await editor.getByRole('button', { name: 'Ladda ner OCDS' }).count()).toBe(1);
    expect(await participantRow(editor, 'Borås').getByRole('cell').nth(1).textContent()).toBe('Intresserad');
    // Only the municipalities in scope can be changed: Göteborg takes no part here, and none outside has a button.
    await expect.poll(() => editor.getByRole('button', { name: /^Ändra deltagandet för / }).count()).toBe(8);
    await editor.getByRole('button', { name: 'Ändra deltagandet för Borås' }).click();
    const commitment = editor.getByLabel('Åtagande');
    await commitment.waitFor();
    // One step at a time: from interested, only fullmakt or withdrawing.
    expect(await commitment.locator('option').allTextContents()).toEqual(['Intresserad', 'Fullmakt', 'Avstår']);
    await commitment.selectOption({ label: 'Fullmakt' });
    await editor.getByRole('button', { name: 'Spara deltagandet' }).click();
    await expect.poll(() => editor.getByRole('status').textContent()).toBe('Deltagandet för Borås är sparat.');
    await expect
      .poll(() => participantRow(editor, 'Borås').getByRole('cell').allTextContents())
      .toEqual(['Deltagare', 'Fullmakt', `Intresserad 2026-03-15, Fullmakt ${today()}`, expect.any(String), 'Ändra']);
    await editor.screenshot({ path: `${screenshots}procurement-participants.png`, fullPage: true });
  });

  it('offers the editor only Boråsregionen municipalities when joining a procurement still open', async () => {
    await open(editor, product.adminUrl, INNOVATION);
    const join = editor.getByRole('form', { name: 'Anmäl en kommuns intresse' });
    await expect
      .poll(() => join.getByLabel('Kommun').locator('option:not([value=""])').allTextContents())
      .toEqual(BORASREGIONEN);
    await join.getByLabel('Kommun').selectOption({ label: 'Borås' });
    await join.getByLabel('Uppskattad volym').fill('300');
    await join.getByRole('button', { name: 'Anmäl intresse' }).click();
    await expect.poll(() => editor.getByRole('status').textContent()).toBe('Borås är anmäld som intresserad.');
    await expect
      .poll(() => participantRow(editor, 'Borås').getByRole('cell').allTextContents())
      .toEqual(['Deltagare', 'Intresserad', `Intresserad ${today()}`, '300', 'Ändra']);
  });

  it('shows the conflict dialog when someone changed a participant since it was opened', async () => {
    await open(editor, product.adminUrl, ALARMS);
    await open(admin, product.adminUrl, ALARMS);
    await editor.getByRole('button', { name: 'Ändra deltagandet för Herrljunga' }).click();
    await admin.getByRole('button', { name: 'Ändra deltagandet för Herrljunga' }).click();
    await admin.getByLabel('Uppskattad volym').last().fill('111');
    await admin.getByRole('button', { name: 'Spara deltagandet' }).click();
    await expect.poll(() => admin.getByRole('status').textContent()).toBe('Deltagandet för Herrljunga är sparat.');

    await editor.getByLabel('Uppskattad volym').last().fill('222');
    await editor.getByRole('button', { name: 'Spara deltagandet' }).click();
    expect(await conflictingVolumes(editor)).toEqual(['111', '222']);
    await editor.getByRole('alertdialog').getByRole('button', { name: 'Ta deras version' }).click();
    expect(await editor.getByLabel('Uppskattad volym').last().inputValue()).toBe('111');
  });

  it('shows the regions taking part beside the municipalities, and lets the region editor move the region to fullmakt', async () => {
    await open(region, product.adminUrl, INNOVATION);
    await expect
      .poll(() => regionRow(region, REGION).getByRole('cell').allTextContents())
      .toEqual(['Deltagare', 'Intresserad', 'Intresserad 2026-05-20', '–', 'Ändra']);
    // A region's editor acts for no municipality: none to change, none to sign up.
    expect(await region.getByRole('button', { name: /^Ändra deltagandet för / }).count()).toBe(1);
    expect(await region.getByRole('form', { name: 'Anmäl en kommuns intresse' }).count()).toBe(0);
    expect(await region.getByRole('form', { name: 'Anmäl en regions intresse' }).count()).toBe(0);
    await region.getByRole('button', { name: `Ändra deltagandet för ${REGION}` }).click();
    const commitment = region.getByLabel('Åtagande');
    await commitment.waitFor();
    expect(await commitment.locator('option').allTextContents()).toEqual(['Intresserad', 'Fullmakt', 'Avstår']);
    await commitment.selectOption({ label: 'Fullmakt' });
    await region
      .getByRole('group', { name: `Deltagandet för ${REGION}` })
      .getByLabel('Uppskattad volym')
      .fill('900');
    await region.getByRole('button', { name: 'Spara deltagandet' }).click();
    await expect.poll(() => region.getByRole('status').textContent()).toBe(`Deltagandet för ${REGION} är sparat.`);
    await expect
      .poll(() => regionRow(region, REGION).getByRole('cell').allTextContents())
      .toEqual(['Deltagare', 'Fullmakt', `Intresserad 2026-05-20, Fullmakt ${today()}`, '900', 'Ändra']);
    // From fullmakt the next step is avropsanmälan, or withdrawing.
    await region.getByRole('button', { name: `Ändra deltagandet för ${REGION}` }).click();
    await region.getByLabel('Åtagande').waitFor();
    expect(await region.getByLabel('Åtagande').locator('option').allTextContents()).toEqual([
      'Fullmakt',
      'Avropsanmälan',
      'Avstår',
    ]);
    await region.getByRole('button', { name: 'Avbryt' }).click();
  });

  it("shows the Borås editor the region's participation but offers them no region to change or sign up", async () => {
    await open(editor, product.adminUrl, INNOVATION);
    await expect.poll(() => regionRow(editor, REGION).count()).toBe(1);
    expect(await editor.getByRole('button', { name: `Ändra deltagandet för ${REGION}` }).count()).toBe(0);
    expect(await editor.getByRole('form', { name: 'Anmäl en regions intresse' }).count()).toBe(0);
  });

  it('lets an admin sign a region up with role and volume, and shows the conflict dialog on a region participant', async () => {
    await open(admin, product.adminUrl, INNOVATION);
    const join = admin.getByRole('form', { name: 'Anmäl en regions intresse' });
    const offered = await join.getByLabel('Region').locator('option:not([value=""])').allTextContents();
    expect(offered).toContain('Region Halland');
    expect(offered).not.toContain(REGION);
    await join.getByLabel('Region').selectOption({ label: 'Region Halland' });
    await join.getByLabel('Roll').selectOption({ label: 'Referensgrupp' });
    await join.getByLabel('Uppskattad volym').fill('50');
    await join.getByRole('button', { name: 'Anmäl intresse' }).click();
    await expect.poll(() => admin.getByRole('status').textContent()).toBe('Region Halland är anmäld som intresserad.');
    await expect
      .poll(() => regionRow(admin, 'Region Halland').getByRole('cell').allTextContents())
      .toEqual(['Referensgrupp', 'Intresserad', `Intresserad ${today()}`, '50', 'Ändra']);

    await open(region, product.adminUrl, INNOVATION);
    await region.getByRole('button', { name: `Ändra deltagandet för ${REGION}` }).click();
    await admin.getByRole('button', { name: `Ändra deltagandet för ${REGION}` }).click();
    const volume = (page: Page) =>
      page.getByRole('group', { name: `Deltagandet för ${REGION}` }).getByLabel('Uppskattad volym');
    await volume(admin).fill('111');
    await admin.getByRole('button', { name: 'Spara deltagandet' }).click();
    await expect.poll(() => admin.getByRole('status').textContent()).toBe(`Deltagandet för ${REGION} är sparat.`);
    await volume(region).fill('222');
    await region.getByRole('button', { name: 'Spara deltagandet' }).click();
    expect(await conflictingVolumes(region)).toEqual(['111', '222']);
    await region.getByRole('alertdialog').getByRole('button', { name: 'Spara min över deras' }).click();
    await expect.poll(() => region.getByRole('status').textContent()).toBe(`Deltagandet för ${REGION} är sparat.`);
    await expect.poll(() => regionRow(region, REGION).getByRole('cell').nth(3).textContent()).toBe('222');
  });

  it('lets an admin create a collaboration from two needs, move it to tender (the needs follow) and download its OCDS', async () => {
    await admin.goto(`${product.adminUrl}/upphandlingar`);
    await admin.getByRole('link', { name: 'Ny upphandling' }).click();
    await admin.getByLabel('Diarienummer').fill('BR-2027-NT');
    await admin.getByLabel('Rubrik', { exact: true }).fill('Digital nattillsyn i Sjuhärad');
    await admin.getByLabel('Samordnare').selectOption({ label: 'Boråsregionen Sjuhärads kommunalförbund' });
    await admin.getByLabel('Typ av samverkan').selectOption({ label: 'Tillfällig samverkan' });
    await admin.getByLabel('Förfarande').selectOption({ label: 'Öppet förfarande' });
    await admin.getByLabel('CPV-koder').fill('85311000-2');
    await admin.getByLabel('Behov som upphandlingen tar sig an').selectOption(NEEDS.map((label) => ({ label })));
    await admin.getByLabel('Uppskattat värde (kr)', { exact: true }).fill('4000000');
    await admin.getByRole('button', { name: 'Lägg till delområde' }).click();
    await admin.getByRole('group', { name: 'Delområde 1' }).getByLabel('Nummer').fill('1');
    await admin.getByRole('group', { name: 'Delområde 1' }).getByLabel('Rubrik').fill('Kameror och sensorer');
    await admin.getByRole('button', { name: 'Spara' }).click();
    await expect
      .poll(() => admin.getByRole('status').textContent())
      .toBe('Upphandlingen är skapad i skedet planering.');
    created = new URL(admin.url()).pathname.split('/').pop() ?? '';
    expect((await admin.locator('#needs-heading + ul li').allTextContents()).sort()).toEqual(
      NEEDS.map((title) => `${title} (Publicerat)`).sort(),
    );

    const steps = admin.getByRole('group', { name: 'Nästa skede' });
    expect(await steps.getByRole('button').allTextContents()).toEqual([
      'Till behovsanalys',
      'Till marknadsdialog',
      'Till annonserad',
      'Avbryt upphandlingen',
      'Ta bort',
    ]);
    await steps.getByRole('button', { name: 'Till annonserad' }).click();
    await expect.poll(() => admin.getByRole('status').textContent()).toBe('Skede: Annonserad');
    await expect
      .poll(async () => (await admin.locator('#needs-heading + ul li').allTextContents()).sort())
      .toEqual(NEEDS.map((title) => `${title} (Upphandlas)`).sort());
    const stages = admin.getByRole('region', { name: 'Skeden med datum' });
    expect(await stages.getByRole('cell').allTextContents()).toEqual(['–', 'Planering', 'Planering', 'Annonserad']);

    const download = admin.waitForEvent('download');
    await admin.getByRole('button', { name: 'Ladda ner OCDS' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('BR-2027-NT-ocds.json');
    const text = await (await file.createReadStream()).toArray();
    const release = JSON.parse(Buffer.concat(text).toString('utf8'));
    expect(release.releases[0].tender.status).toBe('active');
    expect(release.releases[0].tender.title).toBe('Digital nattillsyn i Sjuhärad');
    expect(release.releases[0].tender.lots.map((lot: { title: string }) => lot.title)).toEqual([
      'Kameror och sensorer',
    ]);
    await admin.screenshot({ path: `${screenshots}procurement-tender.png`, fullPage: true });
  });

  it('lets an admin edit every section and shows what was saved', async () => {
    await admin.goto(`${product.adminUrl}/upphandlingar/${created}/redigera`);
    await admin.getByLabel('Anbudstiden börjar').fill('2027-02-01');
    await admin.getByLabel('Anbudstiden slutar').fill('2027-03-15');
    await admin.getByRole('button', { name: 'Lägg till dokument' }).click();
    const document = admin.getByRole('group', { name: 'Dokument 1' });
    await document.getByLabel('Titel').fill('Annons');
    await document.getByLabel('Adress (URL)').fill('https://example.org/annons');
    await document.getByLabel('Typ (OCDS documentType)').fill('tenderNotice');
    await admin.getByRole('button', { name: 'Lägg till leverantör' }).click();
    const supplier = admin.getByRole('group', { name: 'Leverantör 1' });
    await supplier.getByLabel('Leverantör').fill('Exempel Omsorg AB');
    await supplier.getByLabel('Delområde').selectOption({ label: '1 Kameror och sensorer' });
    await admin.getByRole('button', { name: 'Spara' }).click();
    await expect.poll(() => admin.getByRole('status').textContent()).toBe('Ändringarna är sparade.');
    const lots = admin.getByRole('region', { name: 'Delområden' });
    expect(await lots.getByRole('cell').allTextContents()).toEqual([
      'Kameror och sensorer',
      '–',
      '1. Exempel Omsorg AB',
    ]);
    expect(await admin.getByRole('link', { name: 'Annons' }).getAttribute('href')).toBe('https://example.org/annons');
  });

  it('has no critical or serious axe finding and no sideways scroll in any procurement view', {
    timeout: 180_000,
  }, async () => {
    const alarms = (await (await fetch(`${product.apiUrl}/v1/procurements?stage=tender&limit=5`)).json()).items[0].id;
    const innovation = (await (await fetch(`${product.apiUrl}/v1/procurements?stage=market_dialogue`)).json()).items[0]
      .id;
    const views = [
      '/upphandlingar',
      '/upphandlingar?stage=tender',
      '/upphandlingar?q=trygghetslarm',
      '/upphandlingar/ny',
      `/upphandlingar/${alarms}`,
      `/upphandlingar/${innovation}`,
      `/upphandlingar/${created}/redigera`,
    ];
    const result = await auditViews(admin, product.adminUrl, views);
    expect(result).toEqual({ findings: {}, overflowing: {} });
    const asEditor = await auditViews(editor, product.adminUrl, [`/upphandlingar/${alarms}`]);
    expect(asEditor).toEqual({ findings: {}, overflowing: {} });
    const asRegion = await auditViews(region, product.adminUrl, [`/upphandlingar/${innovation}`]);
    expect(asRegion).toEqual({ findings: {}, overflowing: {} });
  });
});
