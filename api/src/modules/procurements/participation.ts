import { and, eq, sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Actor, Precondition } from '../../changes/context.ts';
import { PUBLIC } from '../../changes/events.ts';
import { lockKey, put } from '../../changes/unit-of-work.ts';
import type { Db } from '../../db/client.ts';
import type { ColumnOf, RowValues } from '../../db/columns.ts';
import { procurementParticipants, procurementPublicBodyParticipants } from '../../db/schema/index.ts';
import { HttpProblem, notFound } from '../../lib/problems.ts';
import { municipalityExists } from '../municipalities/repository.ts';
import {
  assertRegion,
  isPublicBody,
  municipalityThatIs,
  regionThatIs,
  takesPartAlready,
} from '../public-bodies/references.ts';
import {
  findParticipant,
  findPublicBodyParticipant,
  lockedStage,
  type ParticipantRow,
  type PublicBodyParticipantRow,
} from './repository.ts';
import type { ParticipantInput } from './schemas.ts';
import { commitments, OPEN_STAGES, type ProcurementStage } from './workflow.ts';

const today = () => new Date().toISOString().slice(0, 10);

type ParticipantBody = Static<typeof ParticipantInput>;

interface Participation {
  role: NonNullable<ParticipantBody['role']>;
  commitment: ParticipantBody['commitment'];
  commitmentDates: Record<string, string>;
  estimatedVolume: number | null;
}

type ParticipantTable = typeof procurementParticipants | typeof procurementPublicBodyParticipants;

/** Who takes part: a municipality by its code or a region by its slug, each in a table of its own. */
interface Party<T extends Participation, Table extends ParticipantTable = ParticipantTable> {
  entityType: string;
  table: Table;
  /** The table's column of the party's key, and the columns a new row names the party by. */
  key: ColumnOf<Table>;
  keyValues: (key: string) => RowValues<Table>;
  /** A 404 or 422 when the party is not one that may take part. */
  assertKnown: (tx: Db, key: string) => Promise<void>;
  find: (tx: Db, id: string, key: string) => Promise<T | undefined>;
  /** The party's other name (Region Gotland is 0980), if it takes part under that already. */
  takingPartAs: (tx: Db, id: string, key: string) => Promise<string | undefined>;
  /** Where the request names the party. */
  pointer: string;
}

const municipality: Party<ParticipantRow, typeof procurementParticipants> = {
  entityType: 'procurement_participant',
  table: procurementParticipants,
  key: procurementParticipants.municipalityCode,
  keyValues: (code) => ({ municipalityCode: code }),
  assertKnown: async (tx, code) => {
    if (!(await municipalityExists(tx, code))) throw notFound(`No municipality has the code ${code}`);
  },
  find: findParticipant,
  takingPartAs: async (tx, id, code) => {
    const region = await regionThatIs(tx, code);
    return region && (await findPublicBodyParticipant(tx, id, region)) ? region : undefined;
  },
  pointer: '/path/code',
};

/** A region takes part as a municipality does. */
const region: Party<PublicBodyParticipantRow, typeof procurementPublicBodyParticipants> = {
  entityType: 'procurement_public_body_participant',
  table: procurementPublicBodyParticipants,
  key: procurementPublicBodyParticipants.publicBodySlug,
  keyValues: (slug) => ({ publicBodySlug: slug }),
  assertKnown: async (tx, slug) => {
    if (!(await isPublicBody(tx, slug))) throw notFound(`No public body has the slug ${slug}`);
    await assertRegion(tx, slug, '/path/publicBody');
  },
  find: findPublicBodyParticipant,
  takingPartAs: async (tx, id, slug) => {
    const code = await municipalityThatIs(tx, slug);
    if (!code) return undefined;
    // Waits for a change to the municipality's participation, which checks for this one holding its own lock.
    await lockKey(tx, municipality.entityType, `${id}/${code}`);
    return (await findParticipant(tx, id, code)) ? code : undefined;
  },
  pointer: '/path/publicBody',
};

/**
 * Participation in procurement collaborations, by municipalities and regions alike: one joins (as
 * interested, before tender) or moves its commitment one step (interested → mandate_given →
 * call_off_registered, or withdrawn), each step dated.
 */
export function createParticipationService({ db }: { db: Db }) {
  /**
   * The participant `<procurement>/<key>` (a party of the kind `party`) is what is locked and compared
   * with If-Match; the procurement's stage is held still (shared lock) while it changes.
   */
  async function take<T extends Participation>(
    actor: Actor,
    id: string,
    party: Party<T>,
    key: string,
    body: ParticipantBody,
    precondition: Precondition,
  ) {
    const { table } = party;
    let stage: ProcurementStage | undefined;
    const { after } = await put(db, actor, {
      entityType: party.entityType,
      key: `${id}/${key}`,
      precondition,
      find: async (tx, lock) => {
        if (lock) {
          stage = await lockedStage(tx, id);
          if (!stage) throw notFound(`No procurement has the id ${id}`);
          await party.assertKnown(tx, key);
        }
        return party.find(tx, id, key);
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
          const otherName = await party.takingPartAs(tx, id, key);
          if (otherName) throw takesPartAlready(key, otherName, 'is a participant of this procurement', party.pointer);
          await tx.insert(table).values({
            procurementId: id,
            ...party.keyValues(key),
            role: body.role ?? 'participant',
            commitment: 'interested',
            commitmentDates: { interested: today() },
            estimatedVolume: body.estimatedVolume ?? null,
          });
          return;
        }
        commitments.assert(before.commitment, body.commitment, '/body/commitment');
        const moves = body.commitment !== before.commitment;
        await tx
          .update(table)
          .set({
            role: body.role ?? before.role,
            commitment: body.commitment,
            commitmentDates: moves ? { ...before.commitmentDates, [body.commitment]: today() } : before.commitmentDates,
            estimatedVolume: body.estimatedVolume === undefined ? before.estimatedVolume : body.estimatedVolume,
            updatedAt: sql`now()`,
          })
          .where(and(eq(table.procurementId, id), eq(party.key, key)));
      },
      events: () => [{ type: 'procurement.participant_changed', audience: PUBLIC }],
    });
    return after;
  }

  return {
    putParticipant(actor: Actor, id: string, code: string, body: ParticipantBody, precondition: Precondition) {
      return take(actor, id, municipality, code, body, precondition);
    },

    putPublicBodyParticipant(
      actor: Actor,
      id: string,
      slug: string,
      body: ParticipantBody,
      precondition: Precondition,
    ) {
      return take(actor, id, region, slug, body, precondition);
    },
  };
}
