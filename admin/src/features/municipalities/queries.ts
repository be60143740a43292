import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';

export interface MunicipalityFilters {
  county?: string;
  q?: string;
  offset: number;
}

export const PAGE_SIZE = 50;

/** Query keys and fetchers for the organisation register, in one place. */
export const organisationQueries = {
  counties: () =>
    queryOptions({
      queryKey: ['counties'],
      queryFn: async () => unwrap(await api.GET('/v1/counties', { params: { query: { limit: 100, sort: 'name' } } })),
      staleTime: 60 * 60 * 1000,
    }),
  municipalities: (filters: MunicipalityFilters) =>
    queryOptions({
      queryKey: ['municipalities', filters],
      queryFn: async ({ signal }) =>
        unwrap(
          await api.GET('/v1/municipalities', {
            params: {
              query: {
                county: filters.county ? [filters.county] : undefined,
                q: filters.q || undefined,
                limit: PAGE_SIZE,
                offset: filters.offset,
              },
            },
            signal,
          }),
        ),
      placeholderData: keepPreviousData,
    }),
};
