import Type from 'typebox';
import { DELIVERY_STATUSES } from '../../db/schema/index.ts';
import { listParameters, pageSchema } from '../../lib/lists.ts';
import { nullable } from '../../lib/nullable.ts';
import { timestampProperties } from '../../lib/properties.ts';
import { EventTypePattern } from '../events/schemas.ts';

const Url = Type.String({
  maxLength: 2000,
  description:
    'Where deliveries are POSTed: `https:` (and `http:` or private addresses only where WEBHOOK_ALLOW_PRIVATE_URLS is on)',
  examples: ['https://leverantor.example.se/valfardsnavet/webhooks'],
});
const Events = Type.Array(EventTypePattern, {
  minItems: 1,
  maxItems: 50,
  description: 'The event types to receive (docs/events.md), prefixes such as `need.*`, or `*` for all it may see',
});
const Description = Type.String({ maxLength: 500 });

export const WebhookSubscription = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    apiClientId: Type.String({
      format: 'uuid',
      description: 'The API client it belongs to: it receives what that key may see',
    }),
    url: Url,
    events: Events,
    description: nullable(Description),
    active: Type.Boolean({ description: 'Whether deliveries are made' }),
    disabledReason: nullable(
      Type.String({
        description: 'Why the API deactivated it (after its deliveries failed for days); cleared by reactivating',
      }),
    ),
    previousSecretExpiresAt: nullable(
      Type.String({ format: 'date-time', description: 'Until when the secret before the last rotation still signs' }),
    ),
    ...timestampProperties,
  },
  {
    $id: 'WebhookSubscription',
    description: 'Where and which events an API client wants delivered (Standard Webhooks).',
  },
);

export const WebhookSubscriptionWithSecret = Type.Object(
  {
    subscription: Type.Ref('WebhookSubscription'),
    secret: Type.String({
      pattern: '^whsec_',
      description: 'The signing secret, shown only in this answer: keep it to verify `webhook-signature`',
    }),
  },
  { $id: 'WebhookSubscriptionWithSecret', description: 'A subscription with its new signing secret, shown once.' },
);

export const WebhookSubscriptionPage = pageSchema(WebhookSubscription, 'A page of webhook subscriptions.');

export const NewWebhookSubscription = Type.Object(
  {
    url: Url,
    events: Events,
    description: Type.Optional(Description),
    active: Type.Optional(Type.Boolean({ default: true })),
    apiClientId: Type.Optional(
      Type.String({ format: 'uuid', description: 'Admins only, and required for them: the API client it is for' }),
    ),
  },
  {
    additionalProperties: false,
    $id: 'NewWebhookSubscription',
    examples: [{ url: 'https://leverantor.example.se/valfardsnavet/webhooks', events: ['need.published'] }],
  },
);

export const WebhookSubscriptionChanges = Type.Object(
  {
    url: Type.Optional(Url),
    events: Type.Optional(Events),
    description: Type.Optional(nullable(Description)),
    active: Type.Optional(Type.Boolean({ description: '`true` reactivates a deactivated subscription' })),
  },
  { additionalProperties: false, minProperties: 1, $id: 'WebhookSubscriptionChanges' },
);

export const WebhookSubscriptionParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
export const WebhookDeliveryParams = Type.Object({
  id: Type.String({ format: 'uuid' }),
  deliveryId: Type.String({ format: 'uuid' }),
});

export const WebhookSubscriptionListQuery = Type.Object(
  {
    apiClientId: Type.Optional(Type.String({ format: 'uuid', description: 'Only those of this API client (admins)' })),
    limit: listParameters.limit,
    offset: listParameters.offset,
  },
  { additionalProperties: false },
);

const Attempt = Type.Object({
  at: Type.String({ format: 'date-time' }),
  responseStatus: nullable(Type.Integer({ description: "The receiver's status; null when no answer came" })),
  durationMs: Type.Integer({ minimum: 0 }),
  error: nullable(Type.String({ description: 'Why no answer came (timeout, refused, address not allowed)' })),
});

export const WebhookDelivery = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    eventId: Type.String({ format: 'uuid', description: 'The event, also the `webhook-id` the receiver sees' }),
    eventType: Type.String({ examples: ['need.published'] }),
    status: Type.Enum(DELIVERY_STATUSES, {
      description: '`pending` (being tried or waiting for a retry), `succeeded` (a 2xx), `failed` (retries spent)',
    }),
    attempts: Type.Integer({ minimum: 0 }),
    lastAttemptAt: nullable(Type.String({ format: 'date-time' })),
    lastResponseStatus: nullable(Type.Integer()),
    lastDurationMs: nullable(Type.Integer()),
    lastError: nullable(Type.String()),
    nextAttemptAt: nullable(Type.String({ format: 'date-time', description: 'When it is tried next, while pending' })),
    history: Type.Array(Attempt, { description: 'Every attempt, oldest first' }),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'WebhookDelivery', description: 'One event for one subscription, with every attempt to deliver it.' },
);

export const WebhookDeliveryPage = pageSchema(WebhookDelivery, 'A page of deliveries, newest first.');

export const WebhookDeliveryListQuery = Type.Object(
  {
    status: Type.Optional(Type.Enum(DELIVERY_STATUSES)),
    limit: listParameters.limit,
    offset: listParameters.offset,
  },
  { additionalProperties: false },
);

export const components = [
  WebhookSubscription,
  WebhookSubscriptionWithSecret,
  WebhookSubscriptionPage,
  NewWebhookSubscription,
  WebhookSubscriptionChanges,
  WebhookDelivery,
  WebhookDeliveryPage,
];
