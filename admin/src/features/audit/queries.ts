import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Schemas } from '@valfardsnavet/client';
import { api, unwrap } from '../../api/client.ts';

export type AuditEvent = Schemas['AuditEvent'];

export interface AuditFilter {
  entityType?: string | undefined;
  entityKey?: string | undefined;
  actor?: string | undefined;
  since?: string | undefined;
  until?: string | undefined;
}

/** A date from a date field (2026-12-01) as the start of that day in the person's time zone. */
const startOfDay = (date: string | undefined) => (date ? new Date(`${date}T00:00:00`).toISOString() : undefined);
const endOfDay = (date: string | undefined) => (date ? new Date(`${date}T23:59:59.999`).toISOString() : undefined);

export const auditQueries = {
  list: (filter: AuditFilter, offset: number, limit: number) =>
    queryOptions({
      queryKey: ['audit-events', filter, offset, limit],
      queryFn: async ({ signal }) =>
        unwrap(
          await api.GET('/v1/audit-events', {
            params: {
              query: {
                entityType: filter.entityType,
                entityKey: filter.entityKey,
                actor: filter.actor,
                since: startOfDay(filter.since),
                until: endOfDay(filter.until),
                limit,
                offset,
              },
            },
            signal,
          }),
        ),
      placeholderData: keepPreviousData,
    }),
};

/** Bookkeeping that changes with every save, or is derived from another field: not worth a diff row. */
export const DIFF_IGNORES = ['updatedAt', 'createdAt', 'descriptionHtml', 'bodyHtml', 'snippet', 'adoptionSummary'];
