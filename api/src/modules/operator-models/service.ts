import { eq, sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Actor, Precondition } from '../../changes/context.ts';
import { type DomainEvent, PUBLIC } from '../../changes/events.ts';
import { change, create, put } from '../../changes/unit-of-work.ts';
import type { Db } from '../../db/client.ts';
import { consultationResponses, operatorModels } from '../../db/schema/index.ts';
import { HttpProblem, notFound } from '../../lib/problems.ts';
import {
  consultedMunicipalities,
  findOperatorModel,
  findResponse,
  hasResponses,
  isMunicipality,
  type OperatorModelRow,
  setMembers,
} from './repository.ts';
import { assertReferences, columnsOf } from './rules.ts';
import type { ConsultationResponseInput, NewOperatorModel, OperatorModelChanges } from './schemas.ts';
import { modelWorkflow } from './workflow.ts';

const missing = (slug: string) => `No operator model has the slug ${slug}`;

/** `operator_model.status_changed` (with `from` and `to`) when the status moves, else `operator_model.updated`. */
function modelChangeEvent(before: OperatorModelRow, after: OperatorModelRow): DomainEvent {
  if (after.status === before.status) return { type: 'operator_model.updated', audience: PUBLIC };
  const data = { ...after, from: before.status, to: after.status };
  return { type: 'operator_model.status_changed', audience: PUBLIC, data };
}

/**
 * Operator models, moved proposal → consultation → decided → operating → discontinued by admins, and
 * the consulted municipalities' answers (remissvar). Everything here is public, and so are its events.
 */
export function createOperatorModelService({ db }: { db: Db }) {
  const target = (slug: string) => ({
    entityType: 'operator_model',
    key: slug,
    find: (tx: Db, lock: boolean) => findOperatorModel(tx, slug, lock ? 'update' : undefined),
    missing: missing(slug),
  });

  return {
    create(actor: Actor, body: Static<typeof NewOperatorModel>) {
      const { slug, ...fields } = body;
      return create(db, actor, {
        entityType: 'operator_model',
        key: slug,
        insert: async (tx) => {
          await assertReferences(tx, body);
          await tx.insert(operatorModels).values({ ...columnsOf(fields), slug, status: 'proposal' });
          if (body.members) await setMembers(tx, slug, body.members);
        },
        find: (tx) => findOperatorModel(tx, slug),
        taken: { detail: `An operator model with the slug ${slug} exists already`, pointer: '/body/slug' },
        events: () => [{ type: 'operator_model.created', audience: PUBLIC }],
      });
    },

    update(actor: Actor, slug: string, body: Static<typeof OperatorModelChanges>, precondition: Precondition) {
      return change(db, actor, {
        ...target(slug),
        action: 'update',
        precondition,
        apply: async (tx, before) => {
          const { status, ...fields } = body;
          if (status) modelWorkflow.assert(before.status, status, '/body/status');
          await assertReferences(tx, body);
          await tx
            .update(operatorModels)
            .set({ ...columnsOf(fields), ...(status ? { status } : {}), updatedAt: sql`now()` })
            .where(eq(operatorModels.slug, slug));
          if (body.members) await setMembers(tx, slug, body.members);
        },
        events: (before, after) => (after ? [modelChangeEvent(before, after)] : []),
      });
    },

    /** Only a proposal nobody has answered goes; one consulted on is discontinued instead. */
    remove(actor: Actor, slug: string, precondition: Precondition) {
      return change(db, actor, {
        ...target(slug),
        action: 'delete',
        deletes: true,
        precondition,
        apply: async (tx, before) => {
          if (before.status !== 'proposal' || (await hasResponses(tx, slug))) {
            throw new HttpProblem(409, 'Only a proposal nobody has answered is deleted; discontinue this one instead');
          }
          await tx.delete(operatorModels).where(eq(operatorModels.slug, slug));
        },
        events: () => [{ type: 'operator_model.deleted', audience: PUBLIC, data: { slug } }],
      });
    },

    /**
     * A consulted municipality answers while the model is out for consultation, or replaces its
     * answer (If-Match). The answer `<model>/<code>` is what is locked and compared; the model is
     * share-locked, so its status cannot move on while the answer is given.
     */
    async putResponse(
      actor: Actor,
      slug: string,
      code: string,
      body: Static<typeof ConsultationResponseInput>,
      precondition: Precondition,
    ) {
      const { after } = await put(db, actor, {
        entityType: 'consultation_response',
        key: `${slug}/${code}`,
        precondition,
        find: async (tx, lock) => {
          if (lock) {
            const model = await findOperatorModel(tx, slug, 'share');
            if (!model) throw notFound(missing(slug));
            if (!(await isMunicipality(tx, code))) throw notFound(`No municipality has the code ${code}`);
            if (model.status !== 'consultation') {
              throw new HttpProblem(
                409,
                `The model is ${model.status}; answers are given while it is out for consultation`,
              );
            }
            const consulted = await consultedMunicipalities(tx, slug);
            if (!consulted.some((row) => row.code === code)) {
              throw new HttpProblem(409, `${code} is not among the municipalities consulted on ${slug}`);
            }
          }
          return findResponse(tx, slug, code, lock);
        },
        apply: async (tx) => {
          const values = {
            position: body.position,
            comment: body.comment ?? null,
            respondedOn: body.respondedOn ?? new Date().toISOString().slice(0, 10),
            demo: false,
            updatedAt: sql`now()`,
          };
          await tx
            .insert(consultationResponses)
            .values({ modelSlug: slug, municipalityCode: code, ...values })
            .onConflictDoUpdate({
              target: [consultationResponses.modelSlug, consultationResponses.municipalityCode],
              set: values,
            });
        },
        events: () => [{ type: 'consultation.response_submitted', audience: PUBLIC }],
      });
      return after;
    },
  };
}
