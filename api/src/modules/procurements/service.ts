import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Actor, Precondition } from '../../changes/context.ts';
import { type DomainEvent, PUBLIC } from '../../changes/events.ts';
import { requireIfMatch } from '../../changes/preconditions.ts';
import { inTransaction, lockKey, type Recorded } from '../../changes/unit-of-work.ts';
import type { Db } from '../../db/client.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { needs, procurementStageChanges, procurements } from '../../db/schema/index.ts';
import { HttpProblem, notFound } from '../../lib/problems.ts';
import type { NeedRow } from '../needs/repository.ts';
import { changeNeedsAlong } from '../needs/service.ts';
import { findProcurement, linkProcurement, type ProcurementRow } from './repository.ts';
import { assertConsistent, assertReferences, assertTimeline, columnsOf, EMPTY_TIMELINE } from './rules.ts';
import type { NewProcurement, ProcurementChanges } from './schemas.ts';
import { type ProcurementStage, stages } from './workflow.ts';

/** From tender on, the needs a procurement takes on are in procurement. */
const TENDERED: readonly ProcurementStage[] = ['tender', 'evaluation', 'awarded', 'contract_active'];

const missing = (id: string) => `No procurement has the id ${id}`;

/** A reference is unique: the 409 naming it, for a unique violation; anything else is rethrown. */
const referenceTaken =
  (reference: string | undefined) =>
  (error: unknown): never => {
    if (!isUniqueViolation(error)) throw error;
    throw new HttpProblem(409, `A procurement with the reference ${reference} exists already`, {
      errors: [{ pointer: '/body/reference', detail: 'is taken' }],
    });
  };

/** `procurement.stage_changed` (with `from` and `to`) when the stage moves, else `procurement.updated`. */
function procurementChangeEvent(before: ProcurementRow, after: ProcurementRow): DomainEvent {
  if (after.stage === before.stage) return { type: 'procurement.updated', audience: PUBLIC };
  return {
    type: 'procurement.stage_changed',
    audience: PUBLIC,
    data: { ...after, from: before.stage, to: after.stage },
  };
}

/**
 * Entering tender takes the linked needs along: those still published or in dialogue move to
 * in_procurement (each recorded by changeNeedsAlong, which has them locked).
 */
async function needsIntoProcurement(tx: Db, procurementId: string) {
  await tx
    .update(needs)
    .set({ status: 'in_procurement', updatedAt: sql`now()` })
    .where(and(eq(needs.procurementId, procurementId), inArray(needs.status, ['published', 'in_dialogue'])));
}

/**
 * The other procurements that needs about to be linked to `id` leave: each of them changes too (its
 * needs), so each is answered as an update of its own with `procurement.updated`. Their representations
 * are read now, before the change, with the needs locked; the changes to record are read after it.
 */
async function procurementsLeft(tx: Db, id: string, needs: ReadonlyMap<string, NeedRow>) {
  const others = [...new Set([...needs.values()].map((need) => need.procurement?.id))]
    .filter((other): other is string => other !== undefined && other !== id)
    .sort();
  const before: ProcurementRow[] = [];
  for (const other of others) before.push((await findProcurement(tx, other)) as ProcurementRow);
  return async (): Promise<Recorded[]> => {
    const changes: Recorded[] = [];
    for (const was of before) {
      const after = await findProcurement(tx, was.id);
      const events = [{ type: 'procurement.updated', audience: PUBLIC }];
      changes.push({ action: 'update', entityType: 'procurement', entityKey: was.id, before: was, after, events });
    }
    return changes;
  };
}

/**
 * Procurement collaborations, moved stage by stage by admins, and the municipalities taking part.
 * A procurement's changes reach its needs: linking or unlinking one, and entering tender (which moves
 * the linked needs into procurement), change each need too, recorded as a change to that need in the
 * same transaction; a need taken over from another procurement changes that one too.
 */
export function createProcurementService({ db }: { db: Db }) {
  return {
    create(actor: Actor, body: Static<typeof NewProcurement>) {
      const id = crypto.randomUUID();
      return inTransaction(db, actor, async (tx, record) => {
        assertTimeline(body.timeline ?? EMPTY_TIMELINE);
        assertConsistent(body);
        await assertReferences(tx, body);
        let left = async (): Promise<Recorded[]> => [];
        const linked = await changeNeedsAlong(tx, body.needs ?? [], async (needsBefore) => {
          left = await procurementsLeft(tx, id, needsBefore);
          await tx.insert(procurements).values({ ...columnsOf(body), id, stage: 'planning' });
          await tx.insert(procurementStageChanges).values({ procurementId: id, fromStage: null, toStage: 'planning' });
          await linkProcurement(tx, id, body);
        });
        const after = (await findProcurement(tx, id)) as ProcurementRow;
        const events = [{ type: 'procurement.created', audience: PUBLIC }];
        await record({ action: 'create', entityType: 'procurement', entityKey: id, before: null, after, events });
        for (const change of [...linked, ...(await left())]) await record(change);
        return after;
      }).catch(referenceTaken(body.reference));
    },

    /** Fields, links, or one step of its stage; If-Match compared on the locked procurement. */
    update(actor: Actor, id: string, body: Static<typeof ProcurementChanges>, precondition: Precondition) {
      return inTransaction(db, actor, async (tx, record) => {
        await lockKey(tx, 'procurement', id);
        const before = await findProcurement(tx, id, true);
        if (!before) throw notFound(missing(id));
        requireIfMatch(precondition, before);
        const { stage, ...changes } = body;
        const moves = stage !== undefined && stage !== before.stage;
        if (stage) stages.assert(before.stage, stage, '/body/stage');
        if (body.timeline) assertTimeline(body.timeline);
        assertConsistent(body, before);
        await assertReferences(tx, body, id);
        // Entering tender takes the linked needs along; so does linking needs to one already past it.
        const movesNeeds = TENDERED.includes(stage ?? before.stage) && (stage === 'tender' || body.needs !== undefined);
        const touched = body.needs || movesNeeds ? [...before.needs.map((need) => need.id), ...(body.needs ?? [])] : [];
        let left = async (): Promise<Recorded[]> => [];
        const changedNeeds = await changeNeedsAlong(tx, touched, async (needsBefore) => {
          left = await procurementsLeft(tx, id, needsBefore);
          await tx
            .update(procurements)
            .set({ ...columnsOf(changes), ...(moves ? { stage } : {}), updatedAt: sql`now()` })
            .where(eq(procurements.id, id));
          await linkProcurement(tx, id, body);
          if (moves) {
            await tx
              .insert(procurementStageChanges)
              .values({ procurementId: id, fromStage: before.stage, toStage: stage });
          }
          if (movesNeeds) await needsIntoProcurement(tx, id);
        });
        const after = (await findProcurement(tx, id)) as ProcurementRow;
        const events = [procurementChangeEvent(before, after)];
        await record({ action: 'update', entityType: 'procurement', entityKey: id, before, after, events });
        for (const change of [...changedNeeds, ...(await left())]) await record(change);
        return after;
      }).catch(referenceTaken(body.reference));
    },

    /** Only one still in planning goes (a mistake); its needs are unlinked, each recorded. */
    remove(actor: Actor, id: string, precondition: Precondition) {
      return inTransaction(db, actor, async (tx, record) => {
        await lockKey(tx, 'procurement', id);
        const before = await findProcurement(tx, id, true);
        if (!before) throw notFound(missing(id));
        requireIfMatch(precondition, before);
        if (before.stage !== 'planning') {
          throw new HttpProblem(409, `A procurement in ${before.stage} is cancelled (stage cancelled), not deleted`);
        }
        const unlinked = await changeNeedsAlong(
          tx,
          before.needs.map((need) => need.id),
          async () => {
            await linkProcurement(tx, id, { needs: [] });
            await tx.delete(procurements).where(eq(procurements.id, id));
          },
        );
        const events = [{ type: 'procurement.deleted', audience: PUBLIC, data: { id } }];
        await record({ action: 'delete', entityType: 'procurement', entityKey: id, before, after: null, events });
        for (const need of unlinked) await record(need);
      });
    },
  };
}
