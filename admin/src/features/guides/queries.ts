import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Schemas } from '@valfardsnavet/client';
import { api, ifMatch, unwrap, unwrapVersioned } from '../../api/client.ts';
import type { ListSearch } from '../../components/listSearch.ts';

export type Guide = Schemas['Guide'];
/** A guide as lists give it: the detail view reads the body. */
export type GuideSummary = Schemas['GuideSummary'];
type Status = Guide['status'];

export const guideQueries = {
  list: (search: ListSearch, offset: number, limit: number) =>
    queryOptions({
      queryKey: ['guides', 'list', search],
      queryFn: async ({ signal }) =>
        unwrap(
          await api.GET('/v1/guides', {
            params: {
              query: {
                q: search.q,
                kind: search.kind ? [search.kind as Guide['kind']] : undefined,
                status: search.status ? [search.status as Status] : (['draft', 'published', 'archived'] as Status[]),
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
      queryKey: ['guides', 'detail', slug],
      queryFn: async () => unwrapVersioned(await api.GET('/v1/guides/{slug}', { params: { path: { slug } } })),
    }),
  /** Every technology by name, for linking a guide to some. */
  technologies: () =>
    queryOptions({
      queryKey: ['technologies', 'picker'],
      queryFn: async () =>
        unwrap(
          await api.GET('/v1/technologies', {
            params: { query: { limit: 100, sort: 'name', status: ['draft', 'published', 'archived'] } },
          }),
        ).items,
    }),
};

export const createGuide = async (body: Schemas['NewGuide']) => unwrapVersioned(await api.POST('/v1/guides', { body }));

export const updateGuide = async (slug: string, etag: string, body: Schemas['GuideChanges']) =>
  unwrapVersioned(await api.PATCH('/v1/guides/{slug}', { params: { path: { slug } }, headers: ifMatch(etag), body }));

export const deleteGuide = async (slug: string, etag: string) =>
  unwrap(await api.DELETE('/v1/guides/{slug}', { params: { path: { slug } }, headers: ifMatch(etag) }));

export const NEXT_STATUS: Record<Status, Status> = { draft: 'published', published: 'archived', archived: 'published' };
