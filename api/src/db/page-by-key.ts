import { count, eq, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable, SelectedFields } from 'drizzle-orm/pg-core';
import type { SelectResultFields } from 'drizzle-orm/query-builders/select.types';
import type { Db } from './client.ts';
import type { PageRequest } from './paging.ts';

/**
 * A page of a list, chosen by key first and its total counted beside it, on another connection. The
 * page's keys come off the ordering index (the offset's rows are skipped there, as keys); the
 * selection, with its subqueries, is then read for those rows only and put in the same order again.
 */
export async function pageByKey<Selection extends SelectedFields>(
  db: Db,
  from: { table: PgTable; key: AnyPgColumn },
  where: SQL | undefined,
  order: SQL[],
  page: PageRequest,
  selection: Selection,
): Promise<{ items: SelectResultFields<Selection>[]; total: number | undefined }> {
  const keys = db.$with('page').as(
    db
      .select({ key: sql<string>`${from.key}`.as('key') })
      .from(from.table)
      .where(where)
      .orderBy(...order)
      .limit(page.limit)
      .offset(page.offset),
  );
  // Drizzle cannot follow a selection and a table both generic through the join; the rows are the selection's.
  const rows = db
    .with(keys)
    .select(selection as SelectedFields)
    .from(keys)
    .innerJoin(from.table as PgTable, eq(from.key, keys.key))
    .orderBy(...order) as unknown as Promise<SelectResultFields<Selection>[]>;
  const [items, counted] = await Promise.all([
    rows,
    page.count ? db.select({ n: count() }).from(from.table).where(where) : undefined,
  ]);
  return { items, total: counted ? (counted[0]?.n ?? 0) : undefined };
}
