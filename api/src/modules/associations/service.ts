import type { Static } from 'typebox';
import type { Actor, Precondition } from '../../changes/context.ts';
import { type DomainEvent, PUBLIC } from '../../changes/events.ts';
import { change, updateEntity } from '../../changes/unit-of-work.ts';
import type { Db } from '../../db/client.ts';
import { HttpProblem, notFound } from '../../lib/problems.ts';
import { findMunicipality } from '../municipalities/repository.ts';
import { findAssociation, lockAssociation, putMember, removeMember, updateAssociation } from './repository.ts';
import type { AssociationChanges, Membership } from './schemas.ts';

type Association = NonNullable<Awaited<ReturnType<typeof findAssociation>>>;
type Municipality = NonNullable<Awaited<ReturnType<typeof findMunicipality>>>;

/**
 * A membership is part of the municipality's representation too (its `associations`), so a
 * subscriber that keeps municipalities learns of it from a `municipality.updated` beside the
 * association's own event.
 */
const municipalityUpdated = (municipality: Municipality): DomainEvent => ({
  type: 'municipality.updated',
  audience: PUBLIC,
  entityType: 'municipality',
  entityKey: municipality.code,
  data: municipality,
});

/**
 * Associations of municipalities: their editors keep the contact fields up to date, admins manage
 * who is a member. Every change is checked against the association's ETag, since a membership is
 * part of the association's representation.
 */
export function createAssociationService({ db }: { db: Db }) {
  const target = (slug: string) => ({
    entityType: 'association',
    key: slug,
    // The row lock is its own statement, so the representation read after it is the committed one.
    find: async (tx: Db, lock: boolean) =>
      lock && !(await lockAssociation(tx, slug)) ? undefined : findAssociation(tx, slug),
    missing: `No association has the slug ${slug}`,
  });

  /** The member's municipality as it is after the change, read in the change's transaction. */
  async function municipalityAfter(tx: Db, code: string): Promise<Municipality> {
    return (await findMunicipality(tx, code)) as Municipality;
  }

  return {
    update(actor: Actor, slug: string, body: Static<typeof AssociationChanges>, precondition: Precondition) {
      return updateEntity(db, actor, {
        ...target(slug),
        precondition,
        apply: (tx) => updateAssociation(tx, slug, body),
        events: () => [{ type: 'association.updated', audience: PUBLIC }],
      });
    },

    /** Makes a municipality a direct member, or changes since when it is one; an umbrella has no direct members. */
    putMember(
      actor: Actor,
      slug: string,
      code: string,
      body: Static<typeof Membership> | undefined,
      precondition: Precondition,
    ) {
      const since = body?.since ?? null;
      let municipality: Municipality | undefined;
      return change(db, actor, {
        ...target(slug),
        action: 'add_member',
        precondition,
        apply: async (tx, before: Association) => {
          if (!(await findMunicipality(tx, code))) throw notFound(`No municipality has the code ${code}`);
          if (before.kind === 'umbrella') {
            throw new HttpProblem(422, `${slug} is an umbrella: its members are those of its child associations`, {
              errors: [{ pointer: '/path/slug', detail: 'is an umbrella association' }],
            });
          }
          await putMember(tx, slug, code, since);
          municipality = await municipalityAfter(tx, code);
        },
        events: (before, after) => {
          const joined = !before.members.some((member) => member.code === code);
          return [
            joined
              ? { type: 'association.member_added', audience: PUBLIC, data: { ...after, member: { code, since } } }
              : { type: 'association.updated', audience: PUBLIC },
            municipalityUpdated(municipality as Municipality),
          ];
        },
      });
    },

    /** Ends a direct membership. */
    removeMember(actor: Actor, slug: string, code: string, precondition: Precondition) {
      let municipality: Municipality | undefined;
      return change(db, actor, {
        ...target(slug),
        action: 'remove_member',
        precondition,
        apply: async (tx) => {
          if (!(await removeMember(tx, slug, code))) throw notFound(`Municipality ${code} is not a member of ${slug}`);
          municipality = await municipalityAfter(tx, code);
        },
        events: (before, after) => {
          const since = before.members.find((member) => member.code === code && member.through === null)?.since ?? null;
          return [
            { type: 'association.member_removed', audience: PUBLIC, data: { ...after, member: { code, since } } },
            municipalityUpdated(municipality as Municipality),
          ];
        },
      });
    },
  };
}
