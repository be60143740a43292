import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from './helpers/app.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const { app } = await createTestApp();
const production = await createTestApp({ NODE_ENV: 'production' });

describe('security headers on every answer', () => {
  it.each([
    ['a list', '/v1/municipalities', 200],
    ['a problem', '/v1/municipalities/9999', 404],
    ['a validation problem', '/v1/counties?limit=0', 400],
    ['a path the router refuses', '/v1/counties/%E0%A4%A', 400],
    ['the OpenAPI document', '/openapi.json', 200],
    ['readiness', '/health/ready', 200],
  ])('%s', async (_, url, status) => {
    const response = await app.inject({ url });
    expect(response.statusCode).toBe(status);
    expect(response.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'cross-origin-resource-policy': 'same-origin',
    });
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['content-security-policy']).toContain("default-src 'none'");
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('sends HSTS in production only', async () => {
    const response = await production.app.inject({ url: '/v1/counties' });
    expect(response.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });

  it('lets other sites load what is under /embed/', async () => {
    const response = await app.inject({ url: '/embed/valfardsnavet.js' });
    expect(response.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe.skipIf(!existsSync(CHROMIUM))('the reference at /docs under its CSP, in Chromium', () => {
  const browser = chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  afterAll(async () => (await browser).close());

  it('renders every operation and breaks no rule of its policy', async () => {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as { port: number };
    const page = await (await browser).newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto(`http://127.0.0.1:${port}/docs`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.waitForSelector('.opblock-summary', { timeout: 15_000 });
    const operations = await page.locator('.opblock-summary').count();
    expect(operations).toBeGreaterThan(70);
    await page.locator('.opblock-summary').first().click();
    await page.waitForSelector('.opblock-body', { timeout: 5_000 });
    expect(violations).toEqual([]);
  }, 40_000);
});
