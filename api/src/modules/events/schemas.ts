import Type from 'typebox';

/** An event type as subscriptions and the feed name it: `need.published`, a prefix `need.*`, or `*`. */
export const EventTypePattern = Type.String({
  pattern: '^(\\*|[a-z_]+\\.\\*|[a-z_]+\\.[a-z_]+)$',
  maxLength: 100,
  description: 'An event type (`need.published`), all of one entity (`need.*`), or every type (`*`)',
  examples: ['need.published', 'need.*'],
});

export const DomainEvent = Type.Object(
  {
    id: Type.String({
      format: 'uuid',
      description: 'Time-ordered and stable: the same as the `webhook-id` of its webhook deliveries',
    }),
    type: Type.String({ description: 'From the catalogue in docs/events.md', examples: ['need.published'] }),
    occurredAt: Type.String({ format: 'date-time' }),
    data: Type.Object(
      {},
      {
        additionalProperties: true,
        description: 'What a subscriber needs: the representation after the change (as GET gives it), or its key',
      },
    ),
  },
  {
    $id: 'DomainEvent',
    description: 'Something that happened to the register, as the change feed and webhooks give it.',
  },
);

export const EventPage = Type.Object(
  {
    items: Type.Array(Type.Ref('DomainEvent')),
    next: Type.String({
      description:
        'The cursor to send as `after` next time: it moves past everything this answer covered, even when `items` is empty',
    }),
  },
  { $id: 'EventPage', description: 'The next events of the change feed, in commit order.' },
);

export const EventFeedQuery = Type.Object(
  {
    after: Type.Optional(
      Type.String({
        maxLength: 200,
        description: 'The `next` cursor of the previous answer; without it the feed starts at its oldest event',
      }),
    ),
    type: Type.Optional(
      Type.Array(EventTypePattern, {
        minItems: 1,
        maxItems: 50,
        description: 'Only these types. Repeat for any of several.',
      }),
    ),
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 100, description: 'How many events at most (1–500).' }),
  },
  { additionalProperties: false },
);

export const components = [DomainEvent, EventPage];
