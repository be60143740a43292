import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { apiFile } from '../files.ts';
import { type Db, selectRows } from './client.ts';

/**
 * The database functions and triggers in force live in `functions/`, one file per concern, applied in
 * the order of their names after the migrations. Migrations are the history of the schema; these
 * files are what the database runs now, so a change to a function or trigger is an edit there, never
 * a new migration. Each file is idempotent (CREATE OR REPLACE FUNCTION, CREATE OR REPLACE TRIGGER),
 * the same on PostgreSQL and PGlite, with statements separated by `--> statement-breakpoint` as in
 * migrations.
 *
 * Triggers keep derived values (a need's pooled volume, a technology's adoption places, the search
 * vocabulary), so changing how one is derived must also rewrite the values already stored: the
 * statements after a file's `--> recompute` line do that, once, when the file changed.
 *
 * What stays in migrations: functions whose results are stored in generated columns or indexes
 * (immutable_unaccent, swedish_sort_key, the swedish_unaccent text search configuration), because
 * changing one means rebuilding what stores its results, which only a migration can order; and
 * dropping a function or trigger that is gone from these files.
 */
const functionsFolder = apiFile('db/functions');

export interface FunctionsFile {
  name: string;
  sha256: string;
  /** Statements that define the functions and triggers. */
  definitions: string[];
  /** Statements that rewrite the stored values derived by them, run when the file changed. */
  recompute: string[];
}

const statements = (text: string) =>
  text
    .split('--> statement-breakpoint')
    .map((statement) => statement.trim())
    // A chunk of comments alone is no statement (drivers refuse an empty query).
    .filter((statement) => statement.split('\n').some((line) => line.trim() !== '' && !line.trim().startsWith('--')));

export function readFunctionsFiles(folder = functionsFolder): FunctionsFile[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.sql'))
    .sort()
    .map((name) => {
      const text = readFileSync(`${folder}/${name}`, 'utf8');
      const [definitions = '', recompute = '', ...more] = text.split(/^--> recompute$/m);
      if (more.length > 0) throw new Error(`db/functions/${name} has more than one "--> recompute" line`);
      return {
        name,
        sha256: createHash('sha256').update(text).digest('hex'),
        definitions: statements(definitions),
        recompute: statements(recompute),
      };
    });
}

export interface FunctionsOutcome {
  /** Files whose definitions were (re)applied; none when nothing changed since the last start. */
  applied: string[];
  /** Files whose stored values were recomputed because the file is new or changed. */
  recomputed: string[];
}

/**
 * Brings the database's functions and triggers to what the files say, in one transaction. A start
 * where neither the files nor the migrations changed since the last one rewrites nothing, so a
 * restart takes no table locks beside a running instance. After a new migration every file is
 * applied again, since a migration may have dropped a table or column together with its triggers.
 * Instances starting together take turns (an advisory lock); PGlite has one connection anyway.
 */
export async function applyFunctions(db: Db, files = readFunctionsFiles()): Promise<FunctionsOutcome> {
  return db.transaction(async (tx) => {
    const run = (statement: string) => tx.execute(sql.raw(statement));
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('valfardsnavet: database functions'))`);
    await run(`CREATE TABLE IF NOT EXISTS public.database_functions (
      file text PRIMARY KEY,
      sha256 text NOT NULL,
      after_migration text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now())`);
    const [latest] = await selectRows<{ hash: string }>(
      tx as unknown as Db,
      sql`select hash from drizzle.__drizzle_migrations order by created_at desc, id desc limit 1`,
    );
    const migration = latest?.hash ?? 'none';
    const recorded = new Map(
      (
        await selectRows<{ file: string; sha256: string; after_migration: string }>(
          tx as unknown as Db,
          sql`select file, sha256, after_migration from public.database_functions`,
        )
      ).map((row) => [row.file, row]),
    );
    const unchanged =
      recorded.size === files.length &&
      files.every((file) => {
        const row = recorded.get(file.name);
        return row?.sha256 === file.sha256 && row.after_migration === migration;
      });
    if (unchanged) return { applied: [], recomputed: [] };

    for (const file of files) for (const statement of file.definitions) await run(statement);
    // Recomputed after every file is in force, so each recomputation runs the definitions of today.
    const changed = files.filter((file) => recorded.get(file.name)?.sha256 !== file.sha256);
    for (const file of changed) for (const statement of file.recompute) await run(statement);

    await tx.execute(sql`delete from public.database_functions`);
    for (const file of files) {
      await tx.execute(sql`insert into public.database_functions (file, sha256, after_migration)
        values (${file.name}, ${file.sha256}, ${migration})`);
    }
    return { applied: files.map((file) => file.name), recomputed: changed.map((file) => file.name) };
  });
}
