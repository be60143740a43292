import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Schemas } from '@valfardsnavet/client';
import { api, ifMatch, unwrap, unwrapVersioned } from '../../api/client.ts';
import type { ListSearch } from '../../components/listSearch.ts';

export type Municipality = Schemas['Municipality'];

/** Query keys and fetchers for municipalities, in one place. */
export const municipalityQueries = {
  list: (search: ListSearch, offset: number, limit: number) =>
    queryOptions({
      queryKey: ['municipalities', 'list', search],
      queryFn: async ({ signal }) =>
        unwrap(
          await api.GET('/v1/municipalities', {
            params: {
              query: {
                county: search.county ? [String(search.county)] : undefined,
                q: search.q,
                sort: (search.sort as 'name' | undefined) ?? 'name',
                limit,
                offset,
              },
            },
            signal,
          }),
        ),
      placeholderData: keepPreviousData,
    }),
  detail: (code: string) =>
    queryOptions({
      queryKey: ['municipalities', 'detail', code],
      queryFn: async () => unwrapVersioned(await api.GET('/v1/municipalities/{code}', { params: { path: { code } } })),
    }),
};

export const updateMunicipality = async (code: string, etag: string, body: Schemas['MunicipalityChanges']) =>
  unwrapVersioned(
    await api.PATCH('/v1/municipalities/{code}', { params: { path: { code } }, headers: ifMatch(etag), body }),
  );
