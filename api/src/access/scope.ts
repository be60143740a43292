import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { associationMembers, associations, needs, publicBodies } from '../db/schema/index.ts';
import type { Principal, ScopeRule } from './principal.ts';

export type Scope = { association: string | null; municipality: string | null; publicBody: string | null };

/** Whether an editor's scope covers a municipality: it is the municipality, or a member of the association. */
export async function municipalityInScope(db: Db, scope: Scope, code: string): Promise<boolean> {
  if (scope.municipality) return scope.municipality === code;
  if (!scope.association) return false;
  const rows = await db
    .select({ one: sql`1` })
    .from(associationMembers)
    .innerJoin(associations, eq(associations.slug, associationMembers.associationSlug))
    .where(
      and(
        eq(associationMembers.municipalityCode, code),
        or(eq(associations.slug, scope.association), eq(associations.parentSlug, scope.association)),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

/** Whether an editor's scope covers an association: it is the association, or its umbrella. */
export async function associationInScope(db: Db, scope: Scope, slug: string): Promise<boolean> {
  if (!scope.association) return false;
  if (scope.association === slug) return true;
  const rows = await db
    .select({ one: sql`1` })
    .from(associations)
    .where(and(eq(associations.slug, slug), eq(associations.parentSlug, scope.association)));
  return rows.length > 0;
}

/**
 * Whether an editor's scope covers a public body: it is the body, or the municipality that is the
 * body (Gotland, whose municipality has the region's responsibilities). An association's editors act
 * for their members, not for the bodies those take part in.
 */
export async function publicBodyInScope(db: Db, scope: Scope, slug: string): Promise<boolean> {
  if (scope.publicBody) return scope.publicBody === slug;
  if (!scope.municipality) return false;
  const rows = await db
    .select({ one: sql`1` })
    .from(publicBodies)
    .where(and(eq(publicBodies.slug, slug), eq(publicBodies.municipalityCode, scope.municipality)));
  return rows.length > 0;
}

/** An owner as written in a body: a municipality, an association or a public body. */
export type Owner = {
  municipality?: string | undefined;
  association?: string | undefined;
  publicBody?: string | undefined;
};

export async function ownerInScope(db: Db, scope: Scope, owner: Owner): Promise<boolean> {
  if (owner.municipality) return municipalityInScope(db, scope, owner.municipality);
  if (owner.association) return associationInScope(db, scope, owner.association);
  if (owner.publicBody) return publicBodyInScope(db, scope, owner.publicBody);
  return false;
}

const inScope = { municipality: municipalityInScope, association: associationInScope, public_body: publicBodyInScope };

/**
 * Whether an editor's scope covers what a scope rule names in a request. Answers a label of the
 * subject for the 403, or `null` when it is covered. A need that does not exist is let through, so
 * that the route answers its 404.
 */
export async function outsideScope(
  db: Db,
  scope: Scope,
  rule: ScopeRule,
  request: { params: unknown; body: unknown },
): Promise<string | null> {
  const source = (rule.scope !== 'need' && rule.in === 'body' ? request.body : request.params) as Record<
    string,
    unknown
  >;
  const value = source?.[rule.param];
  if (rule.scope === 'need') {
    const [need] = await db
      .select({
        municipality: needs.ownerMunicipalityCode,
        association: needs.ownerAssociationSlug,
        publicBody: needs.ownerPublicBodySlug,
      })
      .from(needs)
      .where(sql`${needs.id}::text = ${String(value)}`);
    if (!need) return null;
    return (await ownerInScope(db, scope, {
      municipality: need.municipality ?? undefined,
      association: need.association ?? undefined,
      publicBody: need.publicBody ?? undefined,
    }))
      ? null
      : `The need ${String(value)} belongs to ${need.municipality ?? need.association ?? need.publicBody}, outside your scope`;
  }
  if (rule.scope === 'owner') {
    const owner = value as Owner;
    return (await ownerInScope(db, scope, owner))
      ? null
      : `The owner ${owner.municipality ?? owner.association ?? owner.publicBody} is outside your scope`;
  }
  const key = String(value);
  return (await inScope[rule.scope](db, scope, key))
    ? null
    : `The ${rule.scope.replace('_', ' ')} ${key} is outside your scope`;
}

/**
 * What a caller may see beyond published data: `all` (admins), `none` (API keys, anonymous), or for
 * an editor the municipalities, associations and public bodies its scope covers (an association's
 * children too; Gotland's municipality, Region Gotland).
 */
export type Reach = 'all' | 'none' | { municipalities: string[]; associations: string[]; publicBodies: string[] };

export async function reachOf(db: Db, principal: Principal): Promise<Reach> {
  if (principal.kind !== 'user') return 'none';
  if (principal.role === 'admin') return 'all';
  const { municipality, association, publicBody } = principal.scope;
  if (publicBody) return { municipalities: [], associations: [], publicBodies: [publicBody] };
  if (municipality) {
    const bodies = await db
      .select({ slug: publicBodies.slug })
      .from(publicBodies)
      .where(eq(publicBodies.municipalityCode, municipality));
    return { municipalities: [municipality], associations: [], publicBodies: bodies.map((row) => row.slug) };
  }
  if (!association) return 'none';
  const covered = await db
    .select({ slug: associations.slug })
    .from(associations)
    .where(or(eq(associations.slug, association), eq(associations.parentSlug, association)));
  const slugs = covered.map((row) => row.slug);
  const members = await db
    .selectDistinct({ code: associationMembers.municipalityCode })
    .from(associationMembers)
    .where(inArray(associationMembers.associationSlug, slugs));
  return { municipalities: members.map((row) => row.code), associations: slugs, publicBodies: [] };
}

/** Whether a reach covers an owner (as `organisationRef` gives it: a public body's key is its `slug`). */
export const reachCovers = (reach: Reach, owner: { kind: string; code: string | null; slug: string | null }) =>
  reach === 'all' ||
  (reach !== 'none' &&
    ((owner.code !== null && reach.municipalities.includes(owner.code)) ||
      (owner.slug !== null &&
        (owner.kind === 'public_body' ? reach.publicBodies : reach.associations).includes(owner.slug))));
