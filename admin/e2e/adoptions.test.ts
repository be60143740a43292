import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditViews, SIZES, seriousViolations } from './axe.ts';
import { ADMIN, EDITOR, requireChromium, screenshots, signedIn, startProduct } from './harness.ts';

const BORASREGIONEN = ['Bollebygd', 'Borås', 'Herrljunga', 'Mark', 'Svenljunga', 'Tranemo', 'Ulricehamn', 'Vårgårda'];
const NATTILLSYN = 'Digital nattillsyn med kamera';

describe.skipIf(!requireChromium())('Införande: a Boråsregionen editor records what Borås uses', () => {
  let product: Awaited<ReturnType<typeof startProduct>>;
  let editor: { context: BrowserContext; page: Page };
  let admin: { context: BrowserContext; page: Page };
  const adoption = async () => {
    const response = await fetch(`${product.apiUrl}/v1/municipalities/1490/adoptions/digital-nattillsyn`);
    return response.status === 200 ? await response.json() : response.status;
  };
  const cell = (page: Page, name: RegExp) => page.getByRole('link', { name });

  beforeAll(async () => {
    product = await startProduct();
    editor = await signedIn(product.browser, `${product.adminUrl}/`, EDITOR);
    admin = await signedIn(product.browser, `${product.adminUrl}/`, ADMIN);
  });
  afterAll(async () => {
    await product?.stop();
  });

  it('shows Boråsregionen’s members against the technologies, and offers no other association or municipality', async () => {
    const { page } = editor;
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Införande' }).click();
    const association = page.getByRole('combobox', { name: 'Förbund' });
    await expect.poll(() => association.inputValue()).toBe('borasregionen');
    expect(await association.locator('option').allTextContents()).toEqual([
      'Välj ett förbund',
      'Boråsregionen Sjuhärads kommunalförbund',
    ]);
    const matrix = page.getByRole('table', { name: /^Införande i Boråsregionen/ });
    await expect.poll(() => matrix.locator('tbody th').allTextContents()).toEqual(BORASREGIONEN);
    const technologies = (await (await fetch(`${product.apiUrl}/v1/technologies?limit=100&sort=name`)).json()).items;
    expect(await matrix.locator('thead th').allTextContents()).toEqual([
      'Kommun',
      ...technologies.map((t: { name: string }) => t.name),
    ]);
    // Every cell says its status in words; Borås's spisvakt is a demo pilot.
    expect(await cell(page, /^Borås, Spisvakt: /).textContent()).toBe('Pilot');
    expect(await cell(page, new RegExp(`^Borås, ${NATTILLSYN}: `)).textContent()).toBe('–');
    expect(await page.getByRole('link', { name: /^Göteborg, / }).count()).toBe(0);
    await page.screenshot({ path: `${screenshots}adoption-overview.png` });
  });

  it('records that Borås pilots digital nattillsyn, and the overview says so', async () => {
    const { page } = editor;
    expect(await adoption()).toBe(404);
    await cell(page, new RegExp(`^Borås, ${NATTILLSYN}: Inget registrerat$`)).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(`${NATTILLSYN} i Borås`);
    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Pilot' });
    await page.getByLabel('Startdatum').fill('2026-11-01');
    await page.getByLabel('Antal användare').fill('12');
    await page.getByLabel('Driftmodell').fill('Egen regi');
    await page.getByLabel('Anteckningar').fill('Pilot på två boenden.');
    await page.getByRole('button', { name: 'Spara' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Införandet är registrerat.');
    await expect.poll(() => cell(page, new RegExp(`^Borås, ${NATTILLSYN}: `)).textContent()).toBe('Pilot');
    expect(await page.getByRole('combobox', { name: 'Förbund' }).inputValue()).toBe('borasregionen');
    expect(await adoption()).toMatchObject({
      status: 'pilot',
      startedOn: '2026-11-01',
      usersCount: 12,
      operatorModel: 'Egen regi',
      notes: 'Pilot på två boenden.',
      demo: false,
    });
  });

  it('shows the second saver the other version beside theirs, and saves theirs over only when asked', async () => {
    const open = (page: Page) => page.goto(`${product.adminUrl}/inforande/1490/digital-nattillsyn`);
    await open(editor.page);
    await open(admin.page);
    const users = (page: Page) => page.getByLabel('Antal användare');
    await expect.poll(() => users(admin.page).inputValue()).toBe('12');
    await users(admin.page).fill('20');
    await admin.page.getByRole('button', { name: 'Spara' }).click();
    await expect.poll(() => admin.page.getByRole('status').textContent()).toBe('Införandet är sparat.');

    await expect.poll(() => users(editor.page).inputValue()).toBe('12');
    await users(editor.page).fill('15');
    await editor.page.getByRole('button', { name: 'Spara' }).click();
    const dialog = editor.page.getByRole('alertdialog');
    await expect
      .poll(() => dialog.getByRole('heading').textContent())
      .toBe('Någon annan har ändrat införandet sedan du öppnade den');
    expect(
      await dialog
        .getByRole('row', { name: /Antal användare/ })
        .getByRole('cell')
        .allTextContents(),
    ).toEqual(['20', '15']);
    await dialog.getByRole('button', { name: 'Spara min över deras' }).click();
    await expect.poll(() => editor.page.getByRole('status').textContent()).toBe('Införandet är sparat.');
    expect((await adoption()).usersCount).toBe(15);
  });

  it('meets a colleague’s adoption recorded while the editor was creating one, instead of overwriting it', async () => {
    const open = (page: Page) => page.goto(`${product.adminUrl}/inforande/1490/gps-larm`);
    await open(editor.page);
    await open(admin.page);
    for (const { page } of [editor, admin])
      await expect.poll(() => page.getByText('Inget är registrerat ännu.', { exact: false }).count()).toBe(1);
    await admin.page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Planerar' });
    await admin.page.getByRole('button', { name: 'Spara' }).click();
    await expect.poll(() => admin.page.getByRole('status').textContent()).toBe('Införandet är registrerat.');

    await editor.page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Pilot' });
    await editor.page.getByRole('button', { name: 'Spara' }).click();
    const dialog = editor.page.getByRole('alertdialog');
    await expect
      .poll(() =>
        dialog
          .getByRole('row', { name: /^Status/ })
          .getByRole('cell')
          .allTextContents(),
      )
      .toEqual(['Planerar', 'Pilot']);
    await dialog.getByRole('button', { name: 'Ta deras version' }).click();
    expect(await editor.page.getByRole('combobox', { name: 'Status' }).inputValue()).toBe('planned');
    const recorded = await (await fetch(`${product.apiUrl}/v1/municipalities/1490/adoptions/gps-larm`)).json();
    expect(recorded.status).toBe('planned');
  });

  it('says so when a colleague removed the adoption meanwhile, keeps what was typed and records it again when asked', async () => {
    const url = `${product.adminUrl}/inforande/1490/gps-larm`;
    const gps = () => fetch(`${product.apiUrl}/v1/municipalities/1490/adoptions/gps-larm`);
    await editor.page.goto(url);
    await admin.page.goto(url);
    await expect.poll(() => editor.page.getByRole('combobox', { name: 'Status' }).inputValue()).toBe('planned');
    await admin.page.getByRole('button', { name: 'Ta bort' }).click();
    await admin.page.getByRole('alertdialog').getByRole('button', { name: 'Ta bort' }).click();
    await expect.poll(() => admin.page.getByRole('status').textContent()).toBe('Införandet är borttaget.');
    expect((await gps()).status).toBe(404);

    await editor.page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Pilot' });
    await editor.page.getByLabel('Antal användare').fill('7');
    await editor.page.getByRole('button', { name: 'Spara' }).click();
    const alert = editor.page.getByRole('alert');
    await expect
      .poll(() => alert.getByRole('paragraph').textContent())
      .toBe(
        'Någon annan har tagit bort införandet medan du ändrade det, så det finns inte längre och översikten är uppdaterad. Det du fyllt i finns kvar.',
      );
    // What was typed stays; there is nothing left to remove.
    expect(await editor.page.getByLabel('Antal användare').inputValue()).toBe('7');
    expect(await editor.page.getByRole('button', { name: 'Ta bort' }).count()).toBe(0);
    for (const size of SIZES) {
      await editor.page.setViewportSize({ width: size.width, height: size.height });
      expect(await seriousViolations(editor.page), size.name).toEqual([]);
    }
    await editor.page.setViewportSize({ width: 1280, height: 800 });
    expect((await gps()).status).toBe(404);

    await alert.getByRole('button', { name: 'Registrera det igen' }).click();
    await expect.poll(() => editor.page.getByRole('status').textContent()).toBe('Införandet är registrerat.');
    await expect.poll(() => cell(editor.page, /^Borås, GPS-larm: /).textContent()).toBe('Pilot');
    expect(await (await gps()).json()).toMatchObject({ status: 'pilot', usersCount: 7 });
  });

  it('removes the adoption after asking, and the cell is empty again', async () => {
    const { page } = editor;
    await page.goto(`${product.adminUrl}/inforande`);
    await cell(page, new RegExp(`^Borås, ${NATTILLSYN}: Pilot$`)).click();
    await page.getByRole('button', { name: 'Ta bort' }).click();
    const dialog = page.getByRole('alertdialog');
    await expect.poll(() => dialog.getByRole('heading').textContent()).toBe(`Ta bort ${NATTILLSYN} i Borås?`);
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    expect(await adoption()).toMatchObject({ status: 'pilot' });
    await page.getByRole('button', { name: 'Ta bort' }).click();
    await dialog.getByRole('button', { name: 'Ta bort' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Införandet är borttaget.');
    await expect.poll(() => cell(page, new RegExp(`^Borås, ${NATTILLSYN}: `)).textContent()).toBe('–');
    expect(await adoption()).toBe(404);
  });

  it('opens the map at the editor’s own association, in the URL, and lets them look at all of the country', async () => {
    const { page } = editor;
    await page.goto(`${product.adminUrl}/inforande/karta?technology=digitala-trygghetslarm`);
    await expect.poll(() => new URL(page.url()).searchParams.get('association')).toBe('borasregionen');
    expect(await page.getByRole('combobox', { name: 'Förbund' }).inputValue()).toBe('borasregionen');
    const shapes = page.getByRole('group', { name: /^Karta: / }).getByRole('img');
    await expect.poll(() => shapes.count()).toBe(BORASREGIONEN.length);
    // Adoption is public: every association may be chosen, and "all" stays chosen.
    const offered = await page.getByRole('combobox', { name: 'Förbund' }).locator('option').allTextContents();
    expect(offered).toContain('Göteborgsregionens kommunalförbund');
    await page.getByRole('combobox', { name: 'Förbund' }).selectOption({ label: 'Alla förbund' });
    const all = (await (await fetch(`${product.apiUrl}/v1/municipalities?limit=1`)).json()).total;
    await expect.poll(() => shapes.count()).toBe(all);
    expect(new URL(page.url()).searchParams.get('association')).toBeNull();
    expect(await page.getByRole('combobox', { name: 'Förbund' }).inputValue()).toBe('');
    const audit = await auditViews(page, product.adminUrl, ['/inforande/karta?technology=digitala-trygghetslarm']);
    expect(audit).toEqual({ findings: {}, overflowing: {} });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('has no form for a municipality outside the editor’s scope', async () => {
    const { page } = editor;
    await page.goto(`${product.adminUrl}/inforande/1480/digital-nattillsyn`);
    await expect
      .poll(() => page.getByText('Du kan bara ändra införande för kommuner i din behörighet.').count())
      .toBe(1);
    expect(await page.getByRole('button', { name: 'Spara' }).count()).toBe(0);
  });
});

describe.skipIf(!requireChromium())('Införande: an admin reads the map of one technology', () => {
  let product: Awaited<ReturnType<typeof startProduct>>;
  let page: Page;

  beforeAll(async () => {
    product = await startProduct();
    ({ page } = await signedIn(product.browser, `${product.adminUrl}/`, ADMIN));
  });
  afterAll(async () => {
    await product?.stop();
  });

  /** What the map says: each municipality's name and status, as its accessible name reads. */
  const mapNames = () =>
    page
      .getByRole('group', { name: /^Karta: / })
      .getByRole('img')
      .evaluateAll((paths) => paths.map((p) => p.getAttribute('aria-label')));
  const tableRows = () =>
    page
      .getByRole('table', { name: /status per kommun$/ })
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => `${row.children[0]?.textContent}: ${row.children[1]?.textContent}`));

  it('shows VästKom’s 50 municipalities with the demo data, the table and the legend saying the same', async () => {
    await page.getByRole('link', { name: 'Införande' }).click();
    await page.getByRole('link', { name: 'Karta över en teknologi' }).click();
    await page.getByRole('combobox', { name: 'Teknologi' }).selectOption({ label: 'Digitala trygghetslarm' });
    const vastkom = await (await fetch(`${product.apiUrl}/v1/associations/vastkom`)).json();
    await page.getByRole('combobox', { name: 'Förbund' }).selectOption({ label: vastkom.name });
    await expect.poll(async () => (await mapNames()).length).toBe(50);
    expect(page.url()).toContain('technology=digitala-trygghetslarm');
    expect(page.url()).toContain('association=vastkom');

    const api = await (await fetch(`${product.apiUrl}/v1/technologies/digitala-trygghetslarm/adoption-map`)).json();
    const words: Record<string, string> = {
      none: 'Inget registrerat',
      planned: 'Planerar',
      pilot: 'Pilot',
      implemented: 'Infört',
      scaled: 'Breddinfört',
      discontinued: 'Avslutat',
    };
    const names = await mapNames();
    expect(await tableRows()).toEqual(names);
    const byName = new Map(api.municipalities.map((x: { name: string; status: string }) => [x.name, words[x.status]]));
    for (const label of names) {
      const [name, status] = (label ?? '').split(': ');
      expect(byName.get(name)).toBe(status);
    }
    expect(names.filter((label) => !label?.endsWith('Inget registrerat')).length).toBeGreaterThan(0);
    // The legend counts what the table lists, status by status.
    const legend = await page.getByRole('list', { name: 'Teckenförklaring' }).getByRole('listitem').allTextContents();
    for (const item of legend) {
      const [status, count] = item.trim().split(': ');
      expect(names.filter((label) => label?.endsWith(`: ${status}`)).length).toBe(Number(count));
    }
    expect(await page.locator('.demo-notice').textContent()).toContain('fiktiva demodata');
    await page.screenshot({ path: `${screenshots}adoption-map.png` });
  });

  it('names each municipality as the keyboard reaches it, and narrows to a county', async () => {
    await page
      .getByRole('group', { name: /^Karta: / })
      .getByRole('img')
      .first()
      .focus();
    const first = (await mapNames())[0];
    await expect.poll(() => page.locator('.map-caption').textContent()).toBe(first);
    await page.getByRole('combobox', { name: 'Förbund' }).selectOption({ label: 'Alla förbund' });
    await page.getByRole('combobox', { name: 'Län' }).selectOption({ label: 'Hallands län' });
    const halland = await (await fetch(`${product.apiUrl}/v1/municipalities?county=13&limit=100`)).json();
    await expect.poll(async () => (await mapNames()).length).toBe(halland.total);
    expect(await tableRows()).toEqual(await mapNames());
  });
});
