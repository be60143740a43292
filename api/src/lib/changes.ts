import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/client.ts';
import { type AuditEntry, recordAudit } from './audit.ts';
import { requireIfMatch } from './preconditions.ts';
import { notFound } from './problems.ts';

export interface ChangeSpec<T> {
  /** The representation's schema: its ETag is what If-Match must name. */
  schemaId: string;
  entityType: string;
  key: string;
  action: AuditEntry['action'];
  /** Reads the representation; with `lock`, also locks the row for the rest of the transaction. */
  find: (tx: Db, lock: boolean) => Promise<T | undefined>;
  /** The 404 detail when there is nothing to change. */
  missing: string;
  /** Checks rules and makes the change, inside the transaction. */
  apply: (tx: Db, before: T) => Promise<void>;
  /** A deletion answers nothing; anything else answers the representation after the change. */
  deletes?: boolean;
}

/**
 * The one way an existing resource changes: in one transaction, lock and read it, check If-Match
 * against the ETag a GET gives, apply the change, and write the audit event with before and after.
 * Either all of it happens or none of it.
 */
export function auditedChange<T>(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  spec: ChangeSpec<T>,
) {
  return app.db.transaction(async (tx) => {
    const before = await spec.find(tx, true);
    if (before === undefined) throw notFound(spec.missing);
    requireIfMatch(request, reply, spec.schemaId, before);
    await spec.apply(tx, before);
    const after = spec.deletes ? undefined : await spec.find(tx, false);
    await recordAudit(tx, request, {
      action: spec.action,
      entityType: spec.entityType,
      entityKey: spec.key,
      before,
      after: after ?? null,
    });
    return after;
  });
}
