import { getTableColumns, type Table } from 'drizzle-orm';

/**
 * Some of a table's own columns, selected under their own names: `pickColumns(guides, 'slug', 'title')`
 * is `{ slug: guides.slug, title: guides.title }`.
 */
export function pickColumns<T extends Table, Name extends keyof T['_']['columns'] & string>(
  table: T,
  ...names: Name[]
) {
  const all = getTableColumns(table);
  return Object.fromEntries(names.map((name) => [name, all[name]])) as Pick<T['_']['columns'], Name>;
}

/**
 * A column of `table`, and of no other table: a column of a table with a column of the same name does
 * not fit. Over a union of tables, a column of any one of them.
 */
export type ColumnOf<T extends Table> = T extends Table ? T['_']['columns'][keyof T['_']['columns']] : never;

/** Some of the values of a new row of `table`: a column it does not have is a compile error. */
export type RowValues<T extends Table> = T extends Table ? Partial<T['$inferInsert']> : never;
