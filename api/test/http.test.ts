import { describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { createDb } from '../src/db/client.ts';
import { createTestApp, createTestDatabase } from './helpers/app.ts';

const ADMIN = 'https://admin.valfardsnavet.test';
const { app } = await createTestApp({ CORS_ORIGINS: ADMIN });

describe('caching', () => {
  it('answers a repeated GET with a current ETag with 304 and no body', async () => {
    const first = await app.inject({ url: '/v1/municipalities/1490' });
    expect(first.headers.etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(first.headers['cache-control']).toBe('public, max-age=60');
    const second = await app.inject({
      url: '/v1/municipalities/1490',
      headers: { 'if-none-match': first.headers.etag as string },
    });
    expect(second.statusCode).toBe(304);
    expect(second.body).toBe('');
    expect(second.headers.etag).toBe(first.headers.etag);
  });

  it('sends the full body when the ETag is stale, and matches weak or listed ETags', async () => {
    const stale = await app.inject({ url: '/v1/counties', headers: { 'if-none-match': '"something-else"' } });
    expect(stale.statusCode).toBe(200);
    const listed = await app.inject({
      url: '/v1/counties',
      headers: { 'if-none-match': `"x", W/${stale.headers.etag}` },
    });
    expect(listed.statusCode).toBe(304);
  });

  it('gives different representations different ETags', async () => {
    const a = await app.inject({ url: '/v1/municipalities?county=14' });
    const b = await app.inject({ url: '/v1/municipalities?county=13' });
    expect(a.headers.etag).not.toBe(b.headers.etag);
  });

  it('marks errors as not cacheable', async () => {
    const response = await app.inject({ url: '/v1/municipalities/9999' });
    expect(response.headers['cache-control']).toBe('private, no-store');
    expect(response.headers.etag).toBeUndefined();
  });
});

describe('headers on every response', () => {
  it('carries API-Version and a request id, keeping a sane one the caller sent', async () => {
    const response = await app.inject({ url: '/v1/api-info', headers: { 'x-request-id': 'vastkom-site-42' } });
    expect(response.headers['api-version']).toBe('1.0.0');
    expect(response.headers['x-request-id']).toBe('vastkom-site-42');
    const unsafe = await app.inject({ url: '/v1/api-info', headers: { 'x-request-id': 'a b<script>' } });
    expect(unsafe.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const missing = await app.inject({ url: '/v1/no-such-thing' });
    expect(missing.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(missing.headers['api-version']).toBe('1.0.0');
  });
});

describe('CORS', () => {
  it('lets any origin read public data without credentials', async () => {
    const response = await app.inject({ url: '/v1/municipalities', headers: { origin: 'https://www.vastkom.se' } });
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.headers['access-control-allow-credentials']).toBeUndefined();
    expect(String(response.headers['access-control-expose-headers'])).toContain('Link');
  });

  it('allows credentials only for the configured admin origin', async () => {
    const response = await app.inject({ url: '/v1/municipalities', headers: { origin: ADMIN } });
    expect(response.headers['access-control-allow-origin']).toBe(ADMIN);
    expect(response.headers['access-control-allow-credentials']).toBe('true');
    expect(String(response.headers.vary)).toContain('Origin');
  });

  it('answers a preflight', async () => {
    const response = await app.inject({
      method: 'OPTIONS',
      url: '/v1/municipalities',
      headers: { origin: 'https://example.org', 'access-control-request-method': 'GET' },
    });
    expect(response.statusCode).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe('*');
  });
});

describe('api-info and health', () => {
  it('describes the API', async () => {
    const body = (await app.inject({ url: '/v1/api-info' })).json();
    expect(body).toMatchObject({ name: 'Välfärdsnavet API', apiVersion: '1.0.0', build: 'dev' });
    expect(body.license.name).toBe('EUPL-1.2');
    expect(body.contact.url).toMatch(/^https:/);
  });

  it('is live and ready while the database answers', async () => {
    expect((await app.inject({ url: '/health/live' })).json()).toEqual({ status: 'ok' });
    expect((await app.inject({ url: '/health/ready' })).statusCode).toBe(200);
  });
});

describe('when the database is gone', async () => {
  const url = await createTestDatabase();
  const database = await createDb({ databaseUrl: url, maxConnections: 1 });
  const broken = await buildApp(loadConfig({ NODE_ENV: 'test' }), { db: database.db });
  // Compiled here, not in the first test's 20 s: compiling every schema takes that long on a busy machine.
  await broken.ready();
  await database.close();

  it('is not ready (503) but still live', async () => {
    const ready = await broken.inject({ url: '/health/ready' });
    expect(ready.statusCode).toBe(503);
    expect(ready.headers['content-type']).toMatch(/problem\+json/);
    expect((await broken.inject({ url: '/health/live' })).statusCode).toBe(200);
  });

  it('answers 503 with Retry-After and problem details that leak no SQL or internals', async () => {
    const response = await broken.inject({ url: '/v1/municipalities' });
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBe('2');
    const body = response.json();
    expect(body).toMatchObject({ status: 503, title: 'Service unavailable', instance: '/v1/municipalities' });
    expect(body.detail).not.toMatch(/select|from|postgres|connection|ended|\.ts/i);
    expect(Object.keys(body).sort()).toEqual(['detail', 'instance', 'status', 'title', 'type']);
  });
});
