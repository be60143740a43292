import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditViews } from './axe.ts';
import { barCounts, tableCounts } from './consultation.ts';
import { ADMIN, EDITOR, GOTLAND_EDITOR, REGION_EDITOR, requireChromium, signedIn, startProduct } from './harness.ts';

const REGION = 'Västra Götalandsregionen';
const BODIES = 'Regioner och andra offentliga aktörer';
const HOST_MODEL = 'Värdkommun för gemensam larmcentral';
const GOTEBORG_NEED = 'Mindre ensamhet för äldre som bor hemma';
const INNOVATION = 'Innovationsupphandling: sensorer som ser förändrade aktivitetsmönster';
const GOTLAND = 'Region Gotland';
const today = () => new Date().toISOString().slice(0, 10);

const openModel = async (page: Page, url: string, name: string) => {
  await page.goto(`${url}/driftmodeller`);
  await page.getByRole('link', { name }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
};

/** The public bodies' counts, from the chart's text alternative and from their table. */
async function bodyCounts(page: Page) {
  const chart = await barCounts(page, BODIES);
  return { chart, table: await tableCounts(page.getByRole('table', { name: `${BODIES} (${chart.total})` })) };
}

/** Public bodies in the admin: a region's editor answers a consultation and shares a need; a Borås editor is never offered the region. */
describe.skipIf(!requireChromium())('public bodies in the admin', () => {
  let product: Awaited<ReturnType<typeof startProduct>>;
  let region: Page;
  let editor: Page;
  let admin: Page;
  let gotland: Page;
  let sharedNeed = '';

  beforeAll(async () => {
    product = await startProduct();
    ({ page: region } = await signedIn(product.browser, `${product.adminUrl}/`, REGION_EDITOR));
    ({ page: editor } = await signedIn(product.browser, `${product.adminUrl}/`, EDITOR));
    ({ page: admin } = await signedIn(product.browser, `${product.adminUrl}/`, ADMIN));
    ({ page: gotland } = await signedIn(product.browser, `${product.adminUrl}/`, GOTLAND_EDITOR));
  });
  afterAll(async () => {
    await product?.stop();
  });

  it("shows the public bodies' group in the chart's text alternative and in its table, with those not answered", async () => {
    await openModel(editor, product.adminUrl, 'Gemensamt ägt bolag');
    const counts = await bodyCounts(editor);
    expect(counts.chart).toEqual(counts.table);
    expect(counts.table).toEqual({ total: 3, supports: 1, reservations: 0, rejects: 0, none: 2 });
    const table = editor.getByRole('table', { name: `${BODIES} (3)` });
    expect(
      await table
        .getByRole('row', { name: new RegExp(`^${REGION}`) })
        .getByRole('cell')
        .first()
        .textContent(),
    ).toBe('Inget svar');
  });

  it('lets the region editor answer the open consultation for the region, offered only the region', async () => {
    await openModel(region, product.adminUrl, HOST_MODEL);
    const form = region.getByRole('form', { name: 'Svara på remissen' });
    await expect
      .poll(() => form.getByLabel('Svarar för').locator('option:not([value=""])').allTextContents())
      .toEqual([REGION]);
    await form.getByLabel('Svarar för').selectOption({ label: REGION });
    await form.getByLabel('Ställningstagande').selectOption({ label: 'Avstyrker' });
    await form.getByLabel('Kommentar').fill('Gränsytan mot primärvården är inte beskriven.');
    await form.getByRole('button', { name: 'Skicka svar' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toBe(`Svaret för ${REGION} är sparat.`);
    const row = region
      .getByRole('table', { name: `${BODIES} (3)` })
      .getByRole('row', { name: new RegExp(`^${REGION}`) });
    await expect
      .poll(() => row.getByRole('cell').allTextContents())
      .toEqual(['Avstyrker', 'Gränsytan mot primärvården är inte beskriven.', today(), 'Aktören']);
    const counts = await bodyCounts(region);
    expect(counts.chart).toEqual(counts.table);
    expect(counts.table.rejects).toBe(1);
  });

  it('never offers the Borås editor the region: the answer form names municipalities only', async () => {
    await openModel(editor, product.adminUrl, HOST_MODEL);
    const form = editor.getByRole('form', { name: 'Svara på remissen' });
    const offered = form.getByLabel('Kommun', { exact: true }).locator('option:not([value=""])');
    await expect.poll(() => offered.allTextContents()).toContain('Borås');
    expect(await offered.allTextContents()).not.toContain(REGION);
    expect(await form.getByLabel('Svarar för').count()).toBe(0);
    // Nor may they join a need for the region.
    await editor.goto(`${product.adminUrl}/behov?q=ensamhet`);
    await editor.getByRole('link', { name: GOTEBORG_NEED }).click();
    await editor.getByRole('heading', { level: 1, name: GOTEBORG_NEED }).waitFor();
    expect(await editor.getByRole('form', { name: 'Anslut en region' }).count()).toBe(0);
  });

  it('lets the region editor co-own a need as the region with a volume, and leave it again', async () => {
    await region.goto(`${product.adminUrl}/behov?q=ensamhet`);
    await region.getByRole('link', { name: GOTEBORG_NEED }).click();
    await region.getByRole('heading', { level: 1, name: GOTEBORG_NEED }).waitFor();
    sharedNeed = new URL(region.url()).pathname;
    const section = region.getByRole('region', { name: 'Regioner som också har behovet' });
    await expect.poll(() => section.getByText('Ingen region har anslutit sig ännu.').count()).toBe(1);
    // A region's editor acts for no municipality, and the hint says so for the region.
    expect(await region.getByRole('form', { name: 'Anslut en kommun' }).count()).toBe(0);
    const municipalities = region.getByRole('region', { name: 'Kommuner som också har behovet' });
    expect(await municipalities.getByRole('paragraph').last().textContent()).toBe(
      `Du redigerar för ${REGION}, inte för någon kommun: kommunerna ansluter sig själva.`,
    );
    const join = region.getByRole('form', { name: 'Anslut en region' });
    await expect
      .poll(() => join.getByLabel('Region').locator('option:not([value=""])').allTextContents())
      .toEqual([REGION]);
    await join.getByLabel('Region').selectOption({ label: REGION });
    await join.getByLabel('Uppskattad volym').fill('250');
    await join.getByRole('button', { name: 'Vi har också detta behov' }).click();
    await expect.poll(() => region.getByRole('status').textContent()).toBe(`${REGION} har anslutit sig till behovet.`);
    const row = section.getByRole('row', { name: new RegExp(`^${REGION}`) });
    expect(await row.getByRole('cell').first().textContent()).toBe('250');
    expect(await region.getByText('Regionen du får redigera för har redan behovet.').count()).toBe(1);

    await region.getByRole('button', { name: `Lämna behovet för ${REGION}` }).click();
    await region.getByRole('alertdialog').getByRole('button', { name: 'Lämna behovet' }).click();
    await expect.poll(() => region.getByRole('status').textContent()).toBe(`${REGION} har lämnat behovet.`);
    await expect.poll(() => section.getByText('Ingen region har anslutit sig ännu.').count()).toBe(1);
  });

  it('lets the region editor state a need owned by the region, offered only the region as owner', async () => {
    await region.goto(`${product.adminUrl}/behov/nytt`);
    const owner = region.getByLabel('Ägare');
    await expect.poll(() => owner.locator('option:not([value=""])').allTextContents()).toEqual([REGION]);
    expect(await region.getByText('Regioner som du får redigera för.').count()).toBe(1);
    await owner.selectOption({ label: REGION });
    await region.getByLabel('Rubrik').fill('Samordnad hemsjukvård med digital tillsyn');
    await region.getByLabel('Problembeskrivning').fill('Regionens och kommunernas hemsjukvård ser inte samma larm.');
    await region.getByRole('button', { name: 'Spara' }).click();
    await expect.poll(() => region.getByRole('status').textContent()).toBe('Behovet är sparat som utkast.');
    expect(await region.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Samordnad hemsjukvård med digital tillsyn',
    );
    expect(await region.getByText(REGION).count()).toBeGreaterThan(0);
    // The region's own need is the region editor's to take on.
    await region.getByRole('button', { name: 'Publicera' }).click();
    await expect.poll(() => region.getByRole('status').textContent()).toBe('Status: Publicerat');
  });

  it("lets an admin give an editor a public body's scope, chosen by name, shown on the user and in the list", async () => {
    await admin.goto(`${product.adminUrl}/anvandare/ny`);
    await admin.getByLabel('Namn', { exact: true }).fill('Rut Regionredaktör');
    await admin.getByLabel('E-post', { exact: true }).fill('rut@vgregion.test');
    await admin.getByLabel('Roll', { exact: true }).selectOption({ label: 'Redaktör' });
    await admin.getByLabel('en region eller annan offentlig aktör', { exact: true }).check();
    const bodies = admin.getByLabel('Region eller offentlig aktör', { exact: true });
    expect(await bodies.locator('option').allTextContents()).toEqual(
      expect.arrayContaining([REGION, 'Gemensam IT-samordningsfunktion', 'Vårdsamverkan Västra Götaland']),
    );
    await bodies.selectOption({ label: REGION });
    await admin.getByLabel('Lösenord', { exact: true }).fill('en region med många vårdcentraler');
    await admin.getByRole('button', { name: 'Ny användare' }).click();
    await expect.poll(() => admin.getByRole('heading', { level: 1 }).textContent()).toBe('Rut Regionredaktör');
    expect(await admin.getByText(`Behörighet: ${REGION}`).count()).toBe(1);
    // The form for role and scope opens at the public body.
    expect(await admin.getByLabel('en region eller annan offentlig aktör', { exact: true }).isChecked()).toBe(true);
    expect(await admin.getByLabel('Region eller offentlig aktör', { exact: true }).inputValue()).toBe(
      'vastra-gotalandsregionen',
    );
    await admin.goto(`${product.adminUrl}/anvandare`);
    const row = admin.getByRole('row', { name: /Rut Regionredaktör/ });
    await expect.poll(() => row.getByRole('cell').allTextContents()).toContain(REGION);
  });

  it('lets an admin choose the consulted public bodies in the model form, the summary following', async () => {
    await admin.goto(`${product.adminUrl}/driftmodeller/gemensamt-bolag-valfardsteknik/redigera`);
    const bodies = admin.getByRole('group', { name: 'Offentliga aktörer som tillfrågas' });
    await expect.poll(() => bodies.getByLabel(REGION, { exact: true }).isChecked()).toBe(true);
    expect(await bodies.getByLabel('Gemensam IT-samordningsfunktion', { exact: true }).isChecked()).toBe(true);
    expect(await bodies.getByLabel('Region Skåne', { exact: true }).isChecked()).toBe(false);
    await bodies.getByLabel('Vårdsamverkan Västra Götaland', { exact: true }).uncheck();
    await bodies.getByLabel('Region Skåne', { exact: true }).check();
    await admin.getByRole('button', { name: 'Spara' }).click();
    await expect.poll(() => admin.getByRole('status').textContent()).toBe('Ändringarna är sparade.');
    const table = admin.getByRole('table', { name: `${BODIES} (3)` });
    await expect
      .poll(() => table.getByRole('rowheader').allTextContents())
      .toEqual(expect.arrayContaining(['Region Skåne', REGION, 'Gemensam IT-samordningsfunktion']));
    expect(await table.getByRole('rowheader', { name: 'Vårdsamverkan Västra Götaland' }).count()).toBe(0);
  });

  it('offers a Gotland editor Region Gotland wherever a body is picked: owner, co-owner, participant, respondent', async () => {
    const url = product.adminUrl;
    await gotland.goto(`${url}/behov/nytt`);
    const owner = gotland.getByLabel('Ägare');
    await expect.poll(() => owner.locator('option:not([value=""])').allTextContents()).toEqual(['Gotland', GOTLAND]);
    expect(await gotland.getByText('Kommuner och regioner som du får redigera för.').count()).toBe(1);

    await gotland.goto(`${url}/behov?q=ensamhet`);
    await gotland.getByRole('link', { name: GOTEBORG_NEED }).click();
    await gotland.getByRole('heading', { level: 1, name: GOTEBORG_NEED }).waitFor();
    const asMunicipality = gotland.getByRole('form', { name: 'Anslut en kommun' });
    await expect
      .poll(() => asMunicipality.getByLabel('Kommun').locator('option:not([value=""])').allTextContents())
      .toEqual(['Gotland']);
    const asRegion = gotland.getByRole('form', { name: 'Anslut en region' });
    expect(await asRegion.getByLabel('Region').locator('option:not([value=""])').allTextContents()).toEqual([GOTLAND]);
    await asRegion.getByLabel('Region').selectOption({ label: GOTLAND });
    await asRegion.getByLabel('Uppskattad volym').fill('40');
    await asRegion.getByRole('button', { name: 'Vi har också detta behov' }).click();
    await expect
      .poll(() => gotland.getByRole('status').textContent())
      .toBe(`${GOTLAND} har anslutit sig till behovet.`);

    await gotland.goto(`${url}/upphandlingar`);
    await gotland.getByRole('link', { name: INNOVATION }).click();
    const signUp = gotland.getByRole('form', { name: 'Anmäl en regions intresse' });
    await expect
      .poll(() => signUp.getByLabel('Region').locator('option:not([value=""])').allTextContents())
      .toEqual([GOTLAND]);
    await signUp.getByLabel('Region').selectOption({ label: GOTLAND });
    await signUp.getByRole('button', { name: 'Anmäl intresse' }).click();
    await expect.poll(() => gotland.getByRole('status').textContent()).toBe(`${GOTLAND} är anmäld som intresserad.`);
    expect(
      await gotland
        .getByRole('region', { name: 'Deltagande regioner' })
        .getByRole('button', { name: `Ändra deltagandet för ${GOTLAND}` })
        .count(),
    ).toBe(1);

    // Once an admin consults Region Gotland, Gotland's editor answers for it.
    await admin.goto(`${url}/driftmodeller/vardkommun-larmcentral/redigera`);
    const bodies = admin.getByRole('group', { name: 'Offentliga aktörer som tillfrågas' });
    await bodies.getByLabel(GOTLAND, { exact: true }).check();
    await admin.getByRole('button', { name: 'Spara' }).click();
    await expect.poll(() => admin.getByRole('status').textContent()).toBe('Ändringarna är sparade.');
    await openModel(gotland, url, HOST_MODEL);
    const form = gotland.getByRole('form', { name: 'Svara på remissen' });
    await expect
      .poll(() => form.getByLabel('Svarar för').locator('option:not([value=""])').allTextContents())
      .toEqual([GOTLAND]);
    await form.getByLabel('Svarar för').selectOption({ label: GOTLAND });
    await form.getByLabel('Ställningstagande').selectOption({ label: 'Avstyrker' });
    await form.getByRole('button', { name: 'Skicka svar' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toBe(`Svaret för ${GOTLAND} är sparat.`);
  });

  it('has no critical or serious axe finding and no sideways scroll in the views a region editor uses, nor in the user views and the model form', {
    timeout: 180_000,
  }, async () => {
    const need = new URL(region.url()).pathname;
    expect(sharedNeed).toMatch(/^\/behov\//);
    const views = [
      '/driftmodeller/vardkommun-larmcentral',
      '/driftmodeller/gemensamt-bolag-valfardsteknik',
      sharedNeed,
      need,
      '/behov/nytt',
    ];
    expect(await auditViews(region, product.adminUrl, views)).toEqual({ findings: {}, overflowing: {} });
    await admin.goto(`${product.adminUrl}/anvandare`);
    const user = (await admin.getByRole('link', { name: 'Rut Regionredaktör' }).getAttribute('href')) ?? '';
    expect(user).toMatch(/^\/anvandare\/[0-9a-f-]{36}$/);
    const userViews = ['/anvandare', '/anvandare/ny', user, '/driftmodeller/gemensamt-bolag-valfardsteknik/redigera'];
    expect(await auditViews(admin, product.adminUrl, userViews)).toEqual({ findings: {}, overflowing: {} });
  });

  it("opens the adoption map at the county of a region's editor and of Gotland's", async () => {
    for (const [page, county] of [
      [region, '14'],
      [gotland, '09'],
    ] as const) {
      await page.goto(`${product.adminUrl}/inforande/karta?technology=digitala-trygghetslarm`);
      await expect.poll(() => new URL(page.url()).searchParams.get('county')).toBe(county);
      expect(await page.getByRole('combobox', { name: 'Län' }).inputValue()).toBe(county);
      const members = (await (await fetch(`${product.apiUrl}/v1/municipalities?county=${county}&limit=1`)).json())
        .total;
      await expect
        .poll(() =>
          page
            .getByRole('group', { name: /^Karta: / })
            .getByRole('img')
            .count(),
        )
        .toBe(members);
    }
  });
});
