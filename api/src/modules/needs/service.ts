import { and, eq, sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Actor, Precondition } from '../../changes/context.ts';
import { change, create, deleteEntity, lockKey, type Recorded, updateEntity } from '../../changes/unit-of-work.ts';
import type { Db } from '../../db/client.ts';
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
import { assertRegion } from '../public-bodies/references.ts';
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

interface Joining {
  entityType: string;
  /** The co-owner's key: a municipality's code or a region's slug. */
  key: string;
  pointer: string;
  owns: (need: NeedRow) => boolean;
  assertKnown: (tx: Db) => Promise<void>;
  insert: (tx: Db) => Promise<unknown>;
}

interface Leaving {
  entityType: string;
  key: string;
  remove: (tx: Db) => Promise<unknown[]>;
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
   * A co-owner joins another's published need with its own volume. Recorded as the co-owner
   * `<need>/<key>`; the need is locked as for any change to it, since its pooled volume and ETag change.
   */
  function joinNeed(actor: Actor, id: string, joining: Joining) {
    return create(db, actor, {
      entityType: joining.entityType,
      key: `${id}/${joining.key}`,
      insert: async (tx) => {
        await lockKey(tx, 'need', id);
        const need = await findNeed(tx, id);
        assertOpenToOthers(need, id, 'others join');
        if (joining.owns(need)) {
          throw new HttpProblem(409, `${joining.key} owns this need already`, {
            errors: [{ pointer: joining.pointer, detail: 'is the owner' }],
          });
        }
        await joining.assertKnown(tx);
        await joining.insert(tx);
        await tx.update(needs).set({ updatedAt: sql`now()` }).where(eq(needs.id, id));
      },
      find: (tx) => findNeed(tx, id),
      taken: { detail: `${joining.key} is a co-owner of this need already`, pointer: joining.pointer },
      events: (after) => [{ type: 'need.co_owner_added', audience: needAudience(after) }],
    });
  }

  /** A co-owner leaves; If-Match is the need's ETag, compared on the need locked as for any change to it. */
  function leaveNeed(actor: Actor, id: string, precondition: Precondition, leaving: Leaving) {
    return change(db, actor, {
      entityType: leaving.entityType,
      key: `${id}/${leaving.key}`,
      action: 'delete',
      precondition,
      missing: missing(id),
      find: async (tx, lock) => {
        if (lock) await lockKey(tx, 'need', id);
        return findNeed(tx, id, lock);
      },
      apply: async (tx) => {
        if ((await leaving.remove(tx)).length === 0)
          throw notFound(`${leaving.key} is not a co-owner of the need ${id}`);
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
      return joinNeed(actor, id, {
        entityType: 'need_co_owner',
        key: code,
        pointer: '/body/municipality',
        owns: (need) => need.owner.kind === 'municipality' && need.owner.code === code,
        assertKnown: (tx) => assertKnown(tx, municipalities.code, code, '/body/municipality', ['municipality', 'code']),
        insert: (tx) =>
          tx.insert(needCoOwners).values({
            needId: id,
            municipalityCode: code,
            estimatedVolume: body.estimatedVolume,
            comment: body.comment ?? null,
          }),
      });
    },

    /** "We have this need too" from a region, whose volume pools as a municipality's does. */
    addPublicBodyCoOwner(actor: Actor, id: string, body: Static<typeof NewPublicBodyCoOwner>) {
      const slug = body.publicBody;
      return joinNeed(actor, id, {
        entityType: 'need_public_body_co_owner',
        key: slug,
        pointer: '/body/publicBody',
        owns: (need) => need.owner.kind === 'public_body' && need.owner.slug === slug,
        assertKnown: (tx) => assertRegion(tx, slug, '/body/publicBody'),
        insert: (tx) =>
          tx.insert(needPublicBodyCoOwners).values({
            needId: id,
            publicBodySlug: slug,
            estimatedVolume: body.estimatedVolume,
            comment: body.comment ?? null,
          }),
      });
    },

    /** A municipality leaves as co-owner. */
    removeCoOwner(actor: Actor, id: string, code: string, precondition: Precondition) {
      return leaveNeed(actor, id, precondition, {
        entityType: 'need_co_owner',
        key: code,
        remove: (tx) =>
          tx
            .delete(needCoOwners)
            .where(and(eq(needCoOwners.needId, id), eq(needCoOwners.municipalityCode, code)))
            .returning({ key: needCoOwners.municipalityCode }),
      });
    },

    /** A region leaves as co-owner. */
    removePublicBodyCoOwner(actor: Actor, id: string, slug: string, precondition: Precondition) {
      return leaveNeed(actor, id, precondition, {
        entityType: 'need_public_body_co_owner',
        key: slug,
        remove: (tx) =>
          tx
            .delete(needPublicBodyCoOwners)
            .where(and(eq(needPublicBodyCoOwners.needId, id), eq(needPublicBodyCoOwners.publicBodySlug, slug)))
            .returning({ key: needPublicBodyCoOwners.publicBodySlug }),
      });
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
