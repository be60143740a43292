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

/**
 * Region Gotland is the municipality 0980 with a region's responsibilities: one organisation under two
 * names (`public_bodies.municipality_code`). It takes part in a need or a procurement under one of them,
 * or its volume would count twice. The region a municipality also is, if any.
 */
export async function regionThatIs(db: Db, code: string): Promise<string | undefined> {
  const [body] = await db
    .select({ slug: publicBodies.slug })
    .from(publicBodies)
    .where(eq(publicBodies.municipalityCode, code));
  return body?.slug;
}

/** The municipality a region also is (Region Gotland: 0980), if any; see regionThatIs. */
export async function municipalityThatIs(db: Db, slug: string): Promise<string | undefined> {
  const [body] = await db
    .select({ code: publicBodies.municipalityCode })
    .from(publicBodies)
    .where(eq(publicBodies.slug, slug));
  return body?.code ?? undefined;
}

/** What the descriptions of joining under either name say of the rule. */
export const ONE_ORGANISATION =
  'Region Gotland and Gotland (0980) are one organisation, which takes part under one of its two names (409 for the other).';

/** A 409 when the organisation takes part already under its other name (`what` it is or does). */
export function takesPartAlready(key: string, otherName: string, what: string, pointer: string): HttpProblem {
  return new HttpProblem(409, `${key} and ${otherName} are one organisation, and ${otherName} ${what} already`, {
    errors: [{ pointer, detail: `is ${otherName}, which ${what} already` }],
  });
}
