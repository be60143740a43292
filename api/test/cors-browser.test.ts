import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from './helpers/app.ts';
import { launchChromium } from './helpers/browser.ts';

const { app } = await createTestApp();

describe('a script on another origin, in Chromium', () => {
  let browser: Browser;
  let api: string;
  let site: string;
  const sitePage = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Site</title>');
  });

  beforeAll(async () => {
    await app.listen({ port: 0, host: '127.0.0.1' });
    api = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    await new Promise<void>((resolve) => sitePage.listen(0, '127.0.0.1', resolve));
    // Another host name and port than the API's, so every request the page makes is cross-origin.
    site = `http://localhost:${(sitePage.address() as AddressInfo).port}/`;
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => sitePage.close(resolve));
  });

  it('reads the CSV file name, the ETag, the links, the rate limit and the request id', async () => {
    const page = await browser.newPage();
    await page.goto(site);
    const seen = await page.evaluate(async (url) => {
      const response = await fetch(url, { headers: { accept: 'text/csv' } });
      const names = ['content-disposition', 'etag', 'link', 'api-version', 'x-request-id'];
      const limits = ['ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset'];
      return {
        status: response.status,
        headers: Object.fromEntries([...names, ...limits].map((name) => [name, response.headers.get(name)])),
        rows: (await response.text()).trim().split('\r\n').length - 1,
      };
    }, `${api}/v1/municipalities?county=14&limit=100`);
    expect(seen.status).toBe(200);
    expect(seen.rows).toBe(49);
    expect(seen.headers['content-disposition']).toMatch(
      /^attachment; filename="municipalities-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(seen.headers.etag).toMatch(/^"[\w-]+"$/);
    expect(seen.headers.link).toContain('rel="first"');
    expect(seen.headers['api-version']).toBe('1.0.0');
    expect(seen.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(Number(seen.headers['ratelimit-limit'])).toBeGreaterThan(0);
    expect(Number(seen.headers['ratelimit-remaining'])).toBeGreaterThanOrEqual(0);
    expect(Number(seen.headers['ratelimit-reset'])).toBeGreaterThanOrEqual(0);
  }, 30_000);

  it('reads where a refused key should go, from a 401', async () => {
    const page = await browser.newPage();
    await page.goto(site);
    const challenge = await page.evaluate(
      async (url) =>
        (await fetch(url, { headers: { authorization: `Bearer ${'x'.repeat(32)}` } })).headers.get('www-authenticate'),
      `${api}/v1/needs`,
    );
    expect(challenge).toBe('Bearer');
  }, 30_000);
});
