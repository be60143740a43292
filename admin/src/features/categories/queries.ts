import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Schemas } from '@valfardsnavet/client';
import { api, ifMatch, unwrap, unwrapVersioned } from '../../api/client.ts';
import type { ListSearch } from '../../components/listSearch.ts';

export type Category = Schemas['TechnologyCategory'];

export const categoryQueries = {
  /** Every category, for choosing one (there are a few dozen at most). */
  all: () =>
    queryOptions({
      queryKey: ['categories', 'all'],
      queryFn: async () =>
        unwrap(await api.GET('/v1/technology-categories', { params: { query: { limit: 100, sort: 'name' } } })),
    }),
  list: (search: ListSearch, offset: number, limit: number) =>
    queryOptions({
      queryKey: ['categories', 'list', search],
      queryFn: async ({ signal }) =>
        unwrap(
          await api.GET('/v1/technology-categories', {
            params: {
              query: {
                parent: search.parent as string | undefined,
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
      queryKey: ['categories', 'detail', slug],
      queryFn: async () =>
        unwrapVersioned(await api.GET('/v1/technology-categories/{slug}', { params: { path: { slug } } })),
    }),
};

export const createCategory = async (body: Schemas['NewTechnologyCategory']) =>
  unwrapVersioned(await api.POST('/v1/technology-categories', { body }));

export const updateCategory = async (slug: string, etag: string, body: Schemas['TechnologyCategoryChanges']) =>
  unwrapVersioned(
    await api.PATCH('/v1/technology-categories/{slug}', { params: { path: { slug } }, headers: ifMatch(etag), body }),
  );

export const deleteCategory = async (slug: string, etag: string) =>
  unwrap(await api.DELETE('/v1/technology-categories/{slug}', { params: { path: { slug } }, headers: ifMatch(etag) }));

/** Categories as options, children indented under their parent. */
export function categoryOptions(categories: Category[]) {
  const top = categories.filter((category) => !category.parent);
  return top.flatMap((parent) => [
    { value: parent.slug, label: parent.name },
    ...categories
      .filter((child) => child.parent?.slug === parent.slug)
      .map((child) => ({ value: child.slug, label: `– ${child.name}` })),
  ]);
}
