import { and, eq, sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Actor, Precondition } from '../../changes/context.ts';
import { PUBLIC } from '../../changes/events.ts';
import { put } from '../../changes/unit-of-work.ts';
import type { Db } from '../../db/client.ts';
import { procurementParticipants, procurementPublicBodyParticipants } from '../../db/schema/index.ts';
import { HttpProblem, notFound } from '../../lib/problems.ts';
import { assertRegion, isPublicBody } from '../public-bodies/references.ts';
import { findParticipant, findPublicBodyParticipant, isMunicipality, lockedStage } from './repository.ts';
import type { ParticipantInput } from './schemas.ts';
import { commitments, OPEN_STAGES, type ProcurementStage } from './workflow.ts';

const today = () => new Date().toISOString().slice(0, 10);

type Commitment = Static<typeof ParticipantInput>['commitment'];
type Role = NonNullable<Static<typeof ParticipantInput>['role']>;

interface Participation {
  role: Role;
  commitment: Commitment;
  commitmentDates: Record<string, string>;
  estimatedVolume: number | null;
}

/** Who takes part: a municipality or a region, each with its own table. */
interface Party<T extends Participation> {
  entityType: string;
  key: string;
  /** A 404 or 422 when the party is not one that may take part. */
  assertKnown: (tx: Db) => Promise<void>;
  find: (tx: Db) => Promise<T | undefined>;
  insert: (tx: Db, values: Participation) => Promise<unknown>;
  update: (tx: Db, values: Participation & { updatedAt: ReturnType<typeof sql> }) => Promise<unknown>;
}

/**
 * Participation in procurement collaborations, by municipalities and regions alike: one joins (as
 * interested, before tender) or moves its commitment one step (interested → mandate_given →
 * call_off_registered, or withdrawn), each step dated.
 */
export function createParticipationService({ db }: { db: Db }) {
  /**
   * The participant `<procurement>/<key>` is what is locked and compared with If-Match; the
   * procurement's stage is held still (shared lock) while it changes.
   */
  async function take<T extends Participation>(
    actor: Actor,
    id: string,
    body: Static<typeof ParticipantInput>,
    precondition: Precondition,
    party: Party<T>,
  ) {
    let stage: ProcurementStage | undefined;
    const { after } = await put(db, actor, {
      entityType: party.entityType,
      key: `${id}/${party.key}`,
      precondition,
      find: async (tx, lock) => {
        if (lock) {
          stage = await lockedStage(tx, id);
          if (!stage) throw notFound(`No procurement has the id ${id}`);
          await party.assertKnown(tx);
        }
        return party.find(tx);
      },
      apply: async (tx, before) => {
        if (stage === 'expired' || stage === 'cancelled') {
          throw new HttpProblem(409, `The procurement is ${stage}; participation no longer changes`);
        }
        if (!before) {
          if (body.commitment !== 'interested') {
            throw new HttpProblem(409, `A new participant starts as interested, not ${body.commitment}`, {
              errors: [{ pointer: '/body/commitment', detail: 'must be interested for a new participant' }],
            });
          }
          if (stage && !OPEN_STAGES.includes(stage)) {
            throw new HttpProblem(409, `The procurement is in ${stage}; participants join before tender`);
          }
          await party.insert(tx, {
            role: body.role ?? 'participant',
            commitment: 'interested',
            commitmentDates: { interested: today() },
            estimatedVolume: body.estimatedVolume ?? null,
          });
          return;
        }
        commitments.assert(before.commitment, body.commitment, '/body/commitment');
        const moves = body.commitment !== before.commitment;
        await party.update(tx, {
          role: body.role ?? before.role,
          commitment: body.commitment,
          commitmentDates: moves ? { ...before.commitmentDates, [body.commitment]: today() } : before.commitmentDates,
          estimatedVolume: body.estimatedVolume === undefined ? before.estimatedVolume : body.estimatedVolume,
          updatedAt: sql`now()`,
        });
      },
      events: () => [{ type: 'procurement.participant_changed', audience: PUBLIC }],
    });
    return after;
  }

  return {
    putParticipant(
      actor: Actor,
      id: string,
      code: string,
      body: Static<typeof ParticipantInput>,
      precondition: Precondition,
    ) {
      const table = procurementParticipants;
      return take(actor, id, body, precondition, {
        entityType: 'procurement_participant',
        key: code,
        assertKnown: async (tx) => {
          if (!(await isMunicipality(tx, code))) throw notFound(`No municipality has the code ${code}`);
        },
        find: (tx) => findParticipant(tx, id, code),
        insert: (tx, values) => tx.insert(table).values({ procurementId: id, municipalityCode: code, ...values }),
        update: (tx, values) =>
          tx
            .update(table)
            .set(values)
            .where(and(eq(table.procurementId, id), eq(table.municipalityCode, code))),
      });
    },

    /** A region takes part as a municipality does. */
    putPublicBodyParticipant(
      actor: Actor,
      id: string,
      slug: string,
      body: Static<typeof ParticipantInput>,
      precondition: Precondition,
    ) {
      const table = procurementPublicBodyParticipants;
      return take(actor, id, body, precondition, {
        entityType: 'procurement_public_body_participant',
        key: slug,
        assertKnown: async (tx) => {
          if (!(await isPublicBody(tx, slug))) throw notFound(`No public body has the slug ${slug}`);
          await assertRegion(tx, slug, '/path/publicBody');
        },
        find: (tx) => findPublicBodyParticipant(tx, id, slug),
        insert: (tx, values) => tx.insert(table).values({ procurementId: id, publicBodySlug: slug, ...values }),
        update: (tx, values) =>
          tx
            .update(table)
            .set(values)
            .where(and(eq(table.procurementId, id), eq(table.publicBodySlug, slug))),
      });
    },
  };
}
