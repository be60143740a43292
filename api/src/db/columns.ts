import { getTableColumns, type Table } from 'drizzle-orm';

/**
 * Some of a table's own columns, selected under their own names: `columnsOf(guides, 'slug', 'title')`
 * is `{ slug: guides.slug, title: guides.title }`.
 */
export function columnsOf<T extends Table, Name extends keyof T['_']['columns'] & string>(table: T, ...names: Name[]) {
  const all = getTableColumns(table);
  return Object.fromEntries(names.map((name) => [name, all[name]])) as Pick<T['_']['columns'], Name>;
}
