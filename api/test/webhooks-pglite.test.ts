import { Webhook } from 'standardwebhooks';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { prepareDatabase } from '../src/db/setup.ts';
import { startJobs } from '../src/webhooks/workers.ts';
import { createActors } from './helpers/actors.ts';
import { createCatalogue } from './helpers/catalogue.ts';
import { FAST_WEBHOOKS, quietLog } from './helpers/jobs.ts';
import { createEmbeddedDb } from './helpers/pglite.ts';
import { type Received, startReceiver } from './helpers/receiver.ts';

// The embedded default runs the same pg-boss queue, through an adapter over its one PGlite connection.
const database = await createEmbeddedDb();
await prepareDatabase(database);
const config = loadConfig({ NODE_ENV: 'test', ...FAST_WEBHOOKS });
const app = await buildApp(config, { db: database.db });
const jobs = await startJobs(config, database, quietLog, { workers: true });
afterAll(async () => {
  await jobs.stop();
  await app.close();
  await database.close();
});
const { admin, integratorKey } = await createActors(app, database.db);
await createCatalogue(app, admin);

describe('webhooks on the embedded PGlite database', async () => {
  // The first attempt fails, so the retry goes through the queue too.
  const receiver = await startReceiver((_received, seen) => (seen === 0 ? 500 : 200));

  it('delivers a published technology, signed, and retries a failure with the same webhook-id', async () => {
    const subscribed = await app.inject({
      method: 'POST',
      url: '/v1/webhook-subscriptions',
      headers: { authorization: `Bearer ${integratorKey}` },
      payload: { url: receiver.url, events: ['technology.published'] },
    });
    expect(subscribed.statusCode, subscribed.body).toBe(201);
    const headers = { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken };
    const created = await app.inject({
      method: 'POST',
      url: '/v1/technologies',
      headers,
      payload: { slug: 'pglite-teknik', category: 'larm', name: 'PGlite', summary: 'En teknik.', readiness: 'try' },
    });
    const published = await app.inject({
      method: 'PATCH',
      url: '/v1/technologies/pglite-teknik',
      headers: { ...headers, 'if-match': created.headers.etag as string },
      payload: { status: 'published' },
    });
    expect(published.statusCode, published.body).toBe(200);
    const [first, retry] = await receiver.until((all) => all.length >= 2);
    expect(retry?.id).toBe(first?.id);
    const payload = new Webhook(subscribed.json().secret).verify(
      (retry as Received).body,
      (retry as Received).headers as Record<string, string>,
    );
    expect(payload).toMatchObject({ type: 'technology.published', data: { slug: 'pglite-teknik' } });
  });
});
