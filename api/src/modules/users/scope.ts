import { and, eq, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { associationMembers, associations } from '../../db/schema/index.ts';

export type Scope = { association: string | null; municipality: string | null };

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
