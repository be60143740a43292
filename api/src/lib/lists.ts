import type { FastifyReply, FastifyRequest } from 'fastify';
import Type, { type TSchema } from 'typebox';

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

/** `sort` over an allow-list of fields; `-field` sorts descending. */
export function sortParameter<const Field extends string>(fields: readonly Field[], fallback: Field) {
  return Type.Enum([...fields, ...fields.map((field) => `-${field}` as const)], {
    default: fallback,
    description: `Sort by ${fields.join(', ')}; prefix with - for descending. Ties are broken by the key. Default: ${fallback}.`,
  });
}

export function parseSort<Field extends string>(sort: string): { field: Field; descending: boolean } {
  return sort.startsWith('-')
    ? { field: sort.slice(1) as Field, descending: true }
    : { field: sort as Field, descending: false };
}

/** A repeated query parameter means "any of" (`?county=14&county=13`). */
export const anyOf = <Item extends TSchema>(item: Item, description: string) =>
  Type.Optional(
    Type.Array(item, { minItems: 1, maxItems: 50, description: `${description} Repeat for any of several.` }),
  );

/** The envelope of every list: `{ items, total, limit, offset }`. */
export function pageSchema(id: string, itemRef: string, description: string) {
  return Type.Object(
    {
      items: Type.Array(Type.Ref(itemRef)),
      total: Type.Optional(Type.Integer({ minimum: 0, description: 'All matching items; absent when `count=false`.' })),
      limit: Type.Integer({ minimum: 1, maximum: 100 }),
      offset: Type.Integer({ minimum: 0 }),
    },
    { $id: id, description },
  );
}

export interface Page<T> {
  items: T[];
  total?: number;
  limit: number;
  offset: number;
}

/**
 * Builds the list body and its RFC 8288 Link header (`first`, `prev`, `next`, `last`). Links are
 * relative references, so they stay right behind any proxy.
 */
export function sendPage<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  items: T[],
  total: number | undefined,
  { limit, offset }: { limit: number; offset: number },
): Page<T> {
  const url = new URL(request.url, 'http://localhost');
  const link = (rel: string, at: number) => {
    url.searchParams.set('offset', String(at));
    url.searchParams.set('limit', String(limit));
    return `<${url.pathname}${url.search}>; rel="${rel}"`;
  };
  const links: string[] = [];
  const hasNext = total === undefined ? items.length === limit : offset + limit < total;
  links.push(link('first', 0));
  if (offset > 0) links.push(link('prev', Math.max(0, offset - limit)));
  if (hasNext) links.push(link('next', offset + limit));
  if (total !== undefined) links.push(link('last', total === 0 ? 0 : Math.floor((total - 1) / limit) * limit));
  reply.header('link', links.join(', '));
  return total === undefined ? { items, limit, offset } : { items, total, limit, offset };
}

/** Escapes LIKE wildcards so a search for "50%" means the characters, not a pattern. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
