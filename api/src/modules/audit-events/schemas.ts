import Type from 'typebox';
import { ACTOR_KINDS } from '../../access/principal.ts';
import { listParameters, pageSchema } from '../../lib/lists.ts';
import { nullable } from '../../lib/nullable.ts';

export const AuditEvent = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    actor: Type.Object({
      kind: Type.Enum(ACTOR_KINDS),
      id: nullable(Type.String()),
      label: Type.String({
        description: "The user's email or the API client's name",
        examples: ['anna.andersson@boras.se'],
      }),
    }),
    action: Type.String({ examples: ['update'] }),
    entityType: Type.String({ examples: ['municipality'] }),
    entityKey: Type.String({ examples: ['1490'] }),
    before: Type.Unknown({ description: 'The entity before the change; null for a creation' }),
    after: Type.Unknown({ description: 'The entity after the change; null for a deletion' }),
    requestId: nullable(Type.String(), {
      description: 'X-Request-Id of the request that made the change',
    }),
    occurredAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'AuditEvent', description: 'One change: who, what, before and after, when, in which request.' },
);

export const AuditEventQuery = Type.Object(
  {
    entityType: Type.Optional(Type.String({ maxLength: 50, examples: ['municipality'] })),
    entityKey: Type.Optional(Type.String({ maxLength: 200, examples: ['1490'] })),
    actor: Type.Optional(Type.String({ maxLength: 200, description: 'The id of a user or an API client' })),
    since: Type.Optional(Type.String({ format: 'date-time', description: 'Changes at or after this time' })),
    until: Type.Optional(Type.String({ format: 'date-time', description: 'Changes before this time' })),
    limit: listParameters.limit,
    offset: listParameters.offset,
    count: listParameters.count,
  },
  { additionalProperties: false },
);

export const components = [AuditEvent, pageSchema(AuditEvent, 'A page of audit events, newest first.')];
