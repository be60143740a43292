import { and, eq, sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Actor, Precondition } from '../../changes/context.ts';
import { change, create, deleteEntity, lockKey, type Recorded, updateEntity } from '../../changes/unit-of-work.ts';
import type { Db } from '../../db/client.ts';
import type { ColumnOf, RowValues } from '../../db/columns.ts';
import { assertKnown } from '../../db/references.ts';
import {
  associations,
  municipalities,
  needCoOwners,
  needPublicBodyCoOwners,
  needs,
  technologies,
  technologyCategories,
} from '../../db/schema/index.ts';
import { HttpProblem, notFound } from '../../lib/problems.ts';
import { assertRegion, municipalityThatIs, regionThatIs, takesPartAlready } from '../public-bodies/references.ts';
import { needAudience, needChangeEvent } from './events.ts';
import { findNeed, findNeeds, linkNeed, lockNeeds, type NeedRow } from './repository.ts';
import type { NeedChanges, NewCoOwner, NewNeed, NewPublicBodyCoOwner } from './schemas.ts';
import { needWorkflow, OPEN_TO_OTHERS } from './workflow.ts';

type NeedBody = Static<typeof NewNeed> | Static<typeof NeedChanges>;

/** Everything a need's body refers to must exist: a 422 naming the field otherwise. */
async function assertReferences(tx: Db, body: NeedBody) {
  const owner = 'owner' in body ? body.owner : undefined;
  await assertKnown(tx, municipalities.code, owner?.municipality, '/body/owner/municipality', ['municipality', 'code']);
  await assertKnown(tx, associations.slug, owner?.association, '/body/owner/association', ['association', 'slug']);
  await assertRegion(tx, owner?.publicBody, '/body/owner/publicBody');
  await assertKnown(tx, technologyCategories.slug, body.categories, '/body/categories', ['category', 'slug']);
  await assertKnown(tx, technologies.slug, body.technologies, '/body/technologies', ['technology', 'slug']);
}

/** The columns of a write: the categories and technologies are linked in tables of their own. */
const withoutLinks = <T extends { categories?: unknown; technologies?: unknown }>({
  categories: _c,
  technologies: _t,
  ...fields
}: T) => fields;

const missing = (id: string) => `No need has the id ${id}`;

/** Others join a need (co-owners) only while it is open to them, and never the owner itself. */
export function assertOpenToOthers(need: NeedRow | undefined, id: string, what: string): asserts need is NeedRow {
  if (!need || need.status === 'draft') throw notFound(missing(id));
  if (!OPEN_TO_OTHERS.includes(need.status)) {
    throw new HttpProblem(409, `The need is ${need.status}; ${what} needs that are ${OPEN_TO_OTHERS.join(', ')}`);
  }
}

type CoOwnerTable = typeof needCoOwners | typeof needPublicBodyCoOwners;

interface CoOwnerKind<Table extends CoOwnerTable = CoOwnerTable> {
  entityType: string;
  table: Table;
  /** The table's column of the co-owner's key, and the columns a new row names the co-owner by. */
  key: ColumnOf<Table>;
  keyValues: (key: string) => RowValues<Table>;
}

/**
 * The two kinds of co-owner, each in a table of its own beside the need: a municipality by its code,
 * and a region by its slug, whose volume pools as a municipality's does.
 */
const coOwners: {
  municipality: CoOwnerKind<typeof needCoOwners>;
  publicBody: CoOwnerKind<typeof needPublicBodyCoOwners>;
} = {
  municipality: {
    entityType: 'need_co_owner',
    table: needCoOwners,
    key: needCoOwners.municipalityCode,
    keyValues: (code) => ({ municipalityCode: code }),
  },
  publicBody: {
    entityType: 'need_public_body_co_owner',
    table: needPublicBodyCoOwners,
    key: needPublicBodyCoOwners.publicBodySlug,
    keyValues: (slug) => ({ publicBodySlug: slug }),
  },
};

/**
 * What a joining co-owner is checked for: the body field naming it, whether it owns the need, whether it
 * exists, and its other name (Region Gotland is 0980) if that owns or co-owns the need already.
 */
interface Joining {
  pointer: string;
  owns: (need: NeedRow) => boolean;
  assertKnown: (tx: Db) => Promise<void>;
  takingPartAs: (tx: Db, need: NeedRow) => Promise<string | undefined>;
}

/**
 * Needs: stated as drafts by editors of their owner, moved along draft → published → in_dialogue →
 * in_procurement → solved (or withdrawn), and joined by other municipalities as co-owners, whose
 * volumes pool into the need's (the database keeps the pooled volume and counts).
 */
export function createNeedService({ db }: { db: Db }) {
  const target = (id: string) => ({
    entityType: 'need',
    key: id,
    find: (tx: Db, lock: boolean) => findNeed(tx, id, lock),
    missing: missing(id),
  });

  /**
   * A co-owner (`key`, of the kind `kind`) joins another's published need with its own volume. Recorded
   * as the co-owner `<need>/<key>`; the need is locked as for any change to it, since its pooled volume
   * and ETag change.
   */
  function joinNeed(
    actor: Actor,
    id: string,
    kind: CoOwnerKind,
    key: string,
    { estimatedVolume, comment }: Static<typeof NewCoOwner | typeof NewPublicBodyCoOwner>,
    joining: Joining,
  ) {
    return create(db, actor, {
      entityType: kind.entityType,
      key: `${id}/${key}`,
      insert: async (tx) => {
        await lockKey(tx, 'need', id);
        const need = await findNeed(tx, id);
        assertOpenToOthers(need, id, 'others join');
        if (joining.owns(need)) {
          throw new HttpProblem(409, `${key} owns this need already`, {
            errors: [{ pointer: joining.pointer, detail: 'is the owner' }],
          });
        }
        await joining.assertKnown(tx);
        const otherName = await joining.takingPartAs(tx, need);
        if (otherName) throw takesPartAlready(key, otherName, 'owns or co-owns this need', joining.pointer);
        await tx
          .insert(kind.table)
          .values({ needId: id, ...kind.keyValues(key), estimatedVolume, comment: comment ?? null });
        await tx.update(needs).set({ updatedAt: sql`now()` }).where(eq(needs.id, id));
      },
      find: (tx) => findNeed(tx, id),
      taken: { detail: `${key} is a co-owner of this need already`, pointer: joining.pointer },
      events: (after) => [{ type: 'need.co_owner_added', audience: needAudience(after) }],
    });
  }

  /**
   * A co-owner (`key`, of the kind `kind`) leaves; If-Match is the need's ETag, compared on the need
   * locked as for any change to it.
   */
  function leaveNeed(actor: Actor, id: string, kind: CoOwnerKind, key: string, precondition: Precondition) {
    return change(db, actor, {
      entityType: kind.entityType,
      key: `${id}/${key}`,
      action: 'delete',
      precondition,
      missing: missing(id),
      find: async (tx, lock) => {
        if (lock) await lockKey(tx, 'need', id);
        return findNeed(tx, id, lock);
      },
      apply: async (tx) => {
        const removed = await tx
          .delete(kind.table)
          .where(and(eq(kind.table.needId, id), eq(kind.key, key)))
          .returning({ key: kind.key });
        if (removed.length === 0) throw notFound(`${key} is not a co-owner of the need ${id}`);
        await tx.update(needs).set({ updatedAt: sql`now()` }).where(eq(needs.id, id));
      },
      events: (before, after) => [{ type: 'need.co_owner_removed', audience: needAudience(after ?? before) }],
    });
  }

  return {
    create(actor: Actor, body: Static<typeof NewNeed>) {
      const id = crypto.randomUUID();
      return create(db, actor, {
        entityType: 'need',
        key: id,
        insert: async (tx) => {
          await assertReferences(tx, body);
          const { owner, ...fields } = body;
          await tx.insert(needs).values({
            ...withoutLinks(fields),
            id,
            ownerMunicipalityCode: owner.municipality ?? null,
            ownerAssociationSlug: owner.association ?? null,
            ownerPublicBodySlug: owner.publicBody ?? null,
            status: 'draft',
          });
          await linkNeed(tx, id, body);
        },
        find: (tx) => findNeed(tx, id),
        taken: { detail: 'A need with this id exists already', pointer: '/body' },
        events: (after) => [{ type: 'need.created', audience: needAudience(after) }],
      });
    },

    update(actor: Actor, id: string, body: Static<typeof NeedChanges>, precondition: Precondition) {
      return updateEntity(db, actor, {
        ...target(id),
        precondition,
        apply: async (tx, before) => {
          if (body.status) needWorkflow.assert(before.status, body.status, '/body/status');
          await assertReferences(tx, body);
          const { status, ...fields } = body;
          const firstPublication = status === 'published' && before.publishedAt === null;
          await tx
            .update(needs)
            .set({
              ...withoutLinks(fields),
              ...(status ? { status } : {}),
              ...(firstPublication ? { publishedAt: sql`now()` } : {}),
              updatedAt: sql`now()`,
            })
            .where(eq(needs.id, id));
          await linkNeed(tx, id, body);
        },
        events: (before, after) => (after ? [needChangeEvent(before, after)] : []),
      });
    },

    /** Only a need that was never published goes; a published one is withdrawn instead. */
    remove(actor: Actor, id: string, precondition: Precondition) {
      return deleteEntity(db, actor, {
        ...target(id),
        precondition,
        apply: async (tx, before) => {
          if (before.publishedAt !== null) {
            throw new HttpProblem(409, 'A need that has been published is withdrawn (status withdrawn), not deleted');
          }
          await tx.delete(needs).where(eq(needs.id, id));
        },
        events: (before) => [{ type: 'need.deleted', audience: needAudience(before), data: { id } }],
      });
    },

    /** "We have this need too" from a municipality. */
    addCoOwner(actor: Actor, id: string, body: Static<typeof NewCoOwner>) {
      const code = body.municipality;
      return joinNeed(actor, id, coOwners.municipality, code, body, {
        pointer: '/body/municipality',
        owns: (need) => need.owner.kind === 'municipality' && need.owner.code === code,
        assertKnown: (tx) => assertKnown(tx, municipalities.code, code, '/body/municipality', ['municipality', 'code']),
        takingPartAs: async (tx, need) => {
          const region = await regionThatIs(tx, code);
          const takesPart =
            (need.owner.kind === 'public_body' && need.owner.slug === region) ||
            need.publicBodyCoOwners.some((coOwner) => coOwner.publicBody.slug === region);
          return region && takesPart ? region : undefined;
        },
      });
    },

    /** "We have this need too" from a region. */
    addPublicBodyCoOwner(actor: Actor, id: string, body: Static<typeof NewPublicBodyCoOwner>) {
      const slug = body.publicBody;
      return joinNeed(actor, id, coOwners.publicBody, slug, body, {
        pointer: '/body/publicBody',
        owns: (need) => need.owner.kind === 'public_body' && need.owner.slug === slug,
        assertKnown: (tx) => assertRegion(tx, slug, '/body/publicBody'),
        takingPartAs: async (tx, need) => {
          const municipality = await municipalityThatIs(tx, slug);
          const takesPart =
            (need.owner.kind === 'municipality' && need.owner.code === municipality) ||
            need.coOwners.some((coOwner) => coOwner.municipality.code === municipality);
          return municipality && takesPart ? municipality : undefined;
        },
      });
    },

    /** A municipality leaves as co-owner. */
    removeCoOwner(actor: Actor, id: string, code: string, precondition: Precondition) {
      return leaveNeed(actor, id, coOwners.municipality, code, precondition);
    },

    /** A region leaves as co-owner. */
    removePublicBodyCoOwner(actor: Actor, id: string, slug: string, precondition: Precondition) {
      return leaveNeed(actor, id, coOwners.publicBody, slug, precondition);
    },
  };
}

/**
 * Needs changed as part of another entity's change (a procurement linking, unlinking or moving them
 * into procurement): each need is locked as a change to it would lock it (all in one order), `apply`
 * runs (handed the needs as they were), and every need whose own row changed — its status or its
 * procurement — is answered as a change of its own, with its event, for the caller to record in its
 * transaction.
 */
export async function changeNeedsAlong(
  tx: Db,
  needIds: string[],
  apply: (before: ReadonlyMap<string, NeedRow>) => Promise<void>,
): Promise<Recorded[]> {
  const ids = [...new Set(needIds)].sort();
  for (const id of ids) await lockKey(tx, 'need', id);
  await lockNeeds(tx, ids);
  const before = new Map((await findNeeds(tx, ids)).map((need) => [need.id, need]));
  await apply(before);
  return (await findNeeds(tx, ids)).flatMap((after) => {
    const was = before.get(after.id);
    if (!was || (was.status === after.status && was.procurement?.id === after.procurement?.id)) return [];
    const event = needChangeEvent(was, after);
    return [{ action: 'update', entityType: 'need', entityKey: after.id, before: was, after, events: [event] }];
  });
}
