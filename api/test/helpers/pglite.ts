import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createDb, type Database } from '../../src/db/client.ts';

const pgliteEntry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
const { version } = JSON.parse(readFileSync(join(pgliteEntry, '../../package.json'), 'utf8')) as { version: string };
/** A freshly initialised, empty cluster of this PGlite version, kept across runs like the PostgreSQL template. */
const CLUSTER_FILE = join(tmpdir(), `vn-pglite-cluster-${version}.tar`);

let cluster: Promise<Blob> | undefined;

async function freshCluster(): Promise<Blob> {
  if (!existsSync(CLUSTER_FILE)) {
    const pglite = await PGlite.create();
    const dump = await pglite.dumpDataDir('none');
    await pglite.close();
    // Written under another name first, so a file running at the same moment never reads half of it.
    const building = `${CLUSTER_FILE}.${process.pid}`;
    writeFileSync(building, Buffer.from(await dump.arrayBuffer()));
    renameSync(building, CLUSTER_FILE);
  }
  return new Blob([readFileSync(CLUSTER_FILE)]);
}

/**
 * An empty embedded database in memory, as `createDb({ dataDir: 'memory://' })` opens one, but started
 * from a copy of one freshly initialised cluster instead of running initdb each time, which is most of
 * its start (seconds of CPU). It is the cluster PGlite makes the first time it opens a `.data` folder:
 * nothing migrated, nothing loaded.
 */
export async function createEmbeddedDb(): Promise<Database> {
  cluster ??= freshCluster();
  return createDb({ dataDir: 'memory://', loadDataDir: await cluster });
}
