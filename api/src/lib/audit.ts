import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/client.ts';
import { auditEvents } from '../db/schema/index.ts';
import { actorOf } from './access.ts';

export interface AuditEntry {
  action: 'create' | 'update' | 'delete' | 'revoke' | 'add_member' | 'remove_member';
  entityType: string;
  entityKey: string;
  before: unknown;
  after: unknown;
}

/**
 * Writes the audit event of a change. Call it with the transaction that makes the change, so that
 * either both are written or neither is.
 */
export async function recordAudit(tx: Db, request: FastifyRequest, entry: AuditEntry): Promise<void> {
  const actor = actorOf(request.principal);
  await tx.insert(auditEvents).values({
    actorKind: actor.kind,
    actorId: actor.id,
    actorLabel: actor.label,
    action: entry.action,
    entityType: entry.entityType,
    entityKey: entry.entityKey,
    before: entry.before ?? null,
    after: entry.after ?? null,
    requestId: request.id,
  });
}
