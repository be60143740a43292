import type { ReactNode } from 'react';
import { ErrorNotice } from './ErrorNotice.tsx';
import { useListSearch } from './listSearch.ts';
import { m } from './messages.ts';

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
  /** The API's sort field, for a column that can be sorted. */
  sort?: string;
  /** The row's heading (its name, linked): read out first by screen readers. */
  rowHeader?: boolean;
}

interface Page<T> {
  items: T[];
  total?: number;
}

/**
 * A list from the API as a table, in every state it can be in: loading, failed, empty, or a page of
 * rows with sortable columns and a pager, the sort and page kept in the URL.
 */
export function DataTable<T>({
  caption,
  columns,
  query,
  rowKey,
  empty = m.empty,
  noun,
}: {
  caption: string;
  columns: Column<T>[];
  query: { data?: Page<T>; error: unknown; isPending: boolean; isFetching: boolean; refetch: () => unknown };
  rowKey: (row: T) => string;
  empty?: string;
  noun: (count: number) => string;
}) {
  const { search, update, offset, limit } = useListSearch();
  if (query.isPending) return <p aria-live="polite">{m.loading}</p>;
  if (query.error) return <ErrorNotice heading={m.errorHeading} error={query.error} retry={() => query.refetch()} />;
  const items = query.data?.items ?? [];
  const total = query.data?.total ?? items.length;
  const sort = search.sort;
  return (
    <>
      <p aria-live="polite" className="summary">
        {noun(total)}
      </p>
      {items.length === 0 ? (
        <p className="notice">{empty}</p>
      ) : (
        <div className="table-scroll">
          <table aria-busy={query.isFetching}>
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                {columns.map((column) => {
                  const direction =
                    column.sort && sort === column.sort
                      ? 'ascending'
                      : column.sort && sort === `-${column.sort}`
                        ? 'descending'
                        : undefined;
                  return (
                    <th key={column.header} scope="col" aria-sort={column.sort ? (direction ?? 'none') : undefined}>
                      {column.sort ? (
                        <button
                          type="button"
                          className="sort-button"
                          onClick={() => update({ sort: direction === 'ascending' ? `-${column.sort}` : column.sort })}
                        >
                          {column.header}
                          <span aria-hidden="true">
                            {direction === 'ascending' ? ' ▲' : direction === 'descending' ? ' ▼' : ''}
                          </span>
                        </button>
                      ) : (
                        column.header
                      )}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {items.map((row) => (
                <tr key={rowKey(row)}>
                  {columns.map((column) =>
                    column.rowHeader ? (
                      <th key={column.header} scope="row">
                        {column.cell(row)}
                      </th>
                    ) : (
                      <td key={column.header}>{column.cell(row)}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager offset={offset} limit={limit} shown={items.length} total={total} />
    </>
  );
}

function Pager({ offset, limit, shown, total }: { offset: number; limit: number; shown: number; total: number }) {
  const { update, page } = useListSearch();
  if (total <= limit && offset === 0) return null;
  return (
    <nav className="pager" aria-label={m.pagerLabel}>
      <button
        type="button"
        disabled={offset === 0}
        onClick={() => update({ page: page - 1 > 1 ? page - 1 : undefined })}
      >
        {m.previous}
      </button>
      <span>{m.range(shown === 0 ? 0 : offset + 1, offset + shown, total)}</span>
      <button type="button" disabled={offset + shown >= total} onClick={() => update({ page: page + 1 })}>
        {m.next}
      </button>
    </nav>
  );
}
