import { createConnection } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { createDb } from '../src/db/client.ts';
import { createActors, login } from './helpers/actors.ts';
import { createTestDatabase } from './helpers/app.ts';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const redisAnswers = await new Promise<boolean>((resolve) => {
  const url = new URL(REDIS_URL);
  const socket = createConnection({ host: url.hostname, port: Number(url.port || 6379) });
  socket.once('connect', () => resolve(socket.end() && true));
  socket.once('error', () => resolve(false));
});
// CI starts Redis and must run this; elsewhere it is skipped with a note when no Redis answers.
if (!redisAnswers && process.env.CI) throw new Error(`CI must run the two-instance tests: no Redis at ${REDIS_URL}`);
if (!redisAnswers) console.warn(`Skipping the two-instance tests: no Redis answers at ${REDIS_URL}`);

describe.skipIf(!redisAnswers)('two API instances on one database and one Redis', async () => {
  const url = await createTestDatabase();
  const env = {
    NODE_ENV: 'test',
    DATABASE_URL: url,
    REDIS_URL,
    RATE_LIMIT_ANONYMOUS: '20',
    RATE_LIMIT_WINDOW_SECONDS: '60',
  };
  const instances = await Promise.all(
    [1, 2].map(async () => {
      const database = await createDb({ databaseUrl: url, maxConnections: 2 });
      const app = await buildApp(loadConfig(env), { db: database.db });
      return { app, database };
    }),
  );
  afterAll(async () => {
    for (const { app, database } of instances) {
      await app.close();
      await database.close();
    }
  });
  const [a, b] = instances.map((i) => i.app) as [(typeof instances)[0]['app'], (typeof instances)[0]['app']];
  await createActors(a, instances[0]?.database.db as never);

  it('shares sessions: signed in on one, recognised by the other', async () => {
    const session = await login(a, 'boras-region@test.se');
    const me = await b.inject({ url: '/v1/auth/me', headers: { cookie: session.cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.email).toBe('boras-region@test.se');
  });

  it('counts a rate limit across both', async () => {
    // A fresh address each run, so a run within the same window as the last one starts from zero.
    const remoteAddress = `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const statuses = [];
    for (let i = 0; i < 21; i++) {
      const response = await (i % 2 === 0 ? a : b).inject({ url: '/v1/counties', remoteAddress });
      statuses.push(response.statusCode);
      expect(response.headers['ratelimit-limit']).toBe('20');
    }
    // Each instance saw only 10 or 11 requests: only a shared count reaches the limit of 20.
    expect(statuses.slice(0, 20).every((status) => status === 200)).toBe(true);
    expect(statuses[20]).toBe(429);
    const refused = await b.inject({ url: '/v1/counties', remoteAddress });
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.headers['ratelimit-remaining']).toBe('0');
    expect(refused.headers['content-type']).toMatch(/problem\+json/);
  });
});
