import { advanceReadVersion } from '../changes/read-version.ts';
import type { Database } from './client.ts';
import { migrate } from './migrate.ts';
import { renderMissingHtml } from './rendered-html.ts';
import { type ReferenceCounts, seedReference } from './seed/reference.ts';

/** Brings a database up to date at start: migrations, then reference data. */
export async function prepareDatabase(database: Database): Promise<ReferenceCounts> {
  await migrate(database);
  await renderMissingHtml(database.db);
  const loaded = await seedReference(database.db);
  // Other instances may have cached what the reference data just changed.
  await advanceReadVersion(database.db);
  return loaded;
}
