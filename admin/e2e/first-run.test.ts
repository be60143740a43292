import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireChromium, screenshots, startProduct } from './harness.ts';

const NEW_PASSWORD = 'mitt eget långa lösenord';

/**
 * The first "done when" of the admin, as a new admin does it after `npm start`: sign in with the
 * printed password, choose one's own, then build the catalogue and hand out access — all in the admin,
 * every change then in Ändringslogg and in the API.
 */
describe.skipIf(!requireChromium())('a new admin after the first start', () => {
  let product: Awaited<ReturnType<typeof startProduct>>;
  let page: Page;

  beforeAll(async () => {
    product = await startProduct({ firstStart: true });
    page = await product.browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(8000);
  });
  afterAll(async () => {
    await product?.stop();
  });

  const heading = () => page.getByRole('heading', { level: 1 });

  it('signs in with the generated password and is asked for a new one before anything else', async () => {
    await page.goto(`${product.adminUrl}/teknologier`);
    expect(await heading().textContent()).toBe('Logga in');
    await page.getByLabel('E-post', { exact: true }).fill('admin@valfardsnavet.local');
    await page.getByLabel('Lösenord', { exact: true }).fill('fel lösenord');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('E-postadressen eller lösenordet är fel.');

    await page.getByLabel('Lösenord', { exact: true }).fill(product.generatedPassword ?? '');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await expect.poll(() => heading().textContent()).toBe('Välj ett eget lösenord');
    expect(await page.getByRole('navigation', { name: 'Huvudmeny' }).count()).toBe(0);
    await page.screenshot({ path: `${screenshots}forced-password.png` });

    await page.getByLabel('Nuvarande lösenord', { exact: true }).fill('inte det utskrivna');
    await page.getByLabel('Nytt lösenord', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Nytt lösenord igen', { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Byt lösenord' }).click();
    await expect.poll(() => page.getByText('Det är inte ditt nuvarande lösenord.').count()).toBe(1);
    expect(await page.getByLabel('Nuvarande lösenord', { exact: true }).getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Nuvarande lösenord', { exact: true }).fill(product.generatedPassword ?? '');
    await page.getByRole('button', { name: 'Byt lösenord' }).click();
    // The URL asked for at the start is where the admin lands.
    await expect.poll(() => heading().textContent()).toBe('Teknologier');
    expect(await page.getByText('Administratör', { exact: true }).count()).toBe(1);
  });

  it('creates a category', async () => {
    await page.getByRole('link', { name: 'Kategorier', exact: true }).click();
    await page.getByRole('link', { name: 'Ny kategori' }).click();
    await page.getByLabel('Namn', { exact: true }).fill('Sensorer i hemmet');
    expect(await page.getByLabel('Adressnamn', { exact: true }).inputValue()).toBe('sensorer-i-hemmet');
    await page.getByRole('button', { name: 'Spara' }).click();
    await expect.poll(() => heading().textContent()).toBe('Sensorer i hemmet');
    expect(await page.getByRole('status').textContent()).toBe('Kategorin är skapad.');
  });

  it('creates a technology with a Markdown description, previewed before saving, and publishes it', async () => {
    await page.getByRole('link', { name: 'Teknologier', exact: true }).click();
    await page.getByRole('link', { name: 'Ny teknologi' }).click();
    await page.getByLabel('Namn', { exact: true }).fill('Fallsensor på natten');
    expect(await page.getByLabel('Adressnamn', { exact: true }).inputValue()).toBe('fallsensor-pa-natten');
    await page.getByLabel('Kategori', { exact: true }).selectOption({ label: 'Sensorer i hemmet' });
    await page.getByLabel('Sammanfattning', { exact: true }).fill('Larmar när någon faller i sitt hem under natten.');
    await page
      .getByLabel('Beskrivning', { exact: true })
      .fill('## Så fungerar det\n\nEn **sensor** i taket ser om någon faller.');
    await page.getByRole('tab', { name: 'Förhandsgranska' }).click();
    await expect.poll(() => page.getByRole('tabpanel').locator('h2').textContent()).toBe('Så fungerar det');
    expect(await page.getByRole('tabpanel').locator('strong').textContent()).toBe('sensor');
    await page.getByRole('tab', { name: 'Skriv' }).click();
    await page.getByLabel('Äldreomsorg', { exact: true }).check();
    await page.getByLabel('Införandeläge', { exact: true }).selectOption({ label: 'Pröva' });
    await page.getByLabel('Rättslig grund', { exact: true }).fill('Socialtjänstlagen (2001:453)\nGDPR art. 9');
    await page.getByLabel('ISO 9999-koder', { exact: true }).fill('22 27 18');
    await page.getByRole('button', { name: 'Spara' }).click();
    await expect.poll(() => heading().textContent()).toBe('Fallsensor på natten');
    expect(await page.getByText('Utkast', { exact: true }).count()).toBe(1);
    expect(await page.locator('.markdown-preview strong').textContent()).toBe('sensor');

    await page.getByRole('button', { name: 'Publicera' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Status: Publicerad');
    expect(await page.getByRole('button', { name: 'Arkivera' }).count()).toBe(1);
    await page.screenshot({ path: `${screenshots}technology-detail.png`, fullPage: true });

    // Published, it is in the public API at once.
    const published = await fetch(`${product.apiUrl}/v1/technologies/fallsensor-pa-natten`);
    expect(published.status).toBe(200);
    expect(await published.json()).toMatchObject({
      status: 'published',
      category: { slug: 'sensorer-i-hemmet' },
      legalBasis: ['Socialtjänstlagen (2001:453)', 'GDPR art. 9'],
      targetGroups: ['elderly_care'],
    });
  });

  it('writes a guide linked to the technology and publishes it; the technology lists it', async () => {
    await page.getByRole('link', { name: 'Vägledningar', exact: true }).click();
    await page.getByRole('link', { name: 'Ny vägledning' }).click();
    await page.getByLabel('Rubrik', { exact: true }).fill('Kom igång med fallsensorer');
    await page.getByLabel('Sammanfattning', { exact: true }).fill('Steg för steg från behov till drift.');
    await page.getByLabel('Text', { exact: true }).fill('1. Kartlägg behoven\n2. Pröva i liten skala');
    await page.getByLabel('Teknologier', { exact: true }).selectOption({ label: 'Fallsensor på natten' });
    await page.getByRole('button', { name: 'Spara' }).click();
    await expect.poll(() => heading().textContent()).toBe('Kom igång med fallsensorer');
    await page.getByRole('button', { name: 'Publicera' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Status: Publicerad');

    await page.getByRole('link', { name: 'Fallsensor på natten' }).click();
    await expect
      .poll(() => page.getByRole('region', { name: 'Vägledningar' }).getByRole('link').allTextContents())
      .toEqual(['Kom igång med fallsensorer']);
    const guide = await (await fetch(`${product.apiUrl}/v1/guides/kom-igang-med-fallsensorer`)).json();
    expect(guide).toMatchObject({ status: 'published', technologies: [{ slug: 'fallsensor-pa-natten' }] });
  });

  it('creates an editor for Boråsregionen, chosen by name', async () => {
    await page.getByRole('link', { name: 'Användare', exact: true }).click();
    await page.getByRole('link', { name: 'Ny användare' }).click();
    await page.getByLabel('Namn', { exact: true }).fill('Berit Redaktör');
    await page.getByLabel('E-post', { exact: true }).fill('berit@boras.test');
    await page.getByLabel('Roll', { exact: true }).selectOption({ label: 'Redaktör' });
    await page.getByLabel('ett förbunds medlemskommuner', { exact: true }).check();
    await page
      .getByLabel('Förbund', { exact: true })
      .selectOption({ label: 'Boråsregionen Sjuhärads kommunalförbund' });
    await page.getByLabel('Lösenord', { exact: true }).fill('grönt gräs under blå himmel');
    await page.getByRole('button', { name: 'Ny användare' }).click();
    await expect.poll(() => heading().textContent()).toBe('Berit Redaktör');
    expect(await page.getByText(/Behörighet: Boråsregionen Sjuhärads kommunalförbund/).count()).toBe(1);

    // A second one with the same email: the API's 409 names the field, shown in Swedish on it.
    await page.getByRole('link', { name: 'Alla användare' }).click();
    await page.getByRole('link', { name: 'Ny användare' }).click();
    await page.getByLabel('Namn', { exact: true }).fill('Dubblett');
    await page.getByLabel('E-post', { exact: true }).fill('berit@boras.test');
    await page.getByLabel('ett förbunds medlemskommuner', { exact: true }).check();
    await page
      .getByLabel('Förbund', { exact: true })
      .selectOption({ label: 'Boråsregionen Sjuhärads kommunalförbund' });
    await page.getByLabel('Lösenord', { exact: true }).fill('grävling under blå cykelpump');
    await page.getByRole('button', { name: 'Ny användare' }).click();
    await expect.poll(() => page.getByText('Är redan upptaget.').count()).toBe(1);
    expect(await page.getByLabel('E-post', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    // Leaving the filled-in form asks first; staying keeps it.
    await page.getByRole('link', { name: 'Alla användare' }).click();
    await expect
      .poll(() => page.getByRole('alertdialog').getByRole('heading').textContent())
      .toBe('Osparade ändringar');
    await page.getByRole('button', { name: 'Lämna sidan' }).click();
    await expect.poll(() => heading().textContent()).toBe('Användare');
  });

  it('creates a supplier key, shown once with a copy button, and revokes it after confirming', async () => {
    await page.getByRole('link', { name: 'API-nycklar', exact: true }).click();
    await page.getByRole('link', { name: 'Ny API-nyckel' }).click();
    await page.getByLabel('Namn', { exact: true }).fill('Exempelbolagets nyckel');
    await page.getByLabel('Typ', { exact: true }).selectOption({ label: 'Leverantör' });
    await page.getByLabel('Leverantörens namn', { exact: true }).fill('Exempelbolaget AB');
    await page.getByLabel('Organisationsnummer', { exact: true }).fill('556036-0794');
    await page.getByRole('button', { name: 'Ny API-nyckel' }).click();
    await expect.poll(() => page.getByText('Organisationsnumret stämmer inte: kontrollera siffrorna.').count()).toBe(1);
    await page.getByLabel('Organisationsnummer', { exact: true }).fill('556036-0793');
    await page.getByRole('button', { name: 'Ny API-nyckel' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Nyckeln visas bara nu' }).count()).toBe(1);
    const key = await page.getByLabel('Ny nyckel', { exact: true }).inputValue();
    expect(key).toMatch(/^vn_/);
    await page.getByRole('button', { name: 'Kopiera nyckeln' }).click();
    await expect.poll(() => page.getByText('Kopierad.').count()).toBe(1);
    await page.screenshot({ path: `${screenshots}key-shown-once.png` });
    // The key works: a supplier reads needs with it.
    expect((await fetch(`${product.apiUrl}/v1/needs`, { headers: { authorization: `Bearer ${key}` } })).status).toBe(
      200,
    );

    await page.getByRole('link', { name: 'Klar, till listan' }).click();
    await page.getByRole('button', { name: 'Spärra Exempelbolagets nyckel' }).click();
    await expect
      .poll(() => page.getByRole('alertdialog').getByRole('heading').textContent())
      .toBe('Spärra Exempelbolagets nyckel?');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Spärra' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Nyckeln är spärrad.');
    const row = page.getByRole('row', { name: /Exempelbolagets nyckel/ });
    await expect.poll(() => row.getByText('Spärrad').count()).toBe(1);
    expect((await fetch(`${product.apiUrl}/v1/needs`, { headers: { authorization: `Bearer ${key}` } })).status).toBe(
      401,
    );
  });

  it('finds every one of those changes in Ändringslogg, and a technology’s own history as a diff', async () => {
    await page.getByRole('link', { name: 'Ändringslogg', exact: true }).click();
    const summaries = () => page.locator('.event summary').allTextContents();
    await expect
      .poll(summaries)
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/Skapade kategori sensorer-i-hemmet/),
          expect.stringMatching(/Skapade teknologi fallsensor-pa-natten/),
          expect.stringMatching(/Ändrade teknologi fallsensor-pa-natten/),
          expect.stringMatching(/Skapade vägledning kom-igang-med-fallsensorer/),
          expect.stringMatching(/Skapade användare /),
          expect.stringMatching(/Skapade api-nyckel /),
          expect.stringMatching(/Spärrade api-nyckel /),
        ]),
      );
    await page.getByLabel('Typ av uppgift', { exact: true }).selectOption({ label: 'Teknologi' });
    await expect.poll(async () => (await summaries()).length).toBe(2);
    expect(page.url()).toContain('entityType=technology');

    await page.goto(`${product.adminUrl}/teknologier/fallsensor-pa-natten`);
    const history = page.getByRole('region', { name: 'Historik' });
    await history.getByText(/Ändrade/).click();
    await expect
      .poll(() => history.getByRole('row', { name: /Status/ }).textContent())
      .toBe('StatusdraftPublished'.replace('Published', 'published'));
  });

  it('keeps the view, its filters and its page through Back, Forward and reload', async () => {
    await page.goto(`${product.adminUrl}/kommuner`);
    await expect.poll(() => page.locator('.summary').textContent()).toBe('290 kommuner');
    // Swedish order, from the API.
    expect((await page.getByRole('rowheader').allTextContents()).slice(0, 2)).toEqual(['Ale', 'Alingsås']);
    await page.getByLabel('Län', { exact: true }).selectOption({ label: 'Västra Götalands län' });
    await expect.poll(() => page.locator('.summary').textContent()).toBe('49 kommuner');
    await page.getByRole('button', { name: 'Nästa' }).click();
    await expect
      .poll(() => page.getByRole('navigation', { name: 'Sidor' }).locator('span').textContent())
      .toBe('21–40 av 49');
    expect(new URL(page.url()).search).toBe('?county=14&page=2');
    await page.reload();
    await expect
      .poll(() => page.getByRole('navigation', { name: 'Sidor' }).locator('span').textContent())
      .toBe('21–40 av 49');
    expect(await page.getByLabel('Län', { exact: true }).inputValue()).toBe('14');
    await page.goBack();
    await expect
      .poll(() => page.getByRole('navigation', { name: 'Sidor' }).locator('span').textContent())
      .toBe('1–20 av 49');
    await page.goBack();
    await expect.poll(() => page.locator('.summary').textContent()).toBe('290 kommuner');
    await page.goForward();
    await expect.poll(() => page.locator('.summary').textContent()).toBe('49 kommuner');
    await page.getByLabel('Sök kommun', { exact: true }).fill('gotebrg');
    await expect.poll(async () => (await page.getByRole('rowheader').allTextContents())[0]).toBe('Göteborg');
    await page.reload();
    expect(await page.getByLabel('Sök kommun', { exact: true }).inputValue()).toBe('gotebrg');
  });

  it('signs out from Konto, and the new password is the one that works', async () => {
    await page.getByRole('link', { name: 'Konto' }).click();
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await expect.poll(() => heading().textContent()).toBe('Logga in');
    await page.getByLabel('E-post', { exact: true }).fill('admin@valfardsnavet.local');
    await page.getByLabel('Lösenord', { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await expect.poll(() => heading().textContent()).toBe('Konto');
  });
});
