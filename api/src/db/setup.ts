import type { Database } from './client.ts';
import { migrate } from './migrate.ts';
import { renderMissingHtml } from './rendered-html.ts';
import { type ReferenceCounts, seedReference } from './seed/reference.ts';

/** Brings a database up to date at start: migrations, then reference data. */
export async function prepareDatabase(database: Database): Promise<ReferenceCounts> {
  await migrate(database);
  await renderMissingHtml(database.db);
  return seedReference(database.db);
}
