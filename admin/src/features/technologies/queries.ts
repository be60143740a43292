import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Schemas } from '@valfardsnavet/client';
import { api, ifMatch, unwrap, unwrapVersioned } from '../../api/client.ts';
import type { ListSearch } from '../../components/listSearch.ts';

export type Technology = Schemas['Technology'];
export type TechnologyStatus = Technology['status'];
type Changes = Schemas['TechnologyChanges'];

const many = <T>(value: string | number | undefined) => (value ? [value as T] : undefined);

/** Query keys and fetchers for technologies, in one place. */
export const technologyQueries = {
  list: (search: ListSearch, offset: number, limit: number) =>
    queryOptions({
      queryKey: ['technologies', 'list', search],
      queryFn: async ({ signal }) =>
        unwrap(
          await api.GET('/v1/technologies', {
            params: {
              query: {
                q: search.q,
                // Admins see every status unless they filter; the API lists published ones by default.
                status: search.status
                  ? [search.status as TechnologyStatus]
                  : (['draft', 'published', 'archived'] as TechnologyStatus[]),
                category: many<string>(search.category),
                readiness: many<NonNullable<Changes['readiness']>>(search.readiness),
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
      queryKey: ['technologies', 'detail', slug],
      queryFn: async () => unwrapVersioned(await api.GET('/v1/technologies/{slug}', { params: { path: { slug } } })),
    }),
};

export const createTechnology = async (body: Schemas['NewTechnology']) =>
  unwrapVersioned(await api.POST('/v1/technologies', { body }));

export const updateTechnology = async (slug: string, etag: string, body: Changes) =>
  unwrapVersioned(
    await api.PATCH('/v1/technologies/{slug}', { params: { path: { slug } }, headers: ifMatch(etag), body }),
  );

export const deleteTechnology = async (slug: string, etag: string) =>
  unwrap(await api.DELETE('/v1/technologies/{slug}', { params: { path: { slug } }, headers: ifMatch(etag) }));

/** The workflow step the API allows next from each status: draft → published → archived → published. */
export const NEXT_STATUS: Record<TechnologyStatus, TechnologyStatus> = {
  draft: 'published',
  published: 'archived',
  archived: 'published',
};
