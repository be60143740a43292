import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';

/** The organisation register for choosing by name: all associations, all 290 municipalities, all public bodies. */
export const pickerQueries = {
  associations: () =>
    queryOptions({
      queryKey: ['picker', 'associations'],
      staleTime: 10 * 60_000,
      queryFn: async () =>
        unwrap(await api.GET('/v1/associations', { params: { query: { limit: 100, sort: 'name' } } })).items,
    }),
  municipalities: () =>
    queryOptions({
      queryKey: ['picker', 'municipalities'],
      staleTime: 10 * 60_000,
      queryFn: async () => {
        const pages = await Promise.all(
          [0, 100, 200].map(async (offset) =>
            unwrap(await api.GET('/v1/municipalities', { params: { query: { limit: 100, offset, sort: 'name' } } })),
          ),
        );
        return pages.flatMap((page) => page.items);
      },
    }),
  publicBodies: () =>
    queryOptions({
      queryKey: ['picker', 'public-bodies'],
      staleTime: 10 * 60_000,
      queryFn: async () =>
        unwrap(await api.GET('/v1/public-bodies', { params: { query: { limit: 100, sort: 'name' } } })).items,
    }),
  counties: () =>
    queryOptions({
      queryKey: ['picker', 'counties'],
      staleTime: 60 * 60_000,
      queryFn: async () =>
        unwrap(await api.GET('/v1/counties', { params: { query: { limit: 100, sort: 'name' } } })).items,
    }),
};
