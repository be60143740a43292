import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { assertKnown } from '../../db/references.ts';
import { publicBodies } from '../../db/schema/index.ts';
import { HttpProblem } from '../../lib/problems.ts';

/** The public bodies a body refers to exist: a 422 naming each unknown one (see assertKnown). */
export const assertPublicBodies = (db: Db, slugs: string | string[] | undefined | null, pointer: string) =>
  assertKnown(db, publicBodies.slug, slugs, pointer, ['public body', 'slug']);

/**
 * A public body that owns or co-owns a need or takes part in a procurement is a region: it has users,
 * volume and a budget as a municipality has. A network or an IT coordination function is consulted,
 * but does not buy. A 422 naming the field otherwise.
 */
export async function assertRegion(db: Db, slug: string | undefined, pointer: string) {
  if (slug === undefined) return;
  await assertPublicBodies(db, slug, pointer);
  const [body] = await db.select({ kind: publicBodies.kind }).from(publicBodies).where(eq(publicBodies.slug, slug));
  if (body && body.kind !== 'region') {
    throw new HttpProblem(422, `${slug} is a ${body.kind}, not a region`, {
      errors: [{ pointer, detail: 'must be a region' }],
    });
  }
}

export async function isPublicBody(db: Db, slug: string): Promise<boolean> {
  const rows = await db.select({ slug: publicBodies.slug }).from(publicBodies).where(eq(publicBodies.slug, slug));
  return rows.length > 0;
}
