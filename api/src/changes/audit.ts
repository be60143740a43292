import { actorOf } from '../access/principal.ts';
import type { Db } from '../db/client.ts';
import { auditEvents } from '../db/schema/index.ts';
import type { ChangeActor } from './context.ts';

export type AuditAction = 'create' | 'update' | 'delete' | 'revoke' | 'add_member' | 'remove_member';

export interface AuditEntry {
  action: AuditAction;
  entityType: string;
  entityKey: string;
  before: unknown;
  after: unknown;
}

/** Writes the audit event of a change, in the transaction that makes it. */
export async function recordAudit(tx: Db, actor: ChangeActor, entry: AuditEntry): Promise<void> {
  const by = actorOf(actor.principal);
  await tx.insert(auditEvents).values({
    actorKind: by.kind,
    actorId: by.id,
    actorLabel: by.label,
    action: entry.action,
    entityType: entry.entityType,
    entityKey: entry.entityKey,
    before: entry.before ?? null,
    after: entry.after ?? null,
    requestId: actor.requestId,
  });
}
