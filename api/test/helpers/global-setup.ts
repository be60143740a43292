import type { TestProject } from 'vitest/node';
import { createDb } from '../../src/db/client.ts';
import { prepareDatabase } from '../../src/db/setup.ts';
import { adminConnection, databaseUrl, SERVER_URL, templateName } from './postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabase: string;
    /** What the names of this run's test databases begin with: `vn_test_`, the run's process id, `_`. */
    testDatabasePrefix: string;
  }
}

/**
 * Creates (once per change of migrations, database functions or reference data) a migrated, seeded
 * template database; every test file clones it, which takes milliseconds instead of re-running
 * migrations.
 */
export default async function setup(project: TestProject) {
  const admin = adminConnection();
  try {
    await admin`select 1`;
  } catch (error) {
    await admin.end();
    throw new Error(
      `The tests need a PostgreSQL server at ${SERVER_URL} (set TEST_DATABASE_URL to use another): ${(error as Error).message}`,
    );
  }
  const template = templateName();
  await dropLeftovers(admin, template);
  const [existing] = await admin`select 1 from pg_database where datname = ${template}`;
  if (!existing) {
    const building = `${template}_building_${process.pid}`;
    await admin.unsafe(`create database "${building}"`);
    const database = await createDb({ databaseUrl: databaseUrl(building), maxConnections: 1 });
    await prepareDatabase(database);
    await database.close();
    try {
      await admin.unsafe(`alter database "${building}" rename to "${template}"`);
      await admin.unsafe(`alter database "${template}" is_template true`);
    } catch {
      // Another run built the same template at the same moment; theirs serves as well.
      await admin.unsafe(`drop database if exists "${building}"`);
    }
  }
  await admin.end();
  project.provide('templateDatabase', template);
  const prefix = `vn_test_${process.pid}_`;
  project.provide('testDatabasePrefix', prefix);
  // Workers drop their files' databases without waiting and clone one ahead; what is left goes here,
  // including a clone PostgreSQL is still making for a worker that has gone.
  return async () => {
    const cleanup = adminConnection();
    try {
      for (;;) {
        const rows = await cleanup<{ datname: string }[]>`select datname from pg_database
          where starts_with(datname, ${prefix})`;
        for (const { datname } of rows) await cleanup.unsafe(`drop database if exists "${datname}" with (force)`);
        const [cloning] = await cleanup`select 1 from pg_stat_activity
          where state = 'active' and starts_with(query, ${`create database "${prefix}`})`;
        if (!cloning) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      await cleanup.end();
    }
  };
}

/**
 * A run that was killed leaves its databases behind. Test databases carry the pid of the run that
 * made them, so those whose run is gone are dropped. Templates of other migrations go too, but
 * only past the newest few: another checkout on this machine may be running its tests from one.
 */
async function dropLeftovers(admin: ReturnType<typeof adminConnection>, template: string) {
  const KEPT_TEMPLATES = 10;
  const rows = await admin<{ datname: string }[]>`select datname from pg_database
    where datname like 'vn\_test\_%' or (datname like 'vn\_template\_%' and datname <> ${template})
    order by oid desc`;
  let templates = 0;
  for (const { datname } of rows) {
    if (datname.startsWith('vn_template_')) {
      templates++;
      if (templates <= KEPT_TEMPLATES) continue;
      await admin.unsafe(`alter database "${datname}" is_template false`);
    } else if (processAlive(Number(/^vn_test_(\d+)_/.exec(datname)?.[1]))) {
      continue;
    }
    await admin.unsafe(`drop database if exists "${datname}" with (force)`);
  }
}

function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
