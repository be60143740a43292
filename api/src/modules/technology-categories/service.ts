import { eq, sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Actor, Precondition } from '../../changes/context.ts';
import { type DomainEvent, PUBLIC } from '../../changes/events.ts';
import { create, deleteEntity, lockKey, updateEntity } from '../../changes/unit-of-work.ts';
import type { Db } from '../../db/client.ts';
import { technologyCategories } from '../../db/schema/index.ts';
import { HttpProblem } from '../../lib/problems.ts';
import { categoryRow, findCategory, hasChildren, isUsed } from './repository.ts';
import type { NewTechnologyCategory, TechnologyCategoryChanges } from './schemas.ts';

/**
 * Serialises the changes that can alter the shape of the tree (placing a category under another,
 * deleting one), so that two of them cannot each pass the two-level check on what the other is about
 * to change: moving B under C while A goes under B would otherwise give three levels. One key for the
 * whole tree, taken after the category's own, so no two changes can wait on each other in a circle.
 */
const lockTree = (tx: Db) => lockKey(tx, 'technology_category_tree', 'all');

/** Categories have two levels: a parent must be top-level, and a category with children cannot get a parent. */
async function checkParent(tx: Db, slug: string, parent: string | null | undefined) {
  if (!parent) return;
  await lockTree(tx);
  const row = await categoryRow(tx, parent);
  if (!row) {
    throw new HttpProblem(422, `No category has the slug ${parent}`, {
      errors: [{ pointer: '/body/parent', detail: 'is not a known category' }],
    });
  }
  if (row.parentSlug !== null || parent === slug) {
    throw new HttpProblem(422, 'Categories have two levels at most: the parent must be a top-level category', {
      errors: [{ pointer: '/body/parent', detail: 'is not a top-level category' }],
    });
  }
  if (await hasChildren(tx, slug)) {
    throw new HttpProblem(422, `${slug} has categories of its own, so it cannot be placed under another`, {
      errors: [{ pointer: '/body/parent', detail: 'must be null for a category with children' }],
    });
  }
}

// Categories are public, so are all their events; the data is the category as a GET gives it.
const event = (type: 'created' | 'updated' | 'deleted', data?: unknown): DomainEvent[] => [
  { type: `technology_category.${type}`, audience: PUBLIC, ...(data === undefined ? {} : { data }) },
];

/** The catalogue's categories of technology: two levels, changed by admins, deleted only when empty. */
export function createTechnologyCategoryService({ db }: { db: Db }) {
  const target = (slug: string) => ({
    entityType: 'technology_category',
    key: slug,
    find: (tx: Db, lock: boolean) => findCategory(tx, slug, lock),
    missing: `No technology category has the slug ${slug}`,
  });

  return {
    create(actor: Actor, body: Static<typeof NewTechnologyCategory>) {
      const { slug } = body;
      return create(db, actor, {
        ...target(slug),
        insert: async (tx) => {
          await checkParent(tx, slug, body.parent);
          await tx.insert(technologyCategories).values({
            slug,
            name: body.name,
            description: body.description ?? null,
            parentSlug: body.parent ?? null,
          });
        },
        find: (tx) => findCategory(tx, slug),
        taken: { detail: `A category with the slug ${slug} exists already`, pointer: '/body/slug' },
        events: () => event('created'),
      });
    },

    /** Renames, describes or moves a category (under a top-level one, or to the top with `parent: null`). */
    update(actor: Actor, slug: string, body: Static<typeof TechnologyCategoryChanges>, precondition: Precondition) {
      return updateEntity(db, actor, {
        ...target(slug),
        precondition,
        apply: async (tx) => {
          if (body.parent !== undefined) await checkParent(tx, slug, body.parent);
          await tx
            .update(technologyCategories)
            .set({
              ...(body.name !== undefined ? { name: body.name } : {}),
              ...(body.description !== undefined ? { description: body.description } : {}),
              ...(body.parent !== undefined ? { parentSlug: body.parent } : {}),
              updatedAt: sql`now()`,
            })
            .where(eq(technologyCategories.slug, slug));
        },
        events: () => event('updated'),
      });
    },

    /** Only an empty category goes: one with child categories or technologies is refused with a 409. */
    remove(actor: Actor, slug: string, precondition: Precondition) {
      return deleteEntity(db, actor, {
        ...target(slug),
        precondition,
        apply: async (tx) => {
          await lockTree(tx);
          if ((await hasChildren(tx, slug)) || (await isUsed(tx, slug))) {
            throw new HttpProblem(409, `${slug} still has child categories or technologies; move them first`);
          }
          await tx.delete(technologyCategories).where(eq(technologyCategories.slug, slug));
        },
        events: () => event('deleted', { slug }),
      });
    },
  };
}
