import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Principal } from '../../src/access/principal.ts';
import type { Audience } from '../../src/changes/events.ts';
import { inTransaction } from '../../src/changes/unit-of-work.ts';
import type { Db } from '../../src/db/client.ts';
import { apiClients } from '../../src/db/schema/index.ts';

const SYSTEM: Principal = { kind: 'anonymous' };

/**
 * Writes one domain event through the unit of work, as a module's change would, for rules of modules
 * that do not emit events yet (a need's publication, a supplier's interest).
 */
export async function recordEvent(
  db: Db,
  event: { type: string; audience: Audience; entityType?: string; entityKey?: string; data?: object },
): Promise<string> {
  const key = event.entityKey ?? randomUUID();
  const requestId = `test-${randomUUID()}`;
  await inTransaction(db, { principal: SYSTEM, requestId }, (_tx, record) =>
    record({
      action: 'update',
      entityType: event.entityType ?? event.type.split('.')[0] ?? 'test',
      entityKey: key,
      before: null,
      after: event.data ?? { id: key },
      events: [{ type: event.type, audience: event.audience, ...(event.data ? { data: event.data } : {}) }],
    }),
  );
  return key;
}

/** The API client and supplier behind a key's name (the actors' keys are made by name). */
export async function clientNamed(db: Db, name: string): Promise<{ id: string; supplierId: string | null }> {
  const [client] = await db
    .select({ id: apiClients.id, supplierId: apiClients.supplierId })
    .from(apiClients)
    .where(eq(apiClients.name, name));
  if (!client) throw new Error(`no API client named ${name}`);
  return client;
}
