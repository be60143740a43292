// Transitional: the old route-side signatures over the new unit of work, while modules move into
// services. Deleted when the last module is converted.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/client.ts';
import { actorOf, preconditionOf } from '../http/changes.ts';
import { type AuditEntry, recordAudit as record } from './audit.ts';
import { type ChangeSpec, type CreationSpec, change, create, type PutSpec, put } from './unit-of-work.ts';

export const recordAudit = (tx: Db, request: FastifyRequest, entry: AuditEntry) => record(tx, actorOf(request), entry);

export function auditedChange<T>(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  spec: Omit<ChangeSpec<T>, 'precondition' | 'events'> & { schemaId: string },
) {
  return change(app.db, actorOf(request), {
    ...spec,
    precondition: preconditionOf(request, reply, spec.schemaId),
    events: () => [],
  });
}

export async function auditedCreation<T>(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  spec: Omit<CreationSpec<T>, 'events'> & { location: string },
) {
  const created = await create(app.db, actorOf(request), { ...spec, events: () => [] });
  reply.code(201).header('location', spec.location);
  return created;
}

export async function auditedPut<T>(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  spec: Omit<PutSpec<T>, 'precondition' | 'events' | 'apply'> & { schemaId: string; apply: (tx: Db) => Promise<void> },
) {
  const { after } = await put(app.db, actorOf(request), {
    ...spec,
    precondition: preconditionOf(request, reply, spec.schemaId),
    events: () => [],
  });
  return after;
}
