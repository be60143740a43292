import { useNavigate, useSearch } from '@tanstack/react-router';

/** A list's state in the URL: search, filters, sort and page, so Back, Forward and reload keep them. */
export interface ListSearch {
  q?: string;
  sort?: string;
  page?: number;
  [filter: string]: string | number | undefined;
}

/** The route's search validator for a list with these filters. */
export function listSearch(filters: readonly string[]) {
  return (raw: Record<string, unknown>): ListSearch => {
    const search: ListSearch = {};
    for (const key of ['q', 'sort', ...filters]) {
      const value = raw[key];
      if (typeof value === 'string' && value !== '') search[key] = value;
      else if (typeof value === 'number') search[key] = String(value);
    }
    const page = Number(raw.page);
    if (Number.isInteger(page) && page > 1) search.page = page;
    return search;
  };
}

export const PAGE_SIZE = 20;

/** The list state of the current URL, and a way to change it (a new filter starts at page 1). */
export function useListSearch() {
  const search = useSearch({ strict: false }) as ListSearch;
  const navigate = useNavigate();
  const page = search.page ?? 1;
  const update = (patch: Partial<ListSearch>, options: { replace?: boolean } = {}) => {
    const resetsPage = !('page' in patch);
    void navigate({
      to: '.',
      search: ((previous: ListSearch) => {
        const next: ListSearch = { ...previous, ...patch };
        if (resetsPage) delete next.page;
        for (const key of Object.keys(next)) if (next[key] === undefined || next[key] === '') delete next[key];
        return next;
      }) as never,
      replace: options.replace ?? false,
    });
  };
  return { search, page, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE, update };
}
