import { type SQL, sql } from 'drizzle-orm';

/** A `text[]` of bound values, for `&&`, `@>` and `= any(…)` (a plain list would expand to `($1, $2)`). */
export const textArray = (values: readonly string[]): SQL =>
  sql`array[${sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )}]::text[]`;
