import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { Versioned } from '../api/client.ts';
import { QueryState } from './QueryState.tsx';

/**
 * An edit view: a way back, and the form once the version is read afresh. The version opened here is
 * the one the save names in If-Match; a later refetch does not move it.
 */
export function EditPage<T>({
  back,
  query,
  notFound,
  title,
  children,
}: {
  back: ReactNode;
  query: UseQueryResult<Versioned<T>>;
  notFound: string;
  title: (data: T) => string;
  children: (opened: Versioned<T>) => ReactNode;
}) {
  return (
    <section aria-labelledby="page-heading">
      <p>{back}</p>
      <QueryState
        query={{ ...query, isPending: query.isPending || (query.isFetching && !query.isFetchedAfterMount) }}
        notFound={notFound}
      >
        {(opened) => (
          <>
            <h1 id="page-heading">{title(opened.data)}</h1>
            {children(opened)}
          </>
        )}
      </QueryState>
    </section>
  );
}

/** A create view: a way back, the heading and the empty form. */
export function CreatePage({ back, title, children }: { back: ReactNode; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby="page-heading">
      <p>{back}</p>
      <h1 id="page-heading">{title}</h1>
      {children}
    </section>
  );
}
