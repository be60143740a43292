import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { buildApp } from '@valfardsnavet/api/app';
import { loadConfig } from '@valfardsnavet/api/config';
import { createDb } from '@valfardsnavet/api/db';
import { seedDemo } from '@valfardsnavet/api/db/seed/demo';
import { prepareDatabase } from '@valfardsnavet/api/db/setup';
import { type Browser, chromium } from 'playwright-core';
import postgres from 'postgres';
import { build } from 'vite';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * What an association's site meets: the bundle built for production and served by the API (on a fresh
 * PostgreSQL database with the reference and demo data, as `npm start` has them), and a page of the
 * site's own on another origin that loads it with a script tag.
 */
export async function startSite(body: (apiUrl: string) => string) {
  await build({ root, logLevel: 'warn' });
  const serverUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `vn_embed_${process.pid}_${Date.now()}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await createDb({ databaseUrl: url.toString(), maxConnections: 4 });
  await prepareDatabase(database);
  await seedDemo(database.db);
  const api = await buildApp(loadConfig({ NODE_ENV: 'test' }), { db: database.db });
  await api.listen({ port: 0, host: '127.0.0.1' });
  const apiUrl = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}`;

  // The site: another host name and port than the API, so every request the elements make is cross-origin.
  const site: Server = createServer((request, response) => {
    if (request.url !== '/') {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body(apiUrl));
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  const siteUrl = `http://localhost:${(site.address() as AddressInfo).port}/`;

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

  return {
    apiUrl,
    siteUrl,
    browser,
    async stop() {
      await browser.close();
      await new Promise((resolve) => site.close(resolve));
      await api.close();
      await database.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}
