import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { Config } from '../../config.ts';
import { actorOf, preconditionOf, sendCreated, sendDeleted } from '../../http/changes.ts';
import { sendPage } from '../../http/lists.ts';
import { changeResponses, createResponses, deleteResponses, readResponses } from '../../http/responses.ts';
import { problemResponses } from '../../lib/problems.ts';
import { ref } from '../../lib/ref.ts';
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

  app.get(
    '/webhook-subscriptions',
    {
      config: { access },
      schema: {
        operationId: 'listWebhookSubscriptions',
        tags,
        summary: 'List webhook subscriptions',
        description: "A key's own subscriptions; an admin's list has everyone's.",
        querystring: WebhookSubscriptionListQuery,
        response: readResponses('WebhookSubscriptionPage', 400),
      },
    },
    async (request, reply) => {
      const { apiClientId, limit, offset } = request.query;
      const { items, total } = await subscriptions.list(request.principal, { apiClientId }, { limit, offset });
      return sendPage(request, reply, items, total, { limit, offset });
    },
  );

  app.post(
    '/webhook-subscriptions',
    {
      config: { access },
      schema: {
        operationId: 'createWebhookSubscription',
        tags,
        summary: 'Subscribe to events',
        description:
          'Deliveries of the events named in `events` that the key may see, POSTed to `url` and signed per Standard ' +
          'Webhooks (docs/webhooks.md). The answer holds the signing secret, shown only here. The URL is refused ' +
          '(400 naming `url`) unless it is https: on a public address, or WEBHOOK_ALLOW_PRIVATE_URLS is on.',
        body: ref(NewWebhookSubscription),
        response: createResponses('WebhookSubscriptionWithSecret', [400, 406, 415, 422, 500]),
      },
    },
    async (request, reply) => {
      const created = await subscriptions.create(actorOf(request), request.body);
      return sendCreated(reply, `/v1/webhook-subscriptions/${created.subscription.id}`, created);
    },
  );

  app.get(
    '/webhook-subscriptions/:id',
    {
      config: { access },
      schema: {
        operationId: 'getWebhookSubscription',
        tags,
        summary: 'Get a webhook subscription',
        description: 'Never shows the secret.',
        params: WebhookSubscriptionParams,
        response: readResponses('WebhookSubscription', 400, 404),
      },
    },
    (request) => subscriptions.get(request.principal, request.params.id),
  );

  app.patch(
    '/webhook-subscriptions/:id',
    {
      config: { access },
      schema: {
        operationId: 'updateWebhookSubscription',
        tags,
        summary: 'Change a webhook subscription',
        description: 'Changes its URL, events, description, or pauses and reactivates it (`active`). Needs If-Match.',
        params: WebhookSubscriptionParams,
        body: ref(WebhookSubscriptionChanges),
        response: changeResponses('WebhookSubscription', [400, 404, 406, 412, 415, 428, 500]),
      },
    },
    (request, reply) =>
      subscriptions.update(
        actorOf(request),
        request.params.id,
        request.body,
        preconditionOf(request, reply, 'WebhookSubscription'),
      ),
  );

  app.delete(
    '/webhook-subscriptions/:id',
    {
      config: { access },
      schema: {
        operationId: 'deleteWebhookSubscription',
        tags,
        summary: 'Delete a webhook subscription',
        description: 'Stops its deliveries and deletes their log. Needs If-Match.',
        params: WebhookSubscriptionParams,
        response: deleteResponses([400, 404, 406, 412, 428, 500]),
      },
    },
    async (request, reply) => {
      await subscriptions.remove(
        actorOf(request),
        request.params.id,
        preconditionOf(request, reply, 'WebhookSubscription'),
      );
      return sendDeleted(reply);
    },
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

  app.get(
    '/webhook-subscriptions/:id/deliveries',
    {
      config: { access },
      schema: {
        operationId: 'listWebhookDeliveries',
        tags,
        summary: 'List the deliveries of a subscription',
        description: 'The delivery log, newest first: each event, its status, every attempt and the next one.',
        params: WebhookSubscriptionParams,
        querystring: WebhookDeliveryListQuery,
        response: readResponses('WebhookDeliveryPage', 400, 404),
      },
    },
    async (request, reply) => {
      const { status, limit, offset } = request.query;
      const { items, total } = await subscriptions.deliveries(
        request.principal,
        request.params.id,
        { status },
        { limit, offset },
      );
      return sendPage(request, reply, items, total, { limit, offset });
    },
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
