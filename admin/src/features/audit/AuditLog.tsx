import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { FilterBar } from '../../components/FilterBar.tsx';
import { useListSearch } from '../../components/listSearch.ts';
import { m as common } from '../../components/messages.ts';
import { EventItem } from './History.tsx';
import { m } from './messages.ts';
import { type AuditFilter, auditQueries } from './queries.ts';

/** Every change, newest first, filtered by kind of resource, person and time; each with its diff. */
export function AuditLog() {
  const { search, update, offset, limit, page } = useListSearch();
  const events = useQuery(auditQueries.list(search as AuditFilter, offset, limit));
  const [actor, setActor] = useState(String(search.actor ?? ''));
  useEffect(() => setActor(String(search.actor ?? '')), [search.actor]);
  const total = events.data?.total ?? 0;
  const shown = events.data?.items.length ?? 0;
  return (
    <section aria-labelledby="page-heading">
      <h1 id="page-heading">{m.title}</h1>
      <FilterBar
        label={m.filterLabel}
        filters={[
          {
            name: 'entityType',
            label: m.entityType,
            options: Object.entries(m.types).map(([value, label]) => ({ value, label })),
          },
        ]}
      />
      <form
        className="filters"
        aria-label={`${m.filterLabel}: ${m.actor}, ${m.since}, ${m.until}`}
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="filter">
          <label htmlFor="audit-actor">{m.actor}</label>
          <input
            id="audit-actor"
            type="search"
            value={actor}
            aria-describedby="actor-hint"
            onChange={(event) => {
              setActor(event.target.value);
              update({ actor: event.target.value.trim() || undefined }, { replace: true });
            }}
          />
          <span id="actor-hint" className="hint">
            {m.actorHint}
          </span>
        </div>
        <div className="filter">
          <label htmlFor="audit-since">{m.since}</label>
          <input
            id="audit-since"
            type="date"
            value={String(search.since ?? '')}
            onChange={(event) => update({ since: event.target.value || undefined })}
          />
        </div>
        <div className="filter">
          <label htmlFor="audit-until">{m.until}</label>
          <input
            id="audit-until"
            type="date"
            value={String(search.until ?? '')}
            onChange={(event) => update({ until: event.target.value || undefined })}
          />
        </div>
      </form>
      {events.isPending ? (
        <p>{common.loading}</p>
      ) : events.error ? (
        <ErrorNotice heading={common.errorHeading} error={events.error} retry={() => events.refetch()} />
      ) : (
        <>
          <p className="summary" aria-live="polite">
            {m.count(total)}
          </p>
          {shown === 0 ? (
            <p className="notice">{m.empty}</p>
          ) : (
            <ol className="events" aria-busy={events.isFetching}>
              {events.data.items.map((event) => (
                <EventItem key={event.id} event={event} labels={{}} showEntity />
              ))}
            </ol>
          )}
          {total > limit ? (
            <nav className="pager" aria-label={common.pagerLabel}>
              <button
                type="button"
                disabled={page === 1}
                onClick={() => update({ page: page - 1 > 1 ? page - 1 : undefined })}
              >
                {common.previous}
              </button>
              <span>{common.range(offset + 1, offset + shown, total)}</span>
              <button type="button" disabled={offset + shown >= total} onClick={() => update({ page: page + 1 })}>
                {common.next}
              </button>
            </nav>
          ) : null}
        </>
      )}
    </section>
  );
}
