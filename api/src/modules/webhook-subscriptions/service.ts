import { eq } from 'drizzle-orm';
import { isAdmin, type Principal } from '../../access/principal.ts';
import type { Actor, Precondition } from '../../changes/context.ts';
import { ADMINS } from '../../changes/events.ts';
import { create, deleteEntity, inTransaction, lockKey, updateEntity } from '../../changes/unit-of-work.ts';
import type { Db } from '../../db/client.ts';
import { apiClients } from '../../db/schema/index.ts';
import { HttpProblem, notFound } from '../../lib/problems.ts';
import { uuidv7 } from '../../lib/uuid.ts';
import { enqueueDelivery } from '../../webhooks/queue.ts';
import { newSecret } from '../../webhooks/signature.ts';
import { urlProblem } from '../../webhooks/urls.ts';
import {
  deleteSubscription,
  findDelivery,
  findSecret,
  findSubscription,
  insertSubscription,
  listDeliveries,
  listSubscriptions,
  markForRetry,
  type Owner,
  updateSubscription,
} from './repository.ts';

const ROTATION_OVERLAP_MS = 24 * 3_600_000;
const ENTITY = 'webhook_subscription';

/** An API client manages its own subscriptions; an admin all (`undefined`). Anyone else none. */
function ownerOf(principal: Principal): Owner {
  if (principal.kind === 'api_client') return principal.id;
  if (isAdmin(principal)) return undefined;
  throw new HttpProblem(403, 'Only an API key (for what it owns) or an admin may do this');
}

const missing = (id: string) => `No webhook subscription has the id ${id}`;

/** Webhook subscriptions: who owns them, their URLs and secrets, and retrying their deliveries. */
export function createWebhookSubscriptionService({ db, allowPrivateUrls }: { db: Db; allowPrivateUrls: boolean }) {
  async function checkUrl(url: string) {
    const problem = await urlProblem(url, allowPrivateUrls);
    if (problem) {
      throw new HttpProblem(400, `The webhook URL is refused: it ${problem}`, {
        type: 'validation',
        title: 'Invalid request',
        errors: [{ pointer: '/body/url', detail: problem }],
      });
    }
  }

  /** The API client a new subscription is for: the caller's own key, or the one an admin names. */
  async function clientFor(principal: Principal, named: string | undefined): Promise<string> {
    if (principal.kind === 'api_client') {
      if (named !== undefined && named !== principal.id) {
        throw new HttpProblem(403, 'An API key subscribes for itself only', {
          errors: [{ pointer: '/body/apiClientId', detail: 'must be left out, or be your own client' }],
        });
      }
      return principal.id;
    }
    ownerOf(principal);
    if (named === undefined) {
      throw new HttpProblem(422, 'Name the API client the subscription is for: it receives what that key may see', {
        errors: [{ pointer: '/body/apiClientId', detail: 'is required for admins' }],
      });
    }
    const [client] = await db
      .select({ revokedAt: apiClients.revokedAt })
      .from(apiClients)
      .where(eq(apiClients.id, named));
    if (!client || client.revokedAt) {
      throw new HttpProblem(422, `No active API client has the id ${named}`, {
        errors: [{ pointer: '/body/apiClientId', detail: 'must be an API client that is not revoked' }],
      });
    }
    return named;
  }

  const target = (owner: Owner, id: string) => ({
    entityType: ENTITY,
    key: id,
    find: (tx: Db, lock: boolean) => findSubscription(tx, owner, id, lock),
    missing: missing(id),
  });

  return {
    list: (
      principal: Principal,
      filter: { apiClientId?: string | undefined },
      page: { limit: number; offset: number },
    ) => listSubscriptions(db, ownerOf(principal), filter, page),

    async get(principal: Principal, id: string) {
      const found = await findSubscription(db, ownerOf(principal), id);
      if (!found) throw notFound(missing(id));
      return found;
    },

    async create(
      actor: Actor,
      body: {
        url: string;
        events: string[];
        description?: string | undefined;
        active?: boolean | undefined;
        apiClientId?: string | undefined;
      },
    ) {
      const apiClientId = await clientFor(actor.principal, body.apiClientId);
      await checkUrl(body.url);
      const id = uuidv7();
      const secret = newSecret();
      const subscription = await create(db, actor, {
        entityType: ENTITY,
        key: id,
        insert: (tx) =>
          insertSubscription(tx, {
            id,
            apiClientId,
            url: body.url,
            events: [...new Set(body.events)],
            description: body.description ?? null,
            active: body.active ?? true,
            secret,
          }),
        find: (tx) => findSubscription(tx, undefined, id),
        taken: { detail: 'A subscription with this id exists', pointer: '/body' },
        events: () => [{ type: 'webhook_subscription.created', audience: ADMINS }],
      });
      return { subscription, secret };
    },

    async update(
      actor: Actor,
      id: string,
      body: {
        url?: string | undefined;
        events?: string[] | undefined;
        description?: string | null | undefined;
        active?: boolean | undefined;
      },
      precondition: Precondition,
    ) {
      if (body.url !== undefined) await checkUrl(body.url);
      return updateEntity(db, actor, {
        ...target(ownerOf(actor.principal), id),
        precondition,
        apply: (tx) =>
          updateSubscription(tx, id, {
            ...(body.url !== undefined ? { url: body.url } : {}),
            ...(body.events !== undefined ? { events: [...new Set(body.events)] } : {}),
            ...(body.description !== undefined ? { description: body.description } : {}),
            // Reactivating starts its failure clock again.
            ...(body.active !== undefined ? { active: body.active } : {}),
            ...(body.active === true ? { disabledReason: null, failingSince: null } : {}),
          }),
        events: () => [{ type: 'webhook_subscription.updated', audience: ADMINS }],
      });
    },

    async remove(actor: Actor, id: string, precondition: Precondition) {
      await deleteEntity(db, actor, {
        ...target(ownerOf(actor.principal), id),
        precondition,
        apply: (tx) => deleteSubscription(tx, id),
        events: (before) => [{ type: 'webhook_subscription.deleted', audience: ADMINS, data: { id: before.id } }],
      });
    },

    /** A new secret; the old one keeps signing alongside it for 24 hours, so receivers can switch over. */
    async rotateSecret(actor: Actor, id: string) {
      const owner = ownerOf(actor.principal);
      const secret = newSecret();
      const subscription = await inTransaction(db, actor, async (tx, record) => {
        await lockKey(tx, ENTITY, id);
        const before = await findSubscription(tx, owner, id, true);
        if (!before) throw notFound(missing(id));
        const previousSecret = await findSecret(tx, id);
        await updateSubscription(tx, id, {
          secret,
          previousSecret,
          previousSecretExpiresAt: new Date(Date.now() + ROTATION_OVERLAP_MS),
        });
        const after = await findSubscription(tx, owner, id);
        await record({
          action: 'update',
          entityType: ENTITY,
          entityKey: id,
          before,
          after,
          events: [{ type: 'webhook_subscription.secret_rotated', audience: ADMINS }],
        });
        return after as NonNullable<typeof after>;
      });
      return { subscription, secret };
    },

    async deliveries(
      principal: Principal,
      id: string,
      filter: { status?: 'pending' | 'succeeded' | 'failed' | undefined },
      page: { limit: number; offset: number },
    ) {
      if (!(await findSubscription(db, ownerOf(principal), id))) throw notFound(missing(id));
      return listDeliveries(db, id, filter, page);
    },

    /** Sends a delivery once more, now, whatever its state; a failure then goes on with the retry schedule. */
    async retry(actor: Actor, id: string, deliveryId: string) {
      const owner = ownerOf(actor.principal);
      return inTransaction(db, actor, async (tx, record) => {
        if (!(await findSubscription(tx, owner, id))) throw notFound(missing(id));
        await lockKey(tx, 'webhook_delivery', deliveryId);
        const before = await findDelivery(tx, id, deliveryId, true);
        if (!before) throw notFound(`Subscription ${id} has no delivery ${deliveryId}`);
        await markForRetry(tx, deliveryId);
        await enqueueDelivery(tx, { deliveryId, attempt: before.attempts + 1 });
        const after = await findDelivery(tx, id, deliveryId);
        await record({
          action: 'update',
          entityType: 'webhook_delivery',
          entityKey: `${id}/${deliveryId}`,
          before,
          after,
          events: [{ type: 'webhook_delivery.retried', audience: ADMINS }],
        });
        return after as NonNullable<typeof after>;
      });
    },
  };
}
