import type { FastifyReply, FastifyRequest } from 'fastify';

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
