import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from './helpers/app.ts';
import { builtServerArgs, exitCode, listeningServer } from './helpers/server-process.ts';

// The API as production runs it: built by the api's build script into one bundle, started by its
// `start` script. What it reads from disk (migrations, database functions, reference data, boundaries,
// the embed bundle, its own version) must be found beside the bundle.
const apiDir = new URL('..', import.meta.url);
execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: apiDir, stdio: 'pipe' });
const server = await listeningServer(
  { DATABASE_URL: await createTestDatabase(), EVENT_LOOP_MAX_DELAY_MS: '0' },
  builtServerArgs(),
);
const { origin } = server;
afterAll(async () => {
  server.child.kill('SIGTERM');
  expect(await exitCode(server.child)).toBe(0);
});

describe('the built API', () => {
  it('migrates a new database, loads the reference data and answers from it', async () => {
    const response = await fetch(`${origin}/v1/municipalities/1490`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { name: string }).name).toBe('Borås');
    expect(server.output()).toMatch(/"municipalities":290/);
  });

  it('says its own version', async () => {
    const { version } = JSON.parse(readFileSync(new URL('package.json', apiDir), 'utf8')) as { version: string };
    const response = await fetch(`${origin}/v1/api-info`);
    expect(((await response.json()) as { apiVersion: string }).apiVersion).toBe(version);
    expect(response.headers.get('api-version')).toBe(version);
  });

  it("serves the municipalities' boundaries from the reference data", async () => {
    const response = await fetch(`${origin}/v1/municipalities/boundaries?county=14`);
    expect(response.status).toBe(200);
    const { features } = (await response.json()) as { features: { id: string }[] };
    expect(features.map((feature) => feature.id)).toContain('1490');
  });

  it('serves the web components and the reference page', async () => {
    // From the copy beside the bundle: an image of the API has no packages/ folder to fall back on.
    expect(existsSync(new URL('dist/embed/valfardsnavet.js', apiDir))).toBe(true);
    const bundle = await fetch(`${origin}/embed/v1/valfardsnavet.js`);
    expect(bundle.status).toBe(200);
    expect(await bundle.text()).toContain('customElements.define');
    const docs = await fetch(`${origin}/docs/`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('swagger-ui');
  });
});
