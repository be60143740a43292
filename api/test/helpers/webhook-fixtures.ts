import type { App } from '../../src/app.ts';
import { PUBLIC } from '../../src/changes/events.ts';
import type { Db } from '../../src/db/client.ts';
import { webhookDeliveries } from '../../src/db/schema/index.ts';
import { uuidv7 } from '../../src/lib/uuid.ts';
import type { Fixture } from '../access-matrix.test.ts';
import type { Actor } from './actors.ts';
import { clientNamed, recordEvent } from './events.ts';

/**
 * The access matrix's fixtures for webhook subscriptions: a key acts on a subscription of its own,
 * an admin on anyone's, everyone else on the integrator's.
 */
export function webhookFixtures(
  app: App,
  db: Db,
  headersFor: (actor: Actor) => Promise<Record<string, string>>,
): Record<string, Fixture> {
  const body = { url: 'http://127.0.0.1:9/hooks', events: ['need.published'] };
  async function subscription(actor: Actor): Promise<string> {
    const owner = actor === 'supplier' ? 'supplier' : 'integrator';
    const response = await app.inject({
      method: 'POST',
      url: '/v1/webhook-subscriptions',
      headers: await headersFor(owner),
      payload: body,
    });
    if (response.statusCode !== 201) throw new Error(`subscribe: ${response.body}`);
    return `/v1/webhook-subscriptions/${response.json().subscription.id}`;
  }
  return {
    'POST /v1/webhook-subscriptions': {
      prepare: async (_target, actor) => ({
        url: '/v1/webhook-subscriptions',
        body: actor === 'admin' ? { ...body, apiClientId: (await clientNamed(db, 'VästKom webbplats')).id } : body,
      }),
    },
    'PATCH /v1/webhook-subscriptions/:id': {
      prepare: async (_target, actor) => ({ url: await subscription(actor), body: { description: 'ändrad' } }),
    },
    'DELETE /v1/webhook-subscriptions/:id': { prepare: async (_target, actor) => ({ url: await subscription(actor) }) },
    'POST /v1/webhook-subscriptions/:id/rotate-secret': {
      prepare: async (_target, actor) => ({ url: `${await subscription(actor)}/rotate-secret` }),
    },
    'POST /v1/webhook-subscriptions/:id/deliveries/:deliveryId/retry': {
      prepare: async (_target, actor) => {
        const url = await subscription(actor);
        const key = await recordEvent(db, { type: 'need.published', audience: PUBLIC });
        const [event] = await db.query.domainEvents.findMany({ where: (e, { eq }) => eq(e.entityKey, key) });
        const id = uuidv7();
        await db.insert(webhookDeliveries).values({
          id,
          subscriptionId: url.split('/').at(-1) as string,
          eventId: event?.id as string,
          status: 'failed',
        });
        return { url: `${url}/deliveries/${id}/retry` };
      },
    },
  };
}
