import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { DiffView } from '../../components/DiffView.tsx';
import { diffFields } from '../../components/diff.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { dateTime, m } from './messages.ts';
import { type AuditEvent, auditQueries, DIFF_IGNORES } from './queries.ts';

/** A detail page's own history: each change with who made it and what it changed, as a diff. */
export function History({
  entityType,
  entityKey,
  labels = {},
}: {
  entityType: string;
  entityKey: string;
  labels?: Record<string, string>;
}) {
  const [limit, setLimit] = useState(10);
  const events = useQuery(auditQueries.list({ entityType, entityKey }, 0, limit));
  return (
    <section aria-labelledby="history-heading" className="history">
      <h2 id="history-heading">{m.historyTitle}</h2>
      {events.isPending ? null : events.error ? (
        <ErrorNotice error={events.error} />
      ) : events.data.items.length === 0 ? (
        <p>{m.noHistory}</p>
      ) : (
        <ol className="events">
          {events.data.items.map((event) => (
            <EventItem key={event.id} event={event} labels={labels} />
          ))}
        </ol>
      )}
      {events.data && (events.data.total ?? 0) > limit ? (
        <button type="button" className="button" onClick={() => setLimit(limit + 20)}>
          Visa fler
        </button>
      ) : null}
    </section>
  );
}

export function EventItem({
  event,
  labels,
  showEntity = false,
}: {
  event: AuditEvent;
  labels: Record<string, string>;
  showEntity?: boolean;
}) {
  const changes = diffFields(event.before, event.after, DIFF_IGNORES);
  return (
    <li className="event">
      <details>
        <summary>
          <time dateTime={event.occurredAt}>{dateTime(event.occurredAt)}</time> ·{' '}
          {event.actor.kind === 'system' ? m.system : event.actor.label} · {m.actions[event.action] ?? event.action}
          {showEntity ? ` ${(m.types[event.entityType] ?? event.entityType).toLowerCase()} ${event.entityKey}` : ''}
          {` (${changes.length})`}
        </summary>
        <DiffView changes={changes} labels={labels} />
      </details>
    </li>
  );
}
