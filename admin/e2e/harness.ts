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
import { type Browser, chromium } from 'playwright-core';
import postgres from 'postgres';
import { build, preview } from 'vite';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
/** The people who sign in to the admin in the browser tests: an editor for Boråsregionen's members. */
export const EDITOR = { email: 'redaktor@borasregionen.test', password: 'ett långt lösenord för test' };
const adminRoot = fileURLToPath(new URL('..', import.meta.url));
export const screenshots = fileURLToPath(new URL('./screenshots/', import.meta.url));

/**
 * The whole product as a user meets it: the API on a fresh PostgreSQL database with the reference
 * data and the demo data (as `npm start` has them), the admin built for production and served by
 * Vite's preview server, and Debian's Chromium.
 */
export async function startProduct() {
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
  const api = await buildApp(loadConfig({ NODE_ENV: 'test' }), { db: database.db });
  await api.listen({ port: 0, host: '127.0.0.1' });
  const apiUrl = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}`;

  await build({ root: adminRoot, logLevel: 'warn' });
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
    browser,
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
