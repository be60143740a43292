import { actorOf } from '../access/principal.ts';
import type { Db } from '../db/client.ts';
import { domainEvents } from '../db/schema/index.ts';
import { uuidv7 } from '../lib/uuid.ts';
import type { ChangeActor } from './context.ts';

/** The municipalities and associations whose editors may see a scoped or private event. */
export interface Owners {
  municipalities: string[];
  associations: string[];
}

/** Who may see an event; see `eventAudience` in db/schema/events.ts. */
export type Audience =
  | { kind: 'public' }
  | { kind: 'identified' }
  | { kind: 'admin' }
  | ({ kind: 'scoped' } & Owners)
  | ({ kind: 'private'; supplierId: string } & Owners);

export const PUBLIC: Audience = { kind: 'public' };
export const IDENTIFIED: Audience = { kind: 'identified' };
export const ADMINS: Audience = { kind: 'admin' };

/** An event a change emits; the entity is the change's unless named. Catalogue: docs/events.md. */
export interface DomainEvent {
  type: string;
  audience: Audience;
  /** What a subscriber needs: by default the representation after the change (before it, for a deletion). */
  data?: unknown;
  entityType?: string;
  entityKey?: string;
}

/** Writes events in the transaction of their change, so they exist exactly when it commits. */
export async function writeEvents(
  tx: Db,
  actor: ChangeActor,
  entity: { entityType: string; entityKey: string; data: unknown },
  events: DomainEvent[],
): Promise<void> {
  if (events.length === 0) return;
  const by = actorOf(actor.principal);
  await tx.insert(domainEvents).values(
    events.map((event) => {
      const { audience } = event;
      return {
        id: uuidv7(),
        type: event.type,
        entityType: event.entityType ?? entity.entityType,
        entityKey: event.entityKey ?? entity.entityKey,
        actorKind: by.kind,
        actorId: by.id,
        actorLabel: by.label,
        requestId: actor.requestId,
        data: (event.data ?? entity.data ?? { key: entity.entityKey }) as object,
        audience: audience.kind,
        audienceMunicipalities: 'municipalities' in audience ? audience.municipalities : [],
        audienceAssociations: 'associations' in audience ? audience.associations : [],
        audienceSupplierId: audience.kind === 'private' ? audience.supplierId : null,
      };
    }),
  );
}
