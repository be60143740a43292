import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from './helpers/app.ts';
import { launchChromium } from './helpers/browser.ts';
import { exitCode, listeningServer } from './helpers/server-process.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// The server as `npm start` runs it (tsx compiles the page script there, not vitest), on a database of its
// own; it sheds no load, since the test machine's cores are busy.
const server = await listeningServer({ DATABASE_URL: await createTestDatabase(), EVENT_LOOP_MAX_DELAY_MS: '0' });
const { origin } = server;
afterAll(async () => {
  server.child.kill('SIGTERM');
  await exitCode(server.child);
});

describe('who may call what, in the OpenAPI document', () => {
  it('marks public operations as needing no credentials and keeps the requirement of the others', async () => {
    const { paths } = (await (await fetch(`${origin}/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { security: unknown }>>;
    };
    expect(paths['/v1/municipalities']?.get?.security).toEqual([]);
    expect(paths['/v1/technologies/{slug}']?.get?.security).toEqual([]);
    expect(paths['/v1/needs']?.get?.security).toEqual([{ apiKey: [] }, { session: [] }]);
    expect(paths['/v1/municipalities/{code}']?.patch?.security).toEqual([{ session: [] }]);
  });
});

/** axe-core's critical and serious violations on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the page's CSP (script-src 'self') does not stop it.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: () => Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run()).violations as { id: string; impact: string; nodes: { target: unknown }[] }[];
  });
  return violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

describe('the reference at /docs, in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const elsewhere: string[] = [];
  const refused: string[] = [];
  const failures: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('request', (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) elsewhere.push(request.url());
    });
    page.on('pageerror', (error) => failures.push(error.message));
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
    });
    await page.goto(`${origin}/docs`);
    await page.getByRole('heading', { name: 'Så får du en API-nyckel' }).waitFor({ timeout: 30_000 });
    await page.locator('.opblock-summary').first().waitFor({ timeout: 30_000 });
  }, 60_000);
  afterAll(async () => browser?.close());

  it('opens with a Swedish introduction that says what the API is and how to get a key', async () => {
    const introduction = page.locator('[lang="sv"]');
    await expect(introduction.getByRole('heading', { name: 'Om API:et' }).isVisible()).resolves.toBe(true);
    const text = await introduction.textContent();
    expect(text).toContain('Välfärdsnavet är det gemensamma registret');
    expect(text).toContain('Be Välfärdsnavets administratörer om en integratörsnyckel');
    expect(text).toContain('Authorization: Bearer <nyckel>');
    expect(await page.title()).toBe('Välfärdsnavet API – referens');
  });

  it('shows a public read without a lock, and a read that needs a key with one', async () => {
    const municipalities = page.locator('#operations-Municipalities-listMunicipalities');
    await expect(municipalities.getByRole('button', { name: /List municipalities/ }).count()).resolves.toBe(1);
    await expect(municipalities.getByRole('button', { name: /authorization button/ }).count()).resolves.toBe(0);
    const needs = page.locator('#operations-Needs-listNeeds');
    await expect(needs.getByRole('button', { name: /authorization button/ }).count()).resolves.toBe(1);
  });

  it('has no critical or serious axe violations as it opens', async () => {
    expect(await seriousViolations(page)).toEqual([]);
  }, 60_000);

  it('has none with an operation open and tried out, and the call answers', async () => {
    const operation = page.locator('#operations-Municipalities-listMunicipalities');
    await operation.getByRole('button', { name: /List municipalities/ }).click();
    await operation.getByRole('button', { name: 'Try it out' }).click();
    await operation.getByRole('textbox', { name: 'q (query)' }).fill('Göteborg');
    await operation.getByRole('button', { name: 'Execute' }).click();
    const status = operation.locator('.live-responses-table td.response-col_status:not(.col_header)');
    await status.waitFor({ timeout: 15_000 });
    expect(await status.textContent()).toBe('200');
    expect(await operation.locator('.live-responses-table').textContent()).toContain('"code": "1480"');
    expect(await seriousViolations(page)).toEqual([]);
  }, 60_000);

  it('has none with a write operation and its request body open', async () => {
    const operation = page.locator('#operations-Municipalities-updateMunicipality');
    await operation.getByRole('button', { name: /Change a municipality/ }).click();
    await operation.getByRole('button', { name: 'Try it out' }).click();
    await operation.locator('textarea.body-param__text').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: /Schemas/ }).click();
    expect(await seriousViolations(page)).toEqual([]);
  }, 60_000);

  it('loads nothing from anywhere but the API itself, breaks no rule of its CSP and throws nothing', () => {
    expect(elsewhere).toEqual([]);
    expect(refused).toEqual([]);
    expect(failures).toEqual([]);
  });
});
