import type { ReactNode } from 'react';
import { ApiError } from '../api/problems.ts';
import { ErrorNotice } from './ErrorNotice.tsx';
import { m } from './messages.ts';

/** A detail view's states: loading, not found or failed, or the thing itself. */
export function QueryState<T>({
  query,
  notFound,
  children,
}: {
  query: { data?: T; error: unknown; isPending: boolean; refetch: () => unknown };
  notFound: string;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <p aria-live="polite">{m.loading}</p>;
  if (query.error instanceof ApiError && query.error.status === 404)
    return (
      <>
        <h1>{notFound}</h1>
        <ErrorNotice error={query.error} />
      </>
    );
  if (query.error || query.data === undefined)
    return <ErrorNotice heading={m.errorHeading} error={query.error} retry={() => query.refetch()} />;
  return <>{children(query.data)}</>;
}
