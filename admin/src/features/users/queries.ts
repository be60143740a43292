import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Schemas } from '@valfardsnavet/client';
import { api, ifMatch, unwrap, unwrapVersioned } from '../../api/client.ts';
import type { ListSearch } from '../../components/listSearch.ts';

export type User = Schemas['User'];

export const userQueries = {
  list: (search: ListSearch, offset: number, limit: number) =>
    queryOptions({
      queryKey: ['users', 'list', search],
      queryFn: async ({ signal }) =>
        unwrap(
          await api.GET('/v1/users', {
            params: {
              query: {
                role: search.role as User['role'] | undefined,
                sort: (search.sort as 'email' | undefined) ?? 'email',
                limit,
                offset,
              },
            },
            signal,
          }),
        ),
      placeholderData: keepPreviousData,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: ['users', 'detail', id],
      queryFn: async () => unwrapVersioned(await api.GET('/v1/users/{id}', { params: { path: { id } } })),
    }),
};

export const createUser = async (body: Schemas['NewUser']) => unwrapVersioned(await api.POST('/v1/users', { body }));

export const updateUser = async (id: string, etag: string, body: Schemas['UserChanges']) =>
  unwrapVersioned(await api.PATCH('/v1/users/{id}', { params: { path: { id } }, headers: ifMatch(etag), body }));

export const deleteUser = async (id: string, etag: string) =>
  unwrap(await api.DELETE('/v1/users/{id}', { params: { path: { id } }, headers: ifMatch(etag) }));
