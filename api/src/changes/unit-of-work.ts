import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { HttpProblem, notFound } from '../lib/problems.ts';
import { type AuditAction, recordAudit } from './audit.ts';
import type { ChangeActor, Precondition } from './context.ts';
import { type DomainEvent, writeEvents } from './events.ts';
import { requireIfMatch, requireIfMatchUnlessNew } from './preconditions.ts';
import { advanceReadVersion, announceChange } from './read-version.ts';

/** One change to one entity, as it is recorded: its audit event and the domain events it emits. */
export interface Recorded {
  action: AuditAction;
  entityType: string;
  entityKey: string;
  before: unknown;
  after: unknown;
  events: DomainEvent[];
}

/** Records a change in the transaction that makes it. */
export type Record = (change: Recorded) => Promise<void>;

/**
 * The one way anything changes: `work` runs in one transaction and records each change it makes;
 * the audit events and domain events are written in that transaction, so a change, its audit event
 * and its events commit together or not at all. It also advances the read version, so cached public
 * reads and list ETags go stale when it commits.
 */
export function inTransaction<R>(db: Db, actor: ChangeActor, work: (tx: Db, record: Record) => Promise<R>): Promise<R> {
  let changed = false;
  const committed = db.transaction(async (tx) => {
    const result = await work(tx, async (change) => {
      changed = true;
      await recordAudit(tx, actor, change);
      await writeEvents(
        tx,
        actor,
        { entityType: change.entityType, entityKey: change.entityKey, data: change.after ?? change.before },
        change.events,
      );
    });
    // Once per transaction, and last: every change waits for the read version's one row, so it is held
    // only from here to the commit (taken first, it serialised whole transactions: at 100 writes a
    // second the pool ran dry). What was read before the commit is stale after it.
    if (changed) await advanceReadVersion(tx);
    return result;
  });
  return committed.then(async (result) => {
    if (changed) await announceChange(db);
    return result;
  });
}

/**
 * Serialises changes to one entity across connections and instances, for the rest of the transaction.
 * Taken before the entity is read, so the read that follows sees every change committed before it —
 * and for a key that does not exist yet (a creating PUT), there is no row whose lock could do that.
 */
export async function lockKey(tx: Db, entityType: string, key: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`${entityType}:${key}`}, 0))`);
}

/** The 409 for a unique key that is taken, naming the field. */
export interface Taken {
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

interface Target<T> {
  entityType: string;
  key: string;
  /** Reads the representation; with `lock`, also locks its row for the rest of the transaction. */
  find: (tx: Db, lock: boolean) => Promise<T | undefined>;
}

export interface ChangeSpec<T> extends Target<T> {
  action: AuditAction;
  precondition: Precondition;
  /** The 404 detail when there is nothing to change. */
  missing: string;
  /** Checks rules and makes the change, inside the transaction. */
  apply: (tx: Db, before: T) => Promise<void>;
  /** A deletion answers nothing; anything else answers the representation after the change. */
  deletes?: boolean;
  /** For a change that can set a unique key: the 409 when the new value is taken. */
  taken?: Taken;
  /** The domain events of the change, from the representation before and after it. */
  events: (before: T, after: T | undefined) => DomainEvent[];
}

/**
 * An existing entity changes: lock and read it, check If-Match against the ETag a GET gives, apply
 * the change, record it with before and after. Answers the representation after the change.
 */
export function change<T>(db: Db, actor: ChangeActor, spec: ChangeSpec<T>): Promise<T | undefined> {
  return inTransaction(db, actor, async (tx, record) => {
    await lockKey(tx, spec.entityType, spec.key);
    const before = await spec.find(tx, true);
    if (before === undefined) throw notFound(spec.missing);
    requireIfMatch(spec.precondition, before);
    await spec.apply(tx, before);
    const after = spec.deletes ? undefined : await spec.find(tx, false);
    await record({
      action: spec.action,
      entityType: spec.entityType,
      entityKey: spec.key,
      before,
      after: after ?? null,
      events: spec.events(before, after),
    });
    return after;
  }).catch(takenAs409(spec.taken));
}

/** A change whose audit action follows from what it is: an update, or a deletion. */
export type EntityChange<T> = Omit<ChangeSpec<T>, 'action' | 'deletes'>;

/** An existing entity's fields change: `change`, audited as an update, answering the entity after it. */
export const updateEntity = <T>(db: Db, actor: ChangeActor, spec: EntityChange<T>) =>
  change(db, actor, { ...spec, action: 'update' });

/** An existing entity goes: `change`, audited as a deletion, answering nothing. */
export const deleteEntity = <T>(db: Db, actor: ChangeActor, spec: EntityChange<T>) =>
  change(db, actor, { ...spec, action: 'delete', deletes: true });

export interface CreationSpec<T> {
  entityType: string;
  key: string;
  /** Checks rules and inserts, inside the transaction. */
  insert: (tx: Db) => Promise<void>;
  find: (tx: Db) => Promise<T | undefined>;
  /** The problem when the key is taken (a unique violation). */
  taken: Taken;
  events: (after: T) => DomainEvent[];
}

/** A new entity: insert it and record it; a key that is taken is a 409 naming the field. */
export function create<T>(db: Db, actor: ChangeActor, spec: CreationSpec<T>): Promise<T> {
  return inTransaction(db, actor, async (tx, record) => {
    await spec.insert(tx);
    const after = (await spec.find(tx)) as T;
    await record({
      action: 'create',
      entityType: spec.entityType,
      entityKey: spec.key,
      before: null,
      after,
      events: spec.events(after),
    });
    return after;
  }).catch(takenAs409(spec.taken));
}

export interface PutSpec<T> extends Target<T> {
  precondition: Precondition;
  apply: (tx: Db, before: T | undefined) => Promise<void>;
  events: (before: T | undefined, after: T) => DomainEvent[];
}

/**
 * A PUT that creates or replaces: a missing entity is created (no ETag needed; `If-Match` then a
 * 412) and recorded as a creation; replacing needs If-Match. The key is locked first, so of parallel
 * creating PUTs one creates and the others find it there (and answer 428 or 412), never overwrite.
 */
export function put<T>(db: Db, actor: ChangeActor, spec: PutSpec<T>): Promise<{ after: T; created: boolean }> {
  return inTransaction(db, actor, async (tx, record) => {
    await lockKey(tx, spec.entityType, spec.key);
    const before = await spec.find(tx, true);
    requireIfMatchUnlessNew(spec.precondition, before);
    await spec.apply(tx, before);
    const after = (await spec.find(tx, false)) as T;
    await record({
      action: before === undefined ? 'create' : 'update',
      entityType: spec.entityType,
      entityKey: spec.key,
      before: before ?? null,
      after,
      events: spec.events(before, after),
    });
    return { after, created: before === undefined };
  });
}
