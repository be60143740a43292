import { type SQL, sql } from 'drizzle-orm';

/** `count(*) OVER ()`: the total number of matching rows, fetched with the page in one statement. */
export const totalCount = () => sql<number>`count(*) over ()`.mapWith(Number);

/**
 * The total from a page fetched with `totalCount()`. An empty page past the end carries no total,
 * so only then is it counted separately.
 */
export async function pageTotal(
  rows: { total: number }[],
  offset: number,
  countSeparately: () => Promise<number>,
): Promise<number> {
  if (rows.length > 0) return rows[0]?.total ?? 0;
  return offset === 0 ? 0 : countSeparately();
}

/**
 * The tail of every list query: the page's items without their `total` column, and the total when
 * asked for (`count=true`), from the page or, past its end, counted apart.
 */
export async function pageOf<Row extends { total: number }>(
  rows: Row[],
  page: PageRequest,
  countSeparately: () => Promise<number>,
): Promise<{ items: Omit<Row, 'total'>[]; total: number | undefined }> {
  const total = page.count ? await pageTotal(rows, page.offset, countSeparately) : undefined;
  return { items: rows.map(({ total: _, ...item }) => item), total };
}

export interface PageRequest {
  limit: number;
  offset: number;
  count: boolean;
}

/** Swedish alphabetical order on a `name_sort` column; see the swedish_sort_key migration. */
export const swedishOrder = (column: SQL | unknown) => sql`${column} COLLATE "C"`;
