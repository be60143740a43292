import { describe, expect, it } from 'vitest';
import { createActors } from './helpers/actors.ts';
import { createTestApp } from './helpers/app.ts';

const { app, database } = await createTestApp({
  RATE_LIMIT_ANONYMOUS: '100',
  RATE_LIMIT_KEY: '3',
  RATE_LIMIT_KEY_HIGH: '6',
});
const { admin, integratorKey } = await createActors(app, database.db);

describe('rate limits (in memory, one instance)', () => {
  it("counts per key, by the key's tier, whatever the address", async () => {
    const headers = { authorization: `Bearer ${integratorKey}` };
    const statuses = [];
    for (const remoteAddress of ['10.1.0.1', '10.1.0.2', '10.1.0.3', '10.1.0.4']) {
      statuses.push((await app.inject({ url: '/v1/counties', headers, remoteAddress })).statusCode);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);

    const created = await app.inject({
      method: 'POST',
      url: '/v1/api-clients',
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken },
      payload: { name: 'Hög', kind: 'integrator', rateLimitTier: 'high' },
    });
    const high = { authorization: `Bearer ${created.json().key}` };
    const first = await app.inject({ url: '/v1/counties', headers: high });
    expect(first.headers['ratelimit-limit']).toBe('6');
    expect(first.headers['ratelimit-remaining']).toBe('5');
  });

  it('counts anonymous callers per address', async () => {
    const a = await app.inject({ url: '/v1/counties', remoteAddress: '10.2.0.1' });
    const b = await app.inject({ url: '/v1/counties', remoteAddress: '10.2.0.2' });
    expect(a.headers['ratelimit-remaining']).toBe('99');
    expect(b.headers['ratelimit-remaining']).toBe('99');
    expect(Number(a.headers['ratelimit-reset'])).toBeGreaterThan(0);
  });
});

describe('behind a trusted proxy', async () => {
  const { app: proxied } = await createTestApp({ TRUST_PROXY: '127.0.0.1', RATE_LIMIT_ANONYMOUS: '100' });

  it('counts the client the proxy names, not the proxy', async () => {
    const first = await proxied.inject({ url: '/v1/counties', headers: { 'x-forwarded-for': '198.51.100.7' } });
    const second = await proxied.inject({ url: '/v1/counties', headers: { 'x-forwarded-for': '198.51.100.8' } });
    expect(first.headers['ratelimit-remaining']).toBe('99');
    expect(second.headers['ratelimit-remaining']).toBe('99');
    const again = await proxied.inject({ url: '/v1/counties', headers: { 'x-forwarded-for': '198.51.100.7' } });
    expect(again.headers['ratelimit-remaining']).toBe('98');
  });
});
