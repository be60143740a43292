import { inArray } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { HttpProblem } from '../lib/problems.ts';
import type { Db } from './client.ts';

/**
 * Checks that the keys a body refers to exist: a 422 naming each unknown one by its JSON Pointer
 * (`/body/categories/1`, or `pointer` itself for a single key).
 */
export async function assertKnown(
  db: Db,
  key: PgColumn,
  values: string | string[] | undefined | null,
  pointer: string,
  /** The thing and its key, for the detail: `['technology', 'slug']` → "No technology has the slug …". */
  [what, keyName]: [string, string],
): Promise<void> {
  if (values === undefined || values === null) return;
  const list = Array.isArray(values) ? values : [values];
  if (list.length === 0) return;
  const rows = await db
    .select({ key })
    .from(key.table as PgTable)
    .where(inArray(key, list));
  const known = new Set(rows.map((row) => row.key as string));
  const errors = list.flatMap((value, index) =>
    known.has(value)
      ? []
      : [{ pointer: Array.isArray(values) ? `${pointer}/${index}` : pointer, detail: `is not a known ${what}` }],
  );
  if (errors.length > 0) {
    const unknown = list.filter((value) => !known.has(value));
    throw new HttpProblem(422, `No ${what} has the ${keyName} ${unknown.join(', ')}`, { errors });
  }
}
