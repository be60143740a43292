import { and, count, desc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { type PageRequest, pageOf, totalCount } from '../../db/paging.ts';
import { auditEvents } from '../../db/schema/index.ts';

export interface AuditEventFilter {
  entityType?: string | undefined;
  entityKey?: string | undefined;
  actor?: string | undefined;
  since?: string | undefined;
  until?: string | undefined;
}

/** Audit events, newest first. */
export async function listAuditEvents(db: Db, filter: AuditEventFilter, page: PageRequest) {
  const parts: SQL[] = [];
  if (filter.entityType) parts.push(eq(auditEvents.entityType, filter.entityType));
  if (filter.entityKey) parts.push(eq(auditEvents.entityKey, filter.entityKey));
  if (filter.actor) parts.push(eq(auditEvents.actorId, filter.actor));
  if (filter.since) parts.push(gte(auditEvents.occurredAt, new Date(filter.since)));
  if (filter.until) parts.push(lt(auditEvents.occurredAt, new Date(filter.until)));
  const where = and(...parts);
  const rows = await db
    .select({
      id: auditEvents.id,
      actor: sql<{
        kind: string;
        id: string | null;
        label: string;
      }>`json_build_object('kind', ${auditEvents.actorKind}, 'id', ${auditEvents.actorId}, 'label', ${auditEvents.actorLabel})`,
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      entityKey: auditEvents.entityKey,
      before: auditEvents.before,
      after: auditEvents.after,
      requestId: auditEvents.requestId,
      occurredAt: auditEvents.occurredAt,
      total: totalCount(),
    })
    .from(auditEvents)
    .where(where)
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
    .limit(page.limit)
    .offset(page.offset);
  return pageOf(rows, page, async () => (await db.select({ n: count() }).from(auditEvents).where(where))[0]?.n ?? 0);
}
