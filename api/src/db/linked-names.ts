import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';

/**
 * The rows a link table ties a row to (its technologies, categories, municipalities …) as the API shows
 * them: `[{ slug, name }]` (or `code`, by the target's `key`) in Swedish order of name, `[]` for none.
 * `to` is the link's column naming the target; `of`, its column naming the row, whose key in the outer
 * query is `row`.
 */
export function linkedNames<Key extends 'slug' | 'code'>(
  target: PgTable & Record<Key | 'name' | 'nameSort', AnyPgColumn>,
  key: Key,
  to: AnyPgColumn,
  of: AnyPgColumn,
  row: SQL,
): SQL<({ [K in Key]: string } & { name: string })[]> {
  return sql`coalesce((select json_agg(json_build_object(${sql.raw(`'${key}'`)}, ${target[key]}, 'name', ${target.name})
      order by ${target.nameSort} collate "C")
    from ${of.table} join ${target} on ${target[key]} = ${to} where ${of} = ${row}), '[]'::json)`;
}
