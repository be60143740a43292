import { and, eq, inArray, sql } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { IDENTIFIED } from '../src/changes/events.ts';
import { auditEvents, domainEvents, webhookDeliveries, webhookSubscriptions } from '../src/db/schema/index.ts';
import { createActors } from './helpers/actors.ts';
import { createTestApp } from './helpers/app.ts';
import { createCatalogue } from './helpers/catalogue.ts';
import { clientNamed, recordEvent } from './helpers/events.ts';
import { FAST_WEBHOOKS, startTestJobs } from './helpers/jobs.ts';
import { type Received, startReceiver } from './helpers/receiver.ts';
import { recordedBy, requestId } from './helpers/recorded.ts';

const { app, database, databaseUrl } = await createTestApp(FAST_WEBHOOKS);
const db = database.db;
const { admin, headersFor } = await createActors(app, db);
const asAdmin = { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken };
await createCatalogue(app, admin);
await startTestJobs(database, databaseUrl);
const supplier = await clientNamed(db, 'Exempelbolaget');
const asSupplier = await headersFor('supplier');
const asIntegrator = await headersFor('integrator');

const second = await app.inject({
  method: 'POST',
  url: '/v1/api-clients',
  headers: asAdmin,
  payload: {
    name: 'Andra bolaget',
    kind: 'supplier',
    supplier: { name: 'Andra AB', organisationNumber: '556677-8899' },
  },
});
const asSecondSupplier = { authorization: `Bearer ${second.json().key}` };

async function subscribe(headers: Record<string, string>, url: string, events: string[]) {
  const response = await app.inject({
    method: 'POST',
    url: '/v1/webhook-subscriptions',
    headers,
    payload: { url, events },
  });
  expect(response.statusCode, response.body).toBe(201);
  const { subscription, secret } = response.json();
  return { id: subscription.id as string, secret: secret as string };
}

const verify = (secret: string, delivery: Received) =>
  new Webhook(secret).verify(delivery.body, delivery.headers as Record<string, string>);

const deliveriesOf = async (id: string, headers: Record<string, string>) =>
  (await app.inject({ url: `/v1/webhook-subscriptions/${id}/deliveries`, headers })).json().items;

/** The event a need publication writes (the needs module writes it the same way, through the unit of work). */
const publishNeed = () => recordEvent(db, { type: 'need.published', audience: IDENTIFIED, entityType: 'need' });
const eventIdOf = async (key: string) =>
  (await db.select({ id: domainEvents.id }).from(domainEvents).where(eq(domainEvents.entityKey, key)))[0]?.id;
/** Deliveries about one entity: every subscription here also receives the needs other tests publish. */
const about = (key: string) => (all: Received[]) => all.filter((r) => r.payload.data.id === key);

describe('a supplier subscribes and receives a published need', async () => {
  const receiver = await startReceiver();
  const subscription = await subscribe(asSupplier, receiver.url, ['need.published']);

  it('answers the signing secret once, and never again', async () => {
    expect(subscription.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const read = await app.inject({ url: `/v1/webhook-subscriptions/${subscription.id}`, headers: asSupplier });
    expect(read.statusCode).toBe(200);
    expect(read.body).not.toContain(subscription.secret.slice(6));
    expect(read.json()).toMatchObject({ url: receiver.url, events: ['need.published'], active: true });
  });

  it('delivers it signed per Standard Webhooks, verified by the standardwebhooks package', async () => {
    const need = await publishNeed();
    const [delivery] = about(need)(await receiver.until((all) => about(need)(all).length >= 1));
    expect(delivery).toBeDefined();
    const payload = verify(subscription.secret, delivery as Received);
    expect(payload).toMatchObject({ type: 'need.published', data: { id: need } });
    expect((delivery as Received).payload.timestamp).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect((delivery as Received).id).toBe(await eventIdOf(need));
    expect((delivery as Received).headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(() => verify(`whsec_${Buffer.alloc(32, 1).toString('base64')}`, delivery as Received)).toThrow();
  });

  it('logs the delivery: succeeded at the first attempt, with the status and time of it', async () => {
    await receiver.until((all) => all.length >= 1);
    let items = await deliveriesOf(subscription.id, asSupplier);
    for (let i = 0; i < 50 && items[0]?.status !== 'succeeded'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      items = await deliveriesOf(subscription.id, asSupplier);
    }
    expect(items).toMatchObject([
      { eventType: 'need.published', status: 'succeeded', attempts: 1, lastResponseStatus: 200, nextAttemptAt: null },
    ]);
    expect(items[0].history).toMatchObject([{ responseStatus: 200, error: null }]);
  });
});

describe('a receiver that fails', async () => {
  // The first attempt of each event is answered 500, the second 200.
  const receiver = await startReceiver((_received, seen) => (seen === 0 ? 500 : 200));
  const subscription = await subscribe(asIntegrator, receiver.url, ['need.*']);

  it('is retried with the same webhook-id, and the log shows both attempts', async () => {
    const need = await publishNeed();
    const [first, retry] = about(need)(await receiver.until((all) => about(need)(all).length >= 2));
    expect(retry?.id).toBe(first?.id);
    expect(verify(subscription.secret, retry as Received)).toMatchObject({ type: 'need.published' });
    const eventId = await eventIdOf(need);
    const mine = async () =>
      (await deliveriesOf(subscription.id, asIntegrator)).filter((d: { eventId: string }) => d.eventId === eventId);
    let items = await mine();
    for (let i = 0; i < 50 && items[0]?.status !== 'succeeded'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      items = await mine();
    }
    expect(items[0]).toMatchObject({ status: 'succeeded', attempts: 2, lastResponseStatus: 200 });
    expect(items[0].history.map((attempt: { responseStatus: number }) => attempt.responseStatus)).toEqual([500, 200]);
  });
});

describe('when the retries are spent', async () => {
  let failing = true;
  const receiver = await startReceiver(() => (failing ? 503 : 204));
  const subscription = await subscribe(asSupplier, receiver.url, ['need.published']);

  it('the delivery is failed, and sent again on request with the same webhook-id', async () => {
    const need = await publishNeed();
    // The first attempt and the two retries of the schedule.
    await receiver.until((all) => about(need)(all).length >= 3);
    const eventId = await eventIdOf(need);
    const mine = async () =>
      (await deliveriesOf(subscription.id, asSupplier)).filter((d: { eventId: string }) => d.eventId === eventId);
    let items = await mine();
    for (let i = 0; i < 50 && items[0]?.status !== 'failed'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      items = await mine();
    }
    expect(items[0]).toMatchObject({ status: 'failed', attempts: 3, lastResponseStatus: 503, nextAttemptAt: null });
    failing = false;
    const retried = await app.inject({
      method: 'POST',
      url: `/v1/webhook-subscriptions/${subscription.id}/deliveries/${items[0].id}/retry`,
      headers: asSupplier,
    });
    expect(retried.statusCode, retried.body).toBe(202);
    expect(retried.json()).toMatchObject({ status: 'pending' });
    const all = about(need)(await receiver.until((received) => about(need)(received).length >= 4));
    expect(new Set(all.map((r) => r.id))).toEqual(new Set([eventId]));
    for (let i = 0; i < 50 && items[0]?.status !== 'succeeded'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      items = await mine();
    }
    expect(items[0]).toMatchObject({ status: 'succeeded', attempts: 4, lastResponseStatus: 204 });
  });

  it('a subscription failing for WEBHOOK_DISABLE_AFTER_DAYS is deactivated, with an event saying so', async () => {
    failing = true;
    await db
      .update(webhookSubscriptions)
      .set({ failingSince: sql`now() - interval '6 days'` })
      .where(eq(webhookSubscriptions.id, subscription.id));
    const need = await publishNeed();
    await receiver.until((all) => about(need)(all).length > 0);
    let read = (await app.inject({ url: `/v1/webhook-subscriptions/${subscription.id}`, headers: asSupplier })).json();
    for (let i = 0; i < 50 && read.active; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      read = (await app.inject({ url: `/v1/webhook-subscriptions/${subscription.id}`, headers: asSupplier })).json();
    }
    expect(read).toMatchObject({ active: false, disabledReason: expect.stringMatching(/5 days/) });
    const events = await db.select().from(domainEvents).where(eq(domainEvents.entityKey, subscription.id));
    const disabled = events.find((event) => event.type === 'webhook_subscription.disabled');
    expect(disabled).toMatchObject({ actorKind: 'system', actorLabel: 'webhook-delivery' });
    expect(events.every((event) => event.audience === 'admin')).toBe(true);
    const [audit] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityKey, subscription.id), eq(auditEvents.action, 'update')));
    expect(audit).toMatchObject({ actorKind: 'system', actorLabel: 'webhook-delivery', actorId: null });
  });
});

describe('rotating the secret', async () => {
  const receiver = await startReceiver();
  const subscription = await subscribe(asSupplier, receiver.url, ['need.published']);

  it('signs with the new secret and, for the day after, with the old one alongside', async () => {
    const rotated = await app.inject({
      method: 'POST',
      url: `/v1/webhook-subscriptions/${subscription.id}/rotate-secret`,
      headers: asSupplier,
    });
    expect(rotated.statusCode, rotated.body).toBe(200);
    const { secret, subscription: after } = rotated.json();
    expect(secret).not.toBe(subscription.secret);
    expect(Date.parse(after.previousSecretExpiresAt) - Date.now()).toBeGreaterThan(23 * 3_600_000);
    const need = await publishNeed();
    const [delivery] = about(need)(await receiver.until((all) => about(need)(all).length >= 1));
    expect(String(delivery?.headers['webhook-signature']).split(' ')).toHaveLength(2);
    expect(verify(secret, delivery as Received)).toMatchObject({ type: 'need.published' });
    expect(verify(subscription.secret, delivery as Received)).toMatchObject({ type: 'need.published' });
  });
});

describe('a subscriber receives only what its key may see', async () => {
  const first = await startReceiver();
  const secondReceiver = await startReceiver();
  const integrator = await startReceiver();
  await subscribe(asSupplier, first.url, ['need.*']);
  const secondSubscription = await subscribe(asSecondSupplier, secondReceiver.url, ['need.*']);
  const integratorSubscription = await subscribe(asIntegrator, integrator.url, ['*']);

  it("a second supplier never receives the first one's interest; a draft never reaches a key", async () => {
    const interest = await recordEvent(db, {
      type: 'need.interest_expressed',
      audience: {
        kind: 'private',
        supplierId: supplier.supplierId as string,
        municipalities: ['1490'],
        associations: [],
      },
      entityType: 'need_interest',
    });
    const draft = await recordEvent(db, {
      type: 'need.created',
      audience: { kind: 'scoped', municipalities: ['1490'], associations: [] },
      entityType: 'need',
    });
    // What everyone may see, written last: once it has arrived, whatever was dispatched before it has too.
    const marker = await publishNeed();
    const arrived = (all: Received[]) => all.some((r) => r.payload.data.id === marker);
    const both = (all: Received[]) => arrived(all) && all.some((r) => r.payload.data.id === interest);
    await Promise.all([first.until(both), secondReceiver.until(arrived), integrator.until(arrived)]);
    // Deliveries are made in parallel, so the log, not the order of arrival, shows none was ever made.
    const never = await db
      .select({ id: webhookDeliveries.id })
      .from(webhookDeliveries)
      .innerJoin(domainEvents, eq(domainEvents.id, webhookDeliveries.eventId))
      .where(
        and(
          inArray(webhookDeliveries.subscriptionId, [secondSubscription.id, integratorSubscription.id]),
          inArray(domainEvents.entityKey, [interest, draft]),
        ),
      );
    expect(never).toEqual([]);
    const ours = (all: Received[]) =>
      all
        .filter((r) => [interest, draft, marker].includes(String(r.payload.data.id)))
        .map((r) => r.payload.type)
        .sort();
    expect(ours(first.received)).toEqual(['need.interest_expressed', 'need.published']);
    expect(ours(secondReceiver.received)).toEqual(['need.published']);
    expect(ours(integrator.received)).toEqual(['need.published']);
  });
});

describe('managing subscriptions', () => {
  it('refuses a URL that is not http(s), naming url', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/v1/webhook-subscriptions',
      headers: asSupplier,
      payload: { url: 'ftp://leverantor.example.se/hooks', events: ['need.published'] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ pointer: '/body/url', detail: expect.stringMatching(/http/) }]);
  });

  it("keeps one key's subscriptions from another, and from editors; an admin sees and makes them all", async () => {
    const { id } = await subscribe(asSupplier, 'http://127.0.0.1:9/hooks', ['need.published']);
    const url = `/v1/webhook-subscriptions/${id}`;
    expect((await app.inject({ url, headers: asIntegrator })).statusCode).toBe(404);
    expect((await app.inject({ url, headers: await headersFor('inScopeEditor') })).statusCode).toBe(403);
    expect((await app.inject({ url })).statusCode).toBe(401);
    expect((await app.inject({ url, headers: asAdmin })).statusCode).toBe(200);
    const own = (await app.inject({ url: '/v1/webhook-subscriptions?limit=100', headers: asIntegrator })).json();
    expect(own.items.every((item: { apiClientId: string }) => item.apiClientId !== supplier.id)).toBe(true);
    const all = (await app.inject({ url: '/v1/webhook-subscriptions?limit=100', headers: asAdmin })).json();
    expect(all.items.map((item: { id: string }) => item.id)).toContain(id);

    const withoutClient = await app.inject({
      method: 'POST',
      url: '/v1/webhook-subscriptions',
      headers: asAdmin,
      payload: { url: 'http://127.0.0.1:9/hooks', events: ['*'] },
    });
    expect(withoutClient.statusCode).toBe(422);
    expect(withoutClient.json().errors[0].pointer).toBe('/body/apiClientId');
    const forClient = await app.inject({
      method: 'POST',
      url: '/v1/webhook-subscriptions',
      headers: asAdmin,
      payload: { url: 'http://127.0.0.1:9/hooks', events: ['*'], apiClientId: supplier.id },
    });
    expect(forClient.statusCode).toBe(201);
  });

  it('records every change with its audit event and an admin-only event, never the secret', async () => {
    const id = requestId();
    const created = await app.inject({
      method: 'POST',
      url: '/v1/webhook-subscriptions',
      headers: { ...asSupplier, 'x-request-id': id },
      payload: { url: 'http://127.0.0.1:9/hooks', events: ['need.published'], description: 'Behov' },
    });
    const { subscription, secret } = created.json();
    const { audit, events } = await recordedBy(db, id);
    expect(audit).toMatchObject([{ action: 'create', entityType: 'webhook_subscription', entityKey: subscription.id }]);
    expect(events).toMatchObject([{ type: 'webhook_subscription.created', audience: 'admin' }]);
    expect(JSON.stringify([audit, events])).not.toContain(secret.slice(6));

    const url = `/v1/webhook-subscriptions/${subscription.id}`;
    const etag = (await app.inject({ url, headers: asSupplier })).headers.etag as string;
    const patched = await app.inject({
      method: 'PATCH',
      url,
      headers: { ...asSupplier, 'if-match': etag },
      payload: { active: false },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().active).toBe(false);
    const stale = await app.inject({
      method: 'DELETE',
      url,
      headers: { ...asSupplier, 'if-match': etag },
    });
    expect(stale.statusCode).toBe(412);
    const deleted = await app.inject({
      method: 'DELETE',
      url,
      headers: { ...asSupplier, 'if-match': patched.headers.etag as string },
    });
    expect(deleted.statusCode).toBe(204);
    expect((await app.inject({ url, headers: asSupplier })).statusCode).toBe(404);
  });
});

describe('in production', async () => {
  const production = await createTestApp({ NODE_ENV: 'production' });
  const actors = await createActors(production.app, production.database.db);
  const headers = await actors.headersFor('supplier');
  const attempt = (url: string) =>
    production.app.inject({
      method: 'POST',
      url: '/v1/webhook-subscriptions',
      headers,
      payload: { url, events: ['*'] },
    });

  it('refuses http: URLs and private or loopback addresses, naming url', async () => {
    for (const url of [
      'http://10.0.0.1/',
      'https://10.0.0.1/hooks',
      'https://127.0.0.1/',
      'https://[::1]/',
      'http://example.se/',
    ]) {
      const response = await attempt(url);
      expect(response.statusCode, url).toBe(400);
      expect(response.json().errors[0].pointer).toBe('/body/url');
    }
  });
});
