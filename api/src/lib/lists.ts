import Type, { type Static, type TSchema } from 'typebox';
import { idOf } from './ref.ts';

/** Query parameters every list takes (DIGG FNS): paging, optional counting and incremental sync. */
export const listParameters = {
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20, description: 'How many items to return (1–100).' }),
  offset: Type.Integer({
    minimum: 0,
    maximum: 1_000_000,
    default: 0,
    description: 'How many items to skip (at most 1 000 000).',
  }),
  count: Type.Boolean({
    default: true,
    description: 'Whether to count all matching items into `total`; `false` skips the count.',
  }),
  updatedSince: Type.Optional(
    Type.String({
      format: 'date-time',
      description: 'Only items changed at or after this RFC 3339 time, for incremental sync.',
      examples: ['2026-01-01T00:00:00Z'],
    }),
  ),
};

/** What a list query filters by: its parameters without the paging, counting and sorting ones. */
export type FilterOf<Query extends TSchema> = Omit<Static<Query>, 'limit' | 'offset' | 'count' | 'sort'>;

/**
 * `q`: Swedish full-text search (db/search.ts) over the texts named, stemmed, accent-insensitive and
 * typo-tolerant; without `sort` the best matches come first.
 */
export const searchParameter = (over: string, example: string) =>
  Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 200,
      description: `Swedish full-text search over ${over}: stemmed, accent-insensitive, typo-tolerant, ranked.`,
      examples: [example],
    }),
  );

/** The values of `sort` over an allow-list of fields: each field, and `-field` for descending. */
const sortValues = <const Field extends string>(fields: readonly Field[]) => [
  ...fields,
  ...fields.map((field) => `-${field}` as const),
];

/** `sort` over an allow-list of fields; `-field` sorts descending. */
export function sortParameter<const Field extends string>(fields: readonly Field[], fallback: Field) {
  return Type.Enum(sortValues(fields), {
    default: fallback,
    description: `Sort by ${fields.join(', ')}; prefix with - for descending. Ties are broken by the key. Default: ${fallback}.`,
  });
}

/**
 * `sort` of a list that `q` ranks: it has no default, as a search without it gives the best matches
 * first; `description` names the order of a list without `q`.
 */
export const rankedSortParameter = <const Field extends string>(fields: readonly Field[], description: string) =>
  Type.Optional(Type.Enum(sortValues(fields), { description }));

/** A list's order: by one field, ascending or descending. */
export interface Sort<Field extends string> {
  field: Field;
  descending: boolean;
}

/** `sort` as a list's order: `field` ascending, `-field` descending. */
export function parseSort<Field extends string>(sort: string): Sort<Field>;
/** A list whose `sort` has no default (a search ranks its matches first) has no order when none is asked for. */
export function parseSort<Field extends string>(sort: string | undefined): Sort<Field> | undefined;
export function parseSort<Field extends string>(sort: string | undefined): Sort<Field> | undefined {
  if (sort === undefined) return undefined;
  return sort.startsWith('-')
    ? { field: sort.slice(1) as Field, descending: true }
    : { field: sort as Field, descending: false };
}

/** A repeated query parameter means "any of" (`?county=14&county=13`). */
export const anyOf = <Item extends TSchema>(item: Item, description: string) =>
  Type.Optional(
    Type.Array(item, { minItems: 1, maxItems: 50, description: `${description} Repeat for any of several.` }),
  );

/**
 * The envelope of every list: `{ items, total, limit, offset }`, named after its items (a page of
 * `Technology` is `TechnologyPage`; of `TechnologySummary` too, as a list gives the summary).
 */
export function pageSchema(item: TSchema | string, description: string) {
  const itemId = idOf(item);
  return Type.Object(
    {
      items: Type.Array(Type.Ref(itemId)),
      total: Type.Optional(Type.Integer({ minimum: 0, description: 'All matching items; absent when `count=false`.' })),
      limit: Type.Integer({ minimum: 1, maximum: 100 }),
      offset: Type.Integer({ minimum: 0 }),
    },
    { $id: `${itemId.replace(/Summary$/, '')}Page`, description },
  );
}

/**
 * The page of a list that gives each item as a summary (`NeedSummary` → `NeedPage`), the item route
 * giving `itemGives`.
 */
export const summaryPageSchema = (summary: TSchema, items: string, itemGives = 'the full record') =>
  pageSchema(summary, `A page of ${items}, each as a summary; the item route gives ${itemGives}.`);

/** Escapes LIKE wildcards so a search for "50%" means the characters, not a pattern. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
