import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createTestApp } from './helpers/app.ts';

// `pnpm test` builds the bundle first; a single file run directly builds it here when it is missing.
const embedRoot = fileURLToPath(new URL('../../packages/embed/', import.meta.url));
if (!existsSync(`${embedRoot}dist/valfardsnavet.js`)) {
  execFileSync(process.execPath, [`${embedRoot}node_modules/vite/bin/vite.js`, 'build'], { cwd: embedRoot });
}

const { app } = await createTestApp();
const url = '/embed/v1/valfardsnavet.js';

describe('the embed script', () => {
  it('is JavaScript any site may load, revalidated by ETag', async () => {
    const response = await app.inject({ url, headers: { origin: 'https://www.vastkom.se' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(response.headers['cache-control']).toBe('public, max-age=300, must-revalidate');
    expect(response.body).toContain('vn-adoption-map');
    // At most 80 kB gzip with Lit inside.
    expect(gzipSync(response.rawPayload).length).toBeLessThanOrEqual(80 * 1024);
    const again = await app.inject({ url, headers: { 'if-none-match': response.headers.etag as string } });
    expect(again.statusCode).toBe(304);
  });

  it('has an immutable copy named by its hash, linked from the demo page', async () => {
    const demo = await app.inject({ url: '/embed/v1/', headers: { accept: 'text/html' } });
    expect(demo.statusCode).toBe(200);
    expect(demo.headers['content-type']).toBe('text/html; charset=utf-8');
    const hashed = /src="(valfardsnavet\.[0-9a-f]{12}\.js)"/.exec(demo.body)?.[1];
    expect(hashed).toBeDefined();
    const copy = await app.inject({ url: `/embed/v1/${hashed}` });
    expect(copy.statusCode).toBe(200);
    expect(copy.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(copy.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(copy.body).toBe((await app.inject({ url })).body);
    const stale = await app.inject({ url: '/embed/v1/valfardsnavet.000000000000.js' });
    expect(stale.statusCode).toBe(404);
    expect(stale.json().detail).toContain(hashed);
  });

  it('shows every element with a snippet on the demo page', async () => {
    const demo = await app.inject({ url: '/embed/v1/' });
    for (const element of [
      'vn-technologies',
      'vn-technology',
      'vn-adoption-map',
      'vn-procurements',
      'vn-consultation',
      'vn-maturity',
    ]) {
      expect(demo.body).toContain(`&lt;${element} `);
      expect(demo.body).toContain(`<${element} `);
    }
    expect((await app.inject({ url: '/embed/v1' })).headers.location).toBe('/embed/v1/');
  });

  it('is not in the OpenAPI document, which describes the REST API only', async () => {
    const document = (await app.inject({ url: '/openapi.json' })).json();
    expect(Object.keys(document.paths).some((path) => path.startsWith('/embed'))).toBe(false);
  });
});
