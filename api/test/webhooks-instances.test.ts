import { type ChildProcess, spawn } from 'node:child_process';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { createDb } from '../src/db/client.ts';
import { webhookDeliveries } from '../src/db/schema/index.ts';
import { startJobs } from '../src/webhooks/workers.ts';
import { createActors, type Session } from './helpers/actors.ts';
import { createTestDatabase } from './helpers/app.ts';
import { createCatalogue } from './helpers/catalogue.ts';
import { FAST_WEBHOOKS, quietLog } from './helpers/jobs.ts';
import { startReceiver } from './helpers/receiver.ts';

type App = Awaited<ReturnType<typeof buildApp>>;

/** An API instance on a shared database; with `workers`, it delivers webhooks too. */
async function instance(url: string, workers: boolean) {
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: url, ...FAST_WEBHOOKS });
  const database = await createDb({ databaseUrl: url, maxConnections: 3 });
  const app = await buildApp(config, { db: database.db });
  const jobs = await startJobs(config, database, quietLog, { workers });
  afterAll(async () => {
    await jobs.stop();
    await app.close();
    await database.close();
  });
  return { app, database };
}

/** Creates a technology and publishes it: `technology.published` is what anyone, so any key, may receive. */
async function publishTechnology(app: App, admin: Session, slug: string) {
  const headers = { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken };
  const created = await app.inject({
    method: 'POST',
    url: '/v1/technologies',
    headers,
    payload: { slug, category: 'larm', name: slug, summary: 'En teknik.', readiness: 'try' },
  });
  expect(created.statusCode, created.body).toBe(201);
  const published = await app.inject({
    method: 'PATCH',
    url: `/v1/technologies/${slug}`,
    headers: { ...headers, 'if-match': created.headers.etag as string },
    payload: { status: 'published' },
  });
  expect(published.statusCode, published.body).toBe(200);
}

async function subscribe(app: App, key: string, url: string) {
  const response = await app.inject({
    method: 'POST',
    url: '/v1/webhook-subscriptions',
    headers: { authorization: `Bearer ${key}` },
    payload: { url, events: ['technology.published'] },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().subscription.id as string;
}

describe('two API instances on one database', async () => {
  const url = await createTestDatabase();
  const [a, b] = [await instance(url, true), await instance(url, true)];
  const { admin, integratorKey } = await createActors(a.app, a.database.db);
  await createCatalogue(a.app, admin);
  // Slow answers keep both instances' workers busy polling at once.
  const receiver = await startReceiver(() => 200, { delayMs: 150 });
  const subscription = await subscribe(a.app, integratorKey, receiver.url);

  it('deliver each event once: no attempt is made by both', { timeout: 90_000 }, async () => {
    const slugs = Array.from({ length: 12 }, (_, i) => `teknik-${i}`);
    for (const [i, slug] of slugs.entries()) await publishTechnology(i % 2 === 0 ? a.app : b.app, admin, slug);
    const received = await receiver.until((all) => all.length >= slugs.length);
    const deliveries = async () =>
      a.database.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.subscriptionId, subscription));
    let rows = await deliveries();
    for (let i = 0; i < 100 && rows.some((row) => row.status !== 'succeeded'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      rows = await deliveries();
    }
    // One more, last: any attempt still in flight from before would have arrived by the time it has.
    await publishTechnology(b.app, admin, 'sist');
    await receiver.until((all) => all.some((r) => r.payload.data.slug === 'sist'));
    const ids = received.filter((r) => r.payload.data.slug !== 'sist').map((r) => r.id);

    expect(ids).toHaveLength(slugs.length);
    expect(new Set(ids).size).toBe(slugs.length);
    expect(rows).toHaveLength(slugs.length);
    expect(rows.every((row) => row.status === 'succeeded' && row.attempts === 1)).toBe(true);
    expect(new Set(received.map((r) => r.payload.data.slug))).toEqual(new Set([...slugs, 'sist']));
  });
});

describe('an API killed in the middle of a delivery', async () => {
  const url = await createTestDatabase();
  const { app, database } = await instance(url, false);
  const { admin, integratorKey } = await createActors(app, database.db);
  await createCatalogue(app, admin);
  let arrived: () => void = () => {};
  const firstArrived = new Promise<void>((resolve) => {
    arrived = resolve;
  });
  // The first attempt never gets an answer: the API dies holding it. The next is answered.
  const receiver = await startReceiver((_received, seen) => {
    if (seen > 0) return 200;
    arrived();
    return 'hang';
  });
  await subscribe(app, integratorKey, receiver.url);

  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  });
  const start = (entry: string) => {
    const child = spawn(process.execPath, ['--import', 'tsx', entry], {
      cwd: new URL('..', import.meta.url).pathname,
      env: { ...process.env, ...FAST_WEBHOOKS, NODE_ENV: 'test', DATABASE_URL: url, PORT: '0', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.push(child);
    return child;
  };

  it('delivers it after a restart, with the same webhook-id', { timeout: 120_000 }, async () => {
    const api = start('src/server.ts');
    await publishTechnology(app, admin, 'avbruten');
    await firstArrived;
    api.kill('SIGKILL');
    await new Promise((resolve) => api.once('exit', resolve));
    // Restarted as a separate worker process: the queue, not the process, holds the attempt.
    start('src/worker.ts');
    const [first, second] = await receiver.until((all) => all.length >= 2);
    expect(second?.id).toBe(first?.id);
    expect(second?.payload).toMatchObject({ type: 'technology.published', data: { slug: 'avbruten' } });
    let [row] = await database.db.select().from(webhookDeliveries);
    for (let i = 0; i < 100 && row?.status !== 'succeeded'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      [row] = await database.db.select().from(webhookDeliveries);
    }
    expect(row).toMatchObject({ status: 'succeeded', attempts: 1, lastResponseStatus: 200 });
  });
});
