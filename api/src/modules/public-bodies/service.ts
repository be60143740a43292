import { eq, sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Actor, Precondition } from '../../changes/context.ts';
import { PUBLIC } from '../../changes/events.ts';
import { create, deleteEntity, updateEntity } from '../../changes/unit-of-work.ts';
import type { Db } from '../../db/client.ts';
import { assertKnown } from '../../db/references.ts';
import { associations, municipalities, publicBodies } from '../../db/schema/index.ts';
import { HttpProblem } from '../../lib/problems.ts';
import { findPublicBody, type PublicBodyRow, referencesTo, setServed } from './repository.ts';
import type { NewPublicBody, PublicBodyChanges } from './schemas.ts';

type Serves = { municipalities: string[]; associations: string[] } | undefined;

async function assertServed(tx: Db, serves: Serves) {
  await assertKnown(tx, municipalities.code, serves?.municipalities, '/body/serves/municipalities', [
    'municipality',
    'code',
  ]);
  await assertKnown(tx, associations.slug, serves?.associations, '/body/serves/associations', ['association', 'slug']);
}

/**
 * Public bodies, written by admins: they add cooperation bodies, IT coordination functions and
 * networks, and keep every body's contact fields and whom it serves. A region's name, kind and county
 * are the reference data's (the loader would set them back), so a change to a region's name is a 422.
 */
export function createPublicBodyService({ db }: { db: Db }) {
  const target = (slug: string) => ({
    entityType: 'public_body',
    key: slug,
    find: (tx: Db, lock: boolean) => findPublicBody(tx, slug, lock),
    missing: `No public body has the slug ${slug}`,
  });

  return {
    create(actor: Actor, body: Static<typeof NewPublicBody>) {
      const { serves, ...fields } = body;
      return create(db, actor, {
        entityType: 'public_body',
        key: body.slug,
        insert: async (tx) => {
          await assertServed(tx, serves);
          await tx.insert(publicBodies).values(fields);
          if (serves) await setServed(tx, body.slug, serves);
        },
        find: (tx) => findPublicBody(tx, body.slug),
        taken: { detail: `A public body with the slug ${body.slug} exists already`, pointer: '/body/slug' },
        events: () => [{ type: 'public_body.created', audience: PUBLIC }],
      });
    },

    update(actor: Actor, slug: string, body: Static<typeof PublicBodyChanges>, precondition: Precondition) {
      const { serves, ...fields } = body;
      return updateEntity(db, actor, {
        ...target(slug),
        precondition,
        apply: async (tx, before: PublicBodyRow) => {
          if (before.kind === 'region' && fields.name !== undefined && fields.name !== before.name) {
            throw new HttpProblem(422, `${before.name} is a region: its name comes from the reference data`, {
              errors: [{ pointer: '/body/name', detail: "is the reference data's for a region" }],
            });
          }
          await assertServed(tx, serves);
          await tx
            .update(publicBodies)
            .set({ ...fields, updatedAt: sql`now()` })
            .where(eq(publicBodies.slug, slug));
          if (serves) await setServed(tx, slug, serves);
        },
        events: () => [{ type: 'public_body.updated', audience: PUBLIC }],
      });
    },

    /** A body nothing refers to goes; a region never does (it is reference data). */
    remove(actor: Actor, slug: string, precondition: Precondition) {
      return deleteEntity(db, actor, {
        ...target(slug),
        precondition,
        apply: async (tx, before: PublicBodyRow) => {
          if (before.kind === 'region') {
            throw new HttpProblem(409, `${before.name} is a region from the reference data and is not deleted`);
          }
          const used = await referencesTo(tx, slug);
          if (used.length > 0) {
            throw new HttpProblem(409, `${before.name} is still referred to by ${used.join(', ')}`);
          }
          await tx.delete(publicBodies).where(eq(publicBodies.slug, slug));
        },
        events: (before) => [{ type: 'public_body.deleted', audience: PUBLIC, data: { slug: before.slug } }],
      });
    },
  };
}
