import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';

export const NEED_PAGE_SIZE = 50;

/** Query keys and fetchers for needs, in one place. Needs are read signed in (or with a key). */
export const needQueries = {
  needs: (filters: { county: string; status: string }) =>
    queryOptions({
      queryKey: ['needs', filters],
      queryFn: async ({ signal }) =>
        unwrap(
          await api.GET('/v1/needs', {
            params: {
              query: {
                county: filters.county ? [filters.county] : undefined,
                status: filters.status
                  ? [
                      filters.status as
                        | 'draft'
                        | 'published'
                        | 'in_dialogue'
                        | 'in_procurement'
                        | 'solved'
                        | 'withdrawn',
                    ]
                  : undefined,
                sort: '-pooledVolume',
                limit: NEED_PAGE_SIZE,
              },
            },
            signal,
          }),
        ),
      placeholderData: keepPreviousData,
    }),
};
