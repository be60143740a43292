import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/client.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { type AuditEntry, recordAudit } from './audit.ts';
import { requireIfMatch, requireIfMatchUnlessNew } from './preconditions.ts';
import { HttpProblem, notFound } from './problems.ts';

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
  /** For a change that can set a unique key: the 409 when the new value is taken. */
  taken?: Taken;
}

/** The 409 for a unique key that is taken, naming the field. */
interface Taken {
  detail: string;
  pointer: string;
}

/** Turns a unique violation from the database into the 409 that names the field; rethrows anything else. */
function takenAs409(taken: Taken | undefined) {
  return (error: unknown): never => {
    if (!taken || !isUniqueViolation(error)) throw error;
    throw new HttpProblem(409, taken.detail, { errors: [{ pointer: taken.pointer, detail: 'is taken' }] });
  };
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
  return app.db
    .transaction(async (tx) => {
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
    })
    .catch(takenAs409(spec.taken));
}

export interface CreationSpec<T> {
  entityType: string;
  key: string;
  /** Where the new resource lives, for the Location header. */
  location: string;
  /** Checks rules and inserts, inside the transaction. */
  insert: (tx: Db) => Promise<void>;
  find: (tx: Db) => Promise<T | undefined>;
  /** The problem when the key is taken (a unique violation). */
  taken: Taken;
}

/**
 * The one way a resource is created: in one transaction, insert it and write the audit event; a key
 * that is taken is a 409 naming the field; the answer is 201 with Location and the representation.
 */
export async function auditedCreation<T>(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  spec: CreationSpec<T>,
): Promise<T | undefined> {
  const created = await app.db
    .transaction(async (tx) => {
      await spec.insert(tx);
      const after = await spec.find(tx);
      await recordAudit(tx, request, {
        action: 'create',
        entityType: spec.entityType,
        entityKey: spec.key,
        before: null,
        after,
      });
      return after;
    })
    .catch(takenAs409(spec.taken));
  reply.code(201).header('location', spec.location);
  return created;
}

/**
 * A PUT that creates or replaces: like auditedChange, but a missing resource is created (no ETag
 * needed, `If-Match` then a 412) and audited as a creation; replacing still needs If-Match.
 */
export function auditedPut<T>(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  spec: Pick<ChangeSpec<T>, 'schemaId' | 'entityType' | 'key' | 'find'> & { apply: (tx: Db) => Promise<void> },
) {
  return app.db.transaction(async (tx) => {
    const before = await spec.find(tx, true);
    requireIfMatchUnlessNew(request, reply, spec.schemaId, before);
    await spec.apply(tx);
    const after = await spec.find(tx, false);
    await recordAudit(tx, request, {
      action: before === undefined ? 'create' : 'update',
      entityType: spec.entityType,
      entityKey: spec.key,
      before: before ?? null,
      after: after ?? null,
    });
    return after;
  });
}
