import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';

/** Query keys and fetchers for operator models and their consultations, in one place. */
export const consultationQueries = {
  models: () =>
    queryOptions({
      queryKey: ['operator-models'],
      queryFn: async () => unwrap(await api.GET('/v1/operator-models', { params: { query: { limit: 100 } } })),
      staleTime: 5 * 60 * 1000,
    }),
  summary: (slug: string) =>
    queryOptions({
      queryKey: ['consultation', slug],
      queryFn: async ({ signal }) =>
        unwrap(await api.GET('/v1/operator-models/{slug}/consultation', { params: { path: { slug } }, signal })),
      enabled: slug !== '',
    }),
};
