import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { buildApp } from '@valfardsnavet/api/app';
import { loadConfig } from '@valfardsnavet/api/config';
import { createDb } from '@valfardsnavet/api/db';
import { users } from '@valfardsnavet/api/db/schema';
import { seedDemo } from '@valfardsnavet/api/db/seed/demo';
import { prepareDatabase } from '@valfardsnavet/api/db/setup';
import { hashPassword } from '@valfardsnavet/api/passwords';
import { ensureFirstAdmin } from '@valfardsnavet/api/users/first-admin';
import { type Browser, chromium, type Page } from 'playwright-core';
import postgres from 'postgres';
import { preview } from 'vite';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
/** The people who sign in to the admin in the browser tests: an editor for Boråsregionen's members. */
export const EDITOR = { email: 'redaktor@borasregionen.test', password: 'ett långt lösenord för test' };
/** An editor for Västra Götalandsregionen, a public body of the reference data. */
export const REGION_EDITOR = { email: 'redaktor@vgregion.test', password: 'ett långt lösenord för regionen' };
/** An editor for Gotland, whose municipality is Region Gotland: they act for the region too. */
export const GOTLAND_EDITOR = { email: 'redaktor@gotland.test', password: 'ett långt lösenord för gotland' };
const adminRoot = fileURLToPath(new URL('..', import.meta.url));
export const screenshots = fileURLToPath(new URL('./screenshots/', import.meta.url));

/** An admin with a password they chose, for tests that do not walk through the first start. */
export const ADMIN = { email: 'admin@valfardsnavet.test', password: 'ett långt lösenord för administratören' };

/**
 * The whole product as a user meets it: the API on a fresh PostgreSQL database with the reference
 * data and the demo data (as `npm start` has them), the admin built for production (by the global
 * setup) and served by Vite's preview server, and Debian's Chromium. With `firstStart`, the first
 * admin is made as `npm start` makes it, with a generated password, returned for the test to type.
 */
export async function startProduct(options: { firstStart?: boolean } = {}) {
  const serverUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `vn_e2e_${process.pid}_${Date.now()}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;

  const database = await createDb({ databaseUrl: url.toString(), maxConnections: 4 });
  await prepareDatabase(database);
  await seedDemo(database.db);
  await database.db.insert(users).values({
    email: EDITOR.email,
    name: 'Redaktör Boråsregionen',
    role: 'editor',
    scopeAssociationSlug: 'borasregionen',
    passwordHash: await hashPassword(EDITOR.password),
  });
  await database.db.insert(users).values({
    email: REGION_EDITOR.email,
    name: 'Redaktör Västra Götalandsregionen',
    role: 'editor',
    scopePublicBodySlug: 'vastra-gotalandsregionen',
    passwordHash: await hashPassword(REGION_EDITOR.password),
  });
  await database.db.insert(users).values({
    email: GOTLAND_EDITOR.email,
    name: 'Redaktör Gotland',
    role: 'editor',
    scopeMunicipalityCode: '0980',
    passwordHash: await hashPassword(GOTLAND_EDITOR.password),
  });
  const first = options.firstStart
    ? await ensureFirstAdmin(database.db, { email: undefined, password: undefined }, true)
    : undefined;
  if (!options.firstStart) {
    await database.db.insert(users).values({
      email: ADMIN.email,
      name: 'Anna Administratör',
      role: 'admin',
      passwordHash: await hashPassword(ADMIN.password),
    });
  }
  // Sign-in is throttled per address; every browser here comes from 127.0.0.1, so the limit is raised.
  const api = await buildApp(loadConfig({ NODE_ENV: 'test', LOGIN_MAX_FAILURES: '50' }), { db: database.db });
  await api.listen({ port: 0, host: '127.0.0.1' });
  const apiUrl = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}`;

  const proxy = Object.fromEntries(['/v1', '/health'].map((path) => [path, apiUrl]));
  const web = await preview({ root: adminRoot, logLevel: 'warn', preview: { port: 0, host: '127.0.0.1', proxy } });
  const adminUrl = web.resolvedUrls?.local[0] ?? '';

  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  mkdirSync(screenshots, { recursive: true });

  return {
    adminUrl,
    apiUrl,
    browser,
    generatedPassword: first?.outcome === 'created' ? first.generatedPassword : undefined,
    async stop() {
      await browser.close();
      await web.close();
      await api.close();
      await database.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

/** Signs in on the sign-in page, which any URL shows until someone is signed in. */
export async function signIn(page: Page, who: { email: string; password: string }) {
  await page.getByLabel('E-post', { exact: true }).fill(who.email);
  await page.getByLabel('Lösenord', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('link', { name: 'Konto' }).waitFor();
}

/** A person signed in to the admin in a browser of their own, at a desktop size. */
export async function signedIn(browser: Browser, url: string, who: { email: string; password: string }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.setDefaultTimeout(8000);
  await page.goto(url);
  await signIn(page, who);
  return { context, page };
}

/** Browser tests need Debian's chromium: CI must run them; elsewhere they are skipped with a note. */
export function requireChromium() {
  if (!hasChromium && process.env.CI) throw new Error("CI must run the browser tests: install Debian's chromium");
  if (!hasChromium)
    console.warn('Skipping browser tests: /usr/bin/chromium is not installed (apt-get install chromium).');
  return hasChromium;
}
