import { advanceReadVersion, announceChange } from '../changes/read-version.ts';
import type { Database } from './client.ts';
import { applyFunctions } from './functions.ts';
import { migrate } from './migrate.ts';
import { renderMissingHtml } from './rendered-html.ts';
import { type ReferenceCounts, seedReference } from './seed/reference.ts';

/**
 * Brings a database up to date at start: migrations (the schema's history), then the functions and
 * triggers in force (db/functions), then reference data, which the triggers already keep.
 */
export async function prepareDatabase(database: Database): Promise<ReferenceCounts> {
  await migrate(database);
  await applyFunctions(database.db);
  await renderMissingHtml(database.db);
  const loaded = await seedReference(database.db);
  // Other instances may have cached what the reference data just changed.
  await advanceReadVersion(database.db);
  await announceChange(database.db);
  return loaded;
}
