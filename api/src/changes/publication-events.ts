import { ADMINS, type DomainEvent, PUBLIC } from './events.ts';

type Publishable = { status: 'draft' | 'published' | 'archived' };

/**
 * The events of a catalogue entry that goes draft → published → archived: `<entity>.created` (a draft,
 * for admins), `.published`, `.archived` or `.updated`, and `.deleted`. Anyone may see those of an entry
 * that is or was published — an archived one only as its key and status, since its content is for
 * admins now — and only admins those of a draft.
 */
export function publicationEvents<T extends Publishable>(
  entity: string,
  key: Record<string, string>,
  before: T | undefined,
  after: T | undefined,
): DomainEvent[] {
  if (!before) return [{ type: `${entity}.created`, audience: ADMINS }];
  const wasPublic = before.status === 'published';
  if (!after) return [{ type: `${entity}.deleted`, audience: wasPublic ? PUBLIC : ADMINS, data: key }];
  const type = after.status === before.status ? 'updated' : after.status === 'published' ? 'published' : after.status;
  const isPublic = after.status === 'published';
  return [
    {
      type: `${entity}.${type === 'draft' ? 'updated' : type}`,
      audience: isPublic || wasPublic ? PUBLIC : ADMINS,
      ...(isPublic ? {} : { data: { ...key, status: after.status } }),
    },
  ];
}
