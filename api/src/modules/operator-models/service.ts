import { eq, type SQL, sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Actor, Precondition } from '../../changes/context.ts';
import { type DomainEvent, PUBLIC } from '../../changes/events.ts';
import { create, deleteEntity, put, updateEntity } from '../../changes/unit-of-work.ts';
import type { Db } from '../../db/client.ts';
import { consultationPublicBodyResponses, consultationResponses, operatorModels } from '../../db/schema/index.ts';
import { HttpProblem, notFound } from '../../lib/problems.ts';
import { municipalityExists } from '../municipalities/repository.ts';
import { isPublicBody } from '../public-bodies/references.ts';
import {
  consultedBodies,
  consultedMunicipalities,
  findBodyResponse,
  findOperatorModel,
  findResponse,
  hasResponses,
  type OperatorModelRow,
  type Position,
  setConsultedBodies,
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

type AnswerValues = {
  position: Exclude<Position, 'no_response'>;
  comment: string | null;
  respondedOn: string;
  demo: boolean;
  updatedAt: SQL;
};

/** Who answers a consultation: a municipality or a public body, each with its table. */
interface Answering<T> {
  entityType: string;
  key: string;
  exists: (tx: Db) => Promise<boolean>;
  unknown: string;
  consulted: (tx: Db) => Promise<boolean>;
  notConsulted: string;
  find: (tx: Db, lock: boolean) => Promise<T | undefined>;
  upsert: (tx: Db, values: AnswerValues) => Promise<unknown>;
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

  /**
   * A consulted party answers while the model is out for consultation, or replaces its answer
   * (If-Match). The answer `<model>/<key>` is what is locked and compared; the model is share-locked,
   * so its status cannot move on while the answer is given.
   */
  async function answer<T>(
    actor: Actor,
    slug: string,
    body: Static<typeof ConsultationResponseInput>,
    precondition: Precondition,
    party: Answering<T>,
  ) {
    const { after } = await put(db, actor, {
      entityType: party.entityType,
      key: `${slug}/${party.key}`,
      precondition,
      find: async (tx, lock) => {
        if (lock) {
          const model = await findOperatorModel(tx, slug, 'share');
          if (!model) throw notFound(missing(slug));
          if (!(await party.exists(tx))) throw notFound(party.unknown);
          if (model.status !== 'consultation') {
            throw new HttpProblem(
              409,
              `The model is ${model.status}; answers are given while it is out for consultation`,
            );
          }
          if (!(await party.consulted(tx))) throw new HttpProblem(409, party.notConsulted);
        }
        return party.find(tx, lock);
      },
      apply: async (tx) => {
        await party.upsert(tx, {
          position: body.position,
          comment: body.comment ?? null,
          respondedOn: body.respondedOn ?? new Date().toISOString().slice(0, 10),
          demo: false,
          updatedAt: sql`now()`,
        });
      },
      events: () => [{ type: 'consultation.response_submitted', audience: PUBLIC }],
    });
    return after;
  }

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
          if (body.consultation?.publicBodies) await setConsultedBodies(tx, slug, body.consultation.publicBodies);
        },
        find: (tx) => findOperatorModel(tx, slug),
        taken: { detail: `An operator model with the slug ${slug} exists already`, pointer: '/body/slug' },
        events: () => [{ type: 'operator_model.created', audience: PUBLIC }],
      });
    },

    update(actor: Actor, slug: string, body: Static<typeof OperatorModelChanges>, precondition: Precondition) {
      return updateEntity(db, actor, {
        ...target(slug),
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
          if (body.consultation?.publicBodies) await setConsultedBodies(tx, slug, body.consultation.publicBodies);
        },
        events: (before, after) => (after ? [modelChangeEvent(before, after)] : []),
      });
    },

    /** Only a proposal nobody has answered goes; one consulted on is discontinued instead. */
    remove(actor: Actor, slug: string, precondition: Precondition) {
      return deleteEntity(db, actor, {
        ...target(slug),
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

    /** A consulted municipality answers (remissvar). */
    putResponse(
      actor: Actor,
      slug: string,
      code: string,
      body: Static<typeof ConsultationResponseInput>,
      precondition: Precondition,
    ) {
      return answer(actor, slug, body, precondition, {
        entityType: 'consultation_response',
        key: code,
        exists: (tx) => municipalityExists(tx, code),
        unknown: `No municipality has the code ${code}`,
        consulted: async (tx) => (await consultedMunicipalities(tx, slug)).some((row) => row.code === code),
        notConsulted: `${code} is not among the municipalities consulted on ${slug}`,
        find: (tx, lock) => findResponse(tx, slug, code, lock),
        upsert: (tx, values) =>
          tx
            .insert(consultationResponses)
            .values({ modelSlug: slug, municipalityCode: code, ...values })
            .onConflictDoUpdate({
              target: [consultationResponses.modelSlug, consultationResponses.municipalityCode],
              set: values,
            }),
      });
    },

    /** A consulted public body (a region, a cooperation body, GITS) answers. */
    putPublicBodyResponse(
      actor: Actor,
      slug: string,
      bodySlug: string,
      body: Static<typeof ConsultationResponseInput>,
      precondition: Precondition,
    ) {
      const r = consultationPublicBodyResponses;
      return answer(actor, slug, body, precondition, {
        entityType: 'consultation_public_body_response',
        key: bodySlug,
        exists: (tx) => isPublicBody(tx, bodySlug),
        unknown: `No public body has the slug ${bodySlug}`,
        consulted: async (tx) => (await consultedBodies(tx, slug)).some((row) => row.slug === bodySlug),
        notConsulted: `${bodySlug} is not among the public bodies consulted on ${slug}`,
        find: (tx, lock) => findBodyResponse(tx, slug, bodySlug, lock),
        upsert: (tx, values) =>
          tx
            .insert(r)
            .values({ modelSlug: slug, publicBodySlug: bodySlug, ...values })
            .onConflictDoUpdate({ target: [r.modelSlug, r.publicBodySlug], set: values }),
      });
    },
  };
}
