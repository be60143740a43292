import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Schemas } from '@valfardsnavet/client';
import { api, ifMatch, unwrap, unwrapVersioned } from '../../api/client.ts';
import type { ListSearch } from '../../components/listSearch.ts';

export type Association = Schemas['Association'];

export const associationQueries = {
  list: (search: ListSearch, offset: number, limit: number) =>
    queryOptions({
      queryKey: ['associations', 'list', search],
      queryFn: async ({ signal }) =>
        unwrap(
          await api.GET('/v1/associations', {
            params: {
              query: {
                kind: search.kind ? [search.kind as Association['kind']] : undefined,
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
  detail: (slug: string) =>
    queryOptions({
      queryKey: ['associations', 'detail', slug],
      queryFn: async () => unwrapVersioned(await api.GET('/v1/associations/{slug}', { params: { path: { slug } } })),
    }),
};

export const updateAssociation = async (slug: string, etag: string, body: Schemas['AssociationChanges']) =>
  unwrapVersioned(
    await api.PATCH('/v1/associations/{slug}', { params: { path: { slug } }, headers: ifMatch(etag), body }),
  );

export const addMember = async (slug: string, code: string, etag: string) =>
  unwrapVersioned(
    await api.PUT('/v1/associations/{slug}/members/{code}', {
      params: { path: { slug, code } },
      headers: ifMatch(etag),
      body: {},
    }),
  );

export const removeMember = async (slug: string, code: string, etag: string) =>
  unwrapVersioned(
    await api.DELETE('/v1/associations/{slug}/members/{code}', {
      params: { path: { slug, code } },
      headers: ifMatch(etag),
    }),
  );
