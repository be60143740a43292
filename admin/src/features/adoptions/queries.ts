import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';

export const ADOPTION_PAGE_SIZE = 100;

/** Query keys and fetchers for the catalogue and its adoptions, in one place. */
export const catalogueQueries = {
  technologies: () =>
    queryOptions({
      queryKey: ['technologies'],
      queryFn: async () => unwrap(await api.GET('/v1/technologies', { params: { query: { limit: 100 } } })),
      staleTime: 5 * 60 * 1000,
    }),
  adoptions: (filters: { technology: string; association?: string; offset: number }) =>
    queryOptions({
      queryKey: ['adoptions', filters],
      queryFn: async ({ signal }) =>
        unwrap(
          await api.GET('/v1/adoptions', {
            params: {
              query: {
                technology: [filters.technology],
                association: filters.association ? [filters.association] : undefined,
                limit: ADOPTION_PAGE_SIZE,
                offset: filters.offset,
              },
            },
            signal,
          }),
        ),
      enabled: filters.technology !== '',
      placeholderData: keepPreviousData,
    }),
};
