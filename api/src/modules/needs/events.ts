import { type Audience, type DomainEvent, IDENTIFIED, type Owners } from '../../changes/events.ts';
import type { NeedRow } from './repository.ts';

type NeedParties = Pick<NeedRow, 'owner' | 'coOwners' | 'publicBodyCoOwners'>;

/** The need's owner: whose editors see its drafts and its suppliers' interest. */
export const ownerOf = ({ owner }: Pick<NeedRow, 'owner'>): Owners => ({
  municipalities: owner.code ? [owner.code] : [],
  associations: owner.slug && owner.kind === 'association' ? [owner.slug] : [],
  publicBodies: owner.slug && owner.kind === 'public_body' ? [owner.slug] : [],
});

/** The owner and the co-owners (a draft has none yet, but the audience of one that had would say so). */
function partiesOf(need: NeedParties): Owners {
  const { municipalities, associations, publicBodies = [] } = ownerOf(need);
  return {
    municipalities: [...municipalities, ...need.coOwners.map((co) => co.municipality.code)],
    associations,
    publicBodies: [...publicBodies, ...need.publicBodyCoOwners.map((co) => co.publicBody.slug)],
  };
}

/** Who may see what happens to a need, as who may read it: a draft within scope, anything else identified. */
export const needAudience = (need: NeedParties & Pick<NeedRow, 'status'>): Audience =>
  need.status === 'draft' ? { kind: 'scoped', ...partiesOf(need) } : IDENTIFIED;

/**
 * The event of a change to a need: `need.published` when it is published, `need.status_changed` (with
 * `from` and `to`) when its status moves otherwise, `need.updated` when only its fields or links change.
 * Data: the need as a GET gives it after the change.
 */
export function needChangeEvent(before: NeedRow, after: NeedRow): DomainEvent {
  const audience = needAudience(after);
  if (after.status === before.status) return { type: 'need.updated', audience, data: after };
  if (after.status === 'published') return { type: 'need.published', audience, data: after };
  return { type: 'need.status_changed', audience, data: { ...after, from: before.status, to: after.status } };
}
