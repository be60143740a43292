import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Schemas } from '@valfardsnavet/client';
import { api, ifMatch, unwrap, unwrapVersioned } from '../../api/client.ts';
import type { ListSearch } from '../../components/listSearch.ts';

export type Need = Schemas['Need'];
/** A need as lists give it: the detail view reads the rest. */
export type NeedSummary = Schemas['NeedSummary'];
export type NeedStatus = Need['status'];
type Changes = Schemas['NeedChanges'];

const many = <T>(value: string | number | undefined) => (value ? [value as T] : undefined);

/** Query keys and fetchers for needs, in one place. Needs are read signed in (or with a key). */
export const needQueries = {
  list: (search: ListSearch, offset: number, limit: number) =>
    queryOptions({
      queryKey: ['needs', 'list', search],
      queryFn: async ({ signal }) =>
        unwrap(
          await api.GET('/v1/needs', {
            params: {
              query: {
                q: search.q,
                status: many<NeedStatus>(search.status),
                county: many<string>(search.county),
                association: many<string>(search.association),
                targetGroup: many<Need['targetGroup']>(search.targetGroup),
                category: many<string>(search.category),
                sort: (search.sort as 'pooledVolume' | undefined) ?? (search.q ? undefined : '-updatedAt'),
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
      queryKey: ['needs', 'detail', id],
      queryFn: async () => unwrapVersioned(await api.GET('/v1/needs/{id}', { params: { path: { id } } })),
    }),
  interests: (id: string) =>
    queryOptions({
      queryKey: ['needs', 'interests', id],
      queryFn: async () => unwrap(await api.GET('/v1/needs/{id}/interests', { params: { path: { id } } })).items,
    }),
  /** Published needs by title, for linking a procurement to the needs it takes on. */
  published: () =>
    queryOptions({
      queryKey: ['needs', 'picker'],
      queryFn: async () =>
        unwrap(
          await api.GET('/v1/needs', {
            params: { query: { status: ['published', 'in_dialogue', 'in_procurement'], limit: 100 } },
          }),
        ).items,
    }),
};

export const createNeed = async (body: Schemas['NewNeed']) => unwrapVersioned(await api.POST('/v1/needs', { body }));

export const updateNeed = async (id: string, etag: string, body: Changes) =>
  unwrapVersioned(await api.PATCH('/v1/needs/{id}', { params: { path: { id } }, headers: ifMatch(etag), body }));

export const deleteNeed = async (id: string, etag: string) =>
  unwrap(await api.DELETE('/v1/needs/{id}', { params: { path: { id } }, headers: ifMatch(etag) }));

export const addCoOwner = async (id: string, body: Schemas['NewCoOwner']) =>
  unwrapVersioned(await api.POST('/v1/needs/{id}/co-owners', { params: { path: { id } }, body }));

export const removeCoOwner = async (id: string, code: string, etag: string) =>
  unwrapVersioned(
    await api.DELETE('/v1/needs/{id}/co-owners/{code}', { params: { path: { id, code } }, headers: ifMatch(etag) }),
  );

export const addPublicBodyCoOwner = async (id: string, body: Schemas['NewPublicBodyCoOwner']) =>
  unwrapVersioned(await api.POST('/v1/needs/{id}/public-body-co-owners', { params: { path: { id } }, body }));

export const removePublicBodyCoOwner = async (id: string, slug: string, etag: string) =>
  unwrapVersioned(
    await api.DELETE('/v1/needs/{id}/public-body-co-owners/{slug}', {
      params: { path: { id, slug } },
      headers: ifMatch(etag),
    }),
  );

/** The steps the API allows next from each status (api/src/modules/needs/workflow.ts). */
export const NEXT_STEPS: Record<NeedStatus, NeedStatus[]> = {
  draft: ['published', 'withdrawn'],
  published: ['in_dialogue', 'in_procurement', 'solved', 'withdrawn'],
  in_dialogue: ['in_procurement', 'solved', 'withdrawn'],
  in_procurement: ['solved', 'withdrawn'],
  solved: [],
  withdrawn: [],
};

/** The statuses in which other municipalities may join. */
export const OPEN_TO_OTHERS: readonly NeedStatus[] = ['published', 'in_dialogue', 'in_procurement'];
