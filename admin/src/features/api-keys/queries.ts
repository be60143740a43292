import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Schemas } from '@valfardsnavet/client';
import { api, ifMatch, unwrap, unwrapVersioned } from '../../api/client.ts';
import type { ListSearch } from '../../components/listSearch.ts';

export type ApiClient = Schemas['ApiClient'];

export const apiKeyQueries = {
  list: (search: ListSearch, offset: number, limit: number) =>
    queryOptions({
      queryKey: ['api-clients', 'list', search],
      queryFn: async ({ signal }) =>
        unwrap(
          await api.GET('/v1/api-clients', {
            params: {
              query: {
                kind: search.kind as ApiClient['kind'] | undefined,
                revoked: search.revoked === undefined ? undefined : search.revoked === 'true',
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
};

export const createApiKey = async (body: Schemas['NewApiClient']) =>
  unwrap(await api.POST('/v1/api-clients', { body }));

/** Revoking names the version read, like every change; the key's current ETag comes from a fresh read. */
export async function revokeApiKey(id: string) {
  const current = unwrapVersioned(await api.GET('/v1/api-clients/{id}', { params: { path: { id } } }));
  return unwrap(await api.DELETE('/v1/api-clients/{id}', { params: { path: { id } }, headers: ifMatch(current.etag) }));
}

/** The check the API makes: ten digits whose last is the Luhn check digit of the first nine. */
export function validOrganisationNumber(input: string): boolean {
  const digits = input.replace(/[\s-]/g, '');
  if (!/^[0-9]{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let value = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (value > 9) value -= 9;
    sum += value;
  }
  return (10 - (sum % 10)) % 10 === Number(digits[9]);
}
