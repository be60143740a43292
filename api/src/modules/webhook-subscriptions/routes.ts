import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { Config } from '../../config.ts';
import { actorOf } from '../../http/changes.ts';
import { createRoute, listRoute, resourceRoutes } from '../../http/routes.ts';
import { problemResponses } from '../../lib/problems.ts';
import {
  NewWebhookSubscription,
  WebhookDeliveryListQuery,
  WebhookDeliveryParams,
  WebhookSubscriptionChanges,
  WebhookSubscriptionListQuery,
  WebhookSubscriptionParams,
} from './schemas.ts';
import { createWebhookSubscriptionService } from './service.ts';

export const webhookSubscriptionRoutes: FastifyPluginAsyncTypebox<{ config: Config }> = async (app, { config }) => {
  const tags = ['Webhooks'];
  const access = 'key_or_admin' as const;
  const subscriptions = createWebhookSubscriptionService({
    db: app.db,
    allowPrivateUrls: config.webhooks.allowPrivateUrls,
  });

  listRoute(
    app,
    '/webhook-subscriptions',
    {
      config: { access },
      operationId: 'listWebhookSubscriptions',
      tags,
      summary: 'List webhook subscriptions',
      description: "A key's own subscriptions; an admin's list has everyone's.",
      querystring: WebhookSubscriptionListQuery,
      page: 'WebhookSubscriptionPage',
    },
    ({ apiClientId, limit, offset }, request) =>
      subscriptions.list(request.principal, { apiClientId }, { limit, offset }),
  );

  createRoute(
    app,
    '/webhook-subscriptions',
    {
      access,
      operationId: 'createWebhookSubscription',
      tags,
      summary: 'Subscribe to events',
      description:
        'Deliveries of the events named in `events` that the key may see, POSTed to `url` and signed per Standard ' +
        'Webhooks (docs/webhooks.md). The answer holds the signing secret, shown only here. The URL is refused ' +
        '(400 naming `url`) unless it is https: on a public address, or WEBHOOK_ALLOW_PRIVATE_URLS is on.',
      body: NewWebhookSubscription,
      created: 'WebhookSubscriptionWithSecret',
      problems: [400, 406, 415, 422, 500],
    },
    (actor, body) => subscriptions.create(actor, body),
    (created) => `/v1/webhook-subscriptions/${created.subscription.id}`,
  );

  const subscription = resourceRoutes(app, '/webhook-subscriptions/:id', {
    tags,
    params: WebhookSubscriptionParams,
    representation: 'WebhookSubscription',
  });

  subscription.get(
    {
      config: { access },
      operationId: 'getWebhookSubscription',
      summary: 'Get a webhook subscription',
      description: 'Never shows the secret.',
    },
    ({ id }, request) => subscriptions.get(request.principal, id),
  );

  subscription.change(
    {
      access,
      operationId: 'updateWebhookSubscription',
      summary: 'Change a webhook subscription',
      description: 'Changes its URL, events, description, or pauses and reactivates it (`active`). Needs If-Match.',
      body: WebhookSubscriptionChanges,
      problems: [400, 404, 406, 412, 415, 428, 500],
    },
    (actor, { id }, body, precondition) => subscriptions.update(actor, id, body, precondition),
  );

  subscription.delete(
    {
      access,
      operationId: 'deleteWebhookSubscription',
      summary: 'Delete a webhook subscription',
      description: 'Stops its deliveries and deletes their log. Needs If-Match.',
      problems: [400, 404, 406, 412, 428, 500],
    },
    (actor, { id }, precondition) => subscriptions.remove(actor, id, precondition),
  );

  app.post(
    '/webhook-subscriptions/:id/rotate-secret',
    {
      config: { access },
      schema: {
        operationId: 'rotateWebhookSecret',
        tags,
        summary: 'Rotate the signing secret',
        description:
          'Issues a new secret, shown only in this answer. For 24 hours deliveries carry a signature with each, so ' +
          'receivers can switch over without missing one.',
        params: WebhookSubscriptionParams,
        response: { 200: Type.Ref('WebhookSubscriptionWithSecret'), ...problemResponses(400, 404, 406, 500) },
      },
    },
    (request) => subscriptions.rotateSecret(actorOf(request), request.params.id),
  );

  listRoute(
    app,
    '/webhook-subscriptions/:id/deliveries',
    {
      config: { access },
      operationId: 'listWebhookDeliveries',
      tags,
      summary: 'List the deliveries of a subscription',
      description: 'The delivery log, newest first: each event, its status, every attempt and the next one.',
      params: WebhookSubscriptionParams,
      querystring: WebhookDeliveryListQuery,
      page: 'WebhookDeliveryPage',
      problems: [400, 404],
    },
    ({ status, limit, offset }, request, { id }) =>
      subscriptions.deliveries(request.principal, id, { status }, { limit, offset }),
  );

  app.post(
    '/webhook-subscriptions/:id/deliveries/:deliveryId/retry',
    {
      config: { access },
      schema: {
        operationId: 'retryWebhookDelivery',
        tags,
        summary: 'Send a delivery again',
        description:
          'Sends it once more now, with the same `webhook-id`, whatever its status; if that fails, the retry schedule goes on.',
        params: WebhookDeliveryParams,
        response: { 202: Type.Ref('WebhookDelivery'), ...problemResponses(400, 404, 406, 500) },
      },
    },
    async (request, reply) => {
      const delivery = await subscriptions.retry(actorOf(request), request.params.id, request.params.deliveryId);
      reply.code(202);
      return delivery;
    },
  );
};
