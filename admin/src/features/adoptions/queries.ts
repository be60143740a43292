import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Schemas } from '@valfardsnavet/client';
import { api, ifMatch, ifMatchOrNew, unwrap, unwrapVersioned, versionedOrNull } from '../../api/client.ts';

export type Adoption = Schemas['Adoption'];
export type AdoptionStatus = Adoption['status'];
export type MapStatus = Schemas['AdoptionMap']['municipalities'][number]['status'];

const PAGE = 100;

/** Every page of a list, for views that show all of it at once (a matrix, a map). */
async function allPages<T>(fetchPage: (offset: number) => Promise<{ items: T[]; total?: number }>) {
  const first = await fetchPage(0);
  const total = first.total ?? first.items.length;
  const offsets = [];
  for (let offset = PAGE; offset < total; offset += PAGE) offsets.push(offset);
  const rest = await Promise.all(offsets.map(fetchPage));
  return [first, ...rest].flatMap((page) => page.items);
}

/** Query keys and fetchers for adoptions, in one place. */
export const adoptionQueries = {
  /** The published technologies, the columns of the overview (a category narrows them). */
  technologies: (category: string | undefined) =>
    queryOptions({
      queryKey: ['adoptions', 'technologies', category ?? null],
      staleTime: 5 * 60_000,
      queryFn: async () =>
        allPages((offset) =>
          api
            .GET('/v1/technologies', {
              params: { query: { category: category ? [category] : undefined, sort: 'name', limit: PAGE, offset } },
            })
            .then(unwrap),
        ),
    }),
  /** The members of an association (an umbrella's include its children's), the rows of the overview. */
  members: (association: string) =>
    queryOptions({
      queryKey: ['adoptions', 'members', association],
      staleTime: 10 * 60_000,
      enabled: association !== '',
      queryFn: async () =>
        allPages((offset) =>
          api
            .GET('/v1/municipalities', {
              params: { query: { association: [association], sort: 'name', limit: PAGE, offset } },
            })
            .then(unwrap),
        ),
    }),
  /** Everything the members of an association have recorded, the cells of the overview. */
  ofAssociation: (association: string, category: string | undefined) =>
    queryOptions({
      queryKey: ['adoptions', 'association', association, category ?? null],
      enabled: association !== '',
      placeholderData: keepPreviousData,
      queryFn: async ({ signal }) =>
        allPages((offset) =>
          api
            .GET('/v1/adoptions', {
              params: {
                query: {
                  association: [association],
                  category: category ? [category] : undefined,
                  limit: PAGE,
                  offset,
                },
              },
              signal,
            })
            .then(unwrap),
        ),
    }),
  /** One municipality's adoption of a technology, or null where nothing is recorded yet. */
  detail: (code: string, technology: string) =>
    queryOptions({
      queryKey: ['adoptions', 'detail', code, technology],
      queryFn: async () =>
        versionedOrNull(
          await api.GET('/v1/municipalities/{code}/adoptions/{technology}', { params: { path: { code, technology } } }),
        ),
    }),
  map: (technology: string) =>
    queryOptions({
      queryKey: ['adoptions', 'map', technology],
      enabled: technology !== '',
      queryFn: async () =>
        unwrap(await api.GET('/v1/technologies/{slug}/adoption-map', { params: { path: { slug: technology } } })),
    }),
  boundaries: (filter: { county?: string | undefined; association?: string | undefined }) =>
    queryOptions({
      queryKey: ['boundaries', filter.county ?? null, filter.association ?? null],
      staleTime: 60 * 60_000,
      placeholderData: keepPreviousData,
      queryFn: async () =>
        unwrap(
          await api.GET('/v1/municipalities/boundaries', {
            params: {
              query: {
                county: filter.county ? [filter.county] : undefined,
                association: filter.association ? [filter.association] : undefined,
              },
            },
          }),
        ),
    }),
};

/** Records the whole adoption, over the version opened or as a new one. */
export const putAdoption = async (
  code: string,
  technology: string,
  body: Schemas['AdoptionInput'],
  etag: string | undefined,
) =>
  unwrapVersioned(
    await api.PUT('/v1/municipalities/{code}/adoptions/{technology}', {
      params: { path: { code, technology } },
      headers: ifMatchOrNew(etag),
      body,
    }),
  );

export const deleteAdoption = async (code: string, technology: string, etag: string) =>
  unwrap(
    await api.DELETE('/v1/municipalities/{code}/adoptions/{technology}', {
      params: { path: { code, technology } },
      headers: ifMatch(etag),
    }),
  );

/** The statuses in the order of a technology's way through a municipality, and "nothing" last. */
export const STATUSES: AdoptionStatus[] = ['planned', 'pilot', 'implemented', 'scaled', 'discontinued'];
