import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Database, type Db, selectRows } from '../src/db/client.ts';
import { applyFunctions, readFunctionsFiles } from '../src/db/functions.ts';
import { migrate } from '../src/db/migrate.ts';
import { prepareDatabase } from '../src/db/setup.ts';
import { createTestDatabase } from './helpers/app.ts';
import { createEmbeddedDb } from './helpers/pglite.ts';

/** Functions whose results are stored in generated columns and indexes; they stay in migrations. */
const STORAGE_FUNCTIONS = ['immutable_unaccent', 'swedish_sort_key'];

/**
 * The migrations 0000–0024 as databases in use applied them, one by one; the committed migrations
 * start with a baseline that stands for them.
 */
const HISTORY_TO_0024 = fileURLToPath(new URL('./fixtures/migrations-to-0024/', import.meta.url));

/** What the files define: functions with their bodies, aggregates, and triggers with table and function. */
function definedInFiles() {
  const functions = new Map<string, { language: string; volatility: string; source: string }>();
  const aggregates = new Set<string>();
  const triggers = new Set<string>();
  for (const statement of readFunctionsFiles().flatMap((file) => file.definitions)) {
    const fn =
      /^CREATE OR REPLACE FUNCTION public\.(\w+)\(.*?LANGUAGE (\w+)(?: (STABLE|IMMUTABLE))?.*?AS \$\$(.*)\$\$/ms.exec(
        statement,
      );
    const aggregate = /^CREATE OR REPLACE AGGREGATE public\.(\w+)\(/m.exec(statement);
    const trigger = /^CREATE OR REPLACE TRIGGER (\w+) .*? ON (\w+)\s.*EXECUTE FUNCTION public\.(\w+)\(\)/ms.exec(
      statement,
    );
    if (fn) {
      const [, name, language, volatility = 'VOLATILE', source] = fn as unknown as string[];
      functions.set(name as string, {
        language: language as string,
        volatility: (volatility as string).toLowerCase(),
        source: (source as string).trim(),
      });
    } else if (aggregate) aggregates.add(aggregate[1] as string);
    else if (trigger) triggers.add(`${trigger[2]}.${trigger[1]} → ${trigger[3]}`);
    else throw new Error(`a statement the test does not know:\n${statement}`);
  }
  return { functions, aggregates, triggers };
}

/** What the database runs: its own functions (not those of extensions) and triggers in public. */
async function inForce(db: Db) {
  const functions = await selectRows<{
    name: string;
    kind: string;
    language: string;
    volatility: string;
    source: string;
  }>(
    db,
    sql`select p.proname as name, p.prokind as kind, l.lanname as language,
          case p.provolatile when 'i' then 'immutable' when 's' then 'stable' else 'volatile' end as volatility,
          p.prosrc as source
        from pg_proc p join pg_namespace n on n.oid = p.pronamespace join pg_language l on l.oid = p.prolang
       where n.nspname = 'public'
         and not exists (select 1 from pg_depend d
                          where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')`,
  );
  const triggers = await selectRows<{ name: string; tbl: string; fn: string }>(
    db,
    sql`select t.tgname as name, c.relname as tbl, p.proname as fn
          from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
          join pg_proc p on p.oid = t.tgfoid
         where n.nspname = 'public' and not t.tgisinternal`,
  );
  return { functions, triggers: new Set(triggers.map((t) => `${t.tbl}.${t.name} → ${t.fn}`)) };
}

/**
 * The schema as the catalogue describes it: tables and their columns in order, constraints, indexes,
 * enum types, functions (with their attributes), triggers and text search configurations, each as
 * PostgreSQL prints its definition.
 */
async function schemaOf(db: Db) {
  const rows = await selectRows<{ kind: string; definition: string }>(
    db,
    sql`select 'column' as kind, table_name || '.' || ordinal_position || ' ' || column_name || ' ' || data_type || ' ' || udt_name || ' '
               || is_nullable || ' ' || coalesce(column_default, '') || ' ' || coalesce(generation_expression, '') as definition
          from information_schema.columns where table_schema = 'public'
        union all
        select 'constraint', conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)
          from pg_constraint where connamespace = 'public'::regnamespace
        union all
        select 'index', indexdef from pg_indexes where schemaname = 'public'
        union all
        select 'enum', t.typname || ' ' || string_agg(e.enumlabel, ',' order by e.enumsortorder)
          from pg_type t join pg_enum e on e.enumtypid = t.oid
         where t.typnamespace = 'public'::regnamespace group by t.typname
        union all
        select 'function', case when p.prokind = 'f' then pg_get_functiondef(p.oid)
                                else p.proname || '(' || pg_get_function_arguments(p.oid) || ') ' || p.prosrc end
          from pg_proc p where p.pronamespace = 'public'::regnamespace
        union all
        select 'text search configuration', c.cfgname || ' ' || string_agg(m.maptokentype || ':' || m.mapdict::regdictionary::text, ',' order by m.maptokentype, m.mapseqno)
          from pg_ts_config c join pg_ts_config_map m on m.mapcfg = c.oid
         where c.cfgnamespace = 'public'::regnamespace group by c.cfgname
        union all
        select 'trigger', pg_get_triggerdef(t.oid)
          from pg_trigger t join pg_class c on c.oid = t.tgrelid
         where c.relnamespace = 'public'::regnamespace and not t.tgisinternal
        union all
        select 'extension', extname from pg_extension
        order by 1, 2`,
  );
  return rows.map((row) => `${row.kind}: ${row.definition}`);
}

const one = async <Row>(db: Db, query: ReturnType<typeof sql>) => (await selectRows<Row>(db, query))[0] as Row;

const NEED = '00000000-0000-4000-8000-00000000f001';

const drivers: [string, () => Promise<Database>][] = [
  ['PostgreSQL', async () => createDb({ databaseUrl: await createTestDatabase({ empty: true }), maxConnections: 2 })],
  ['PGlite (the embedded .data)', createEmbeddedDb],
];

describe.each(drivers)('on %s, a database migrated before db/functions existed', (_driver, open) => {
  let database: Database;
  let db: Db;

  beforeAll(async () => {
    database = await open();
    db = database.db;
    // As it stood in use: migrated to the last migration, with a few municipalities (in SQL of that
    // schema: today's reference loader writes columns added since) and a need with a co-owner, kept by
    // the triggers the migrations defined.
    await migrate(database, HISTORY_TO_0024);
    await db.execute(sql`insert into counties (code, name, region_name)
      values ('01', 'Stockholms län', 'Region Stockholm'), ('14', 'Västra Götalands län', 'Västra Götalandsregionen')`);
    await db.execute(sql`insert into municipalities (code, name, county_code)
      values ('0180', 'Stockholm', '01'), ('1480', 'Göteborg', '14'), ('1490', 'Borås', '14')`);
    await db.execute(sql`insert into technology_categories (slug, name) values ('larm', 'Larm')`);
    await db.execute(sql`insert into needs (id, title, problem_statement, target_group, owner_municipality_code, estimated_volume)
      values (${NEED}, 'Nattillsyn', 'Tillsyn utan att väcka', 'elderly_care', '1490', 10)`);
    await db.execute(
      sql`insert into need_co_owners (need_id, municipality_code, estimated_volume) values (${NEED}, '1480', 5)`,
    );
    await db.execute(sql`insert into technologies (slug, name, category_slug, summary, readiness)
      values ('nattkamera', 'Nattkamera', 'larm', 'Tillsyn med kamera', 'try'),
             ('dorrlarm', 'Dörrlarm', 'larm', 'Larmar när dörren öppnas', 'try')`);
    await db.execute(sql`insert into adoptions (municipality_code, technology_slug, status)
      values ('1490', 'nattkamera', 'implemented'), ('1480', 'nattkamera', 'scaled')`);
    // And drifted from the files, as a database does when a file changes: a stale function, a
    // missing trigger and a stored value that no longer matches the derivation.
    await db.execute(
      sql.raw(`CREATE OR REPLACE FUNCTION public.collect_search_words() RETURNS trigger
      LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$`),
    );
    await db.execute(sql`drop trigger needs_words_after_update on needs`);
    await db.execute(sql`update needs set pooled_volume = 0, county_codes = '{}' where id = ${NEED}`);
    await db.execute(sql`update technologies set adoption_count = 0, adopted_in = '{}' where slug = 'nattkamera'`);
    await db.execute(sql`update technologies set adoption_count = 3 where slug = 'dorrlarm'`);

    // The ordinary start.
    await prepareDatabase(database);
  });

  afterAll(async () => {
    await database?.close();
  });

  it('runs exactly the functions and triggers the files define, and no others', async () => {
    const files = definedInFiles();
    const actual = await inForce(db);
    const ours = actual.functions.filter((fn) => !STORAGE_FUNCTIONS.includes(fn.name));
    expect(ours.filter((fn) => fn.kind === 'a').map((fn) => fn.name)).toEqual(
      expect.arrayContaining([...files.aggregates]),
    );
    expect(
      Object.fromEntries(
        ours
          .filter((fn) => fn.kind === 'f')
          .map((fn) => [fn.name, { language: fn.language, volatility: fn.volatility, source: fn.source.trim() }]),
      ),
    ).toEqual(Object.fromEntries(files.functions));
    expect(ours.filter((fn) => fn.kind === 'a')).toHaveLength(files.aggregates.size);
    expect([...actual.triggers].sort()).toEqual([...files.triggers].sort());
  });

  it('ends in the same schema as a new database, which starts from the baseline', async () => {
    const fresh = await open();
    try {
      await prepareDatabase(fresh);
      const [lived, started] = [await schemaOf(db), await schemaOf(fresh.db)];
      expect(started.length).toBeGreaterThan(400);
      expect(lived).toEqual(started);
    } finally {
      await fresh.close();
    }
  });

  it('recomputes what the triggers keep: a need pooled with its co-owner', async () => {
    const need = await one<{ pooled_volume: number; municipality_count: number; county_codes: string[] }>(
      db,
      sql`select pooled_volume, municipality_count, county_codes from needs where id = ${NEED}`,
    );
    expect(need).toEqual({ pooled_volume: 15, municipality_count: 2, county_codes: ['14'] });
  });

  it('recomputes what a technology keeps of its adoptions, where it had drifted', async () => {
    const technologies = await selectRows<{ slug: string; adoption_count: number; adopted_in: string[] }>(
      db,
      sql`select slug, adoption_count, adopted_in from technologies where slug in ('nattkamera', 'dorrlarm') order by slug`,
    );
    expect(technologies).toEqual([
      { slug: 'dorrlarm', adoption_count: 0, adopted_in: [] },
      { slug: 'nattkamera', adoption_count: 2, adopted_in: ['1480', '1490'] },
    ]);
  });

  it('keeps derived data as the files say from then on', async () => {
    await db.execute(
      sql`insert into need_co_owners (need_id, municipality_code, estimated_volume) values (${NEED}, '0180', 7)`,
    );
    await db.execute(sql`update needs set title = 'Nattillsyn med zebrafinkar' where id = ${NEED}`);
    await db.execute(sql`insert into technologies (slug, name, category_slug, summary, readiness)
      values ('kakadularm', 'Kakadularm', 'larm', 'Larmar med en kakadus röst', 'try')`);

    const need = await one<{ pooled_volume: number; county_codes: string[] }>(
      db,
      sql`select pooled_volume, county_codes from needs where id = ${NEED}`,
    );
    expect(need).toEqual({ pooled_volume: 22, county_codes: ['01', '14'] });
    // Both words joined the vocabulary, so a misspelling of either finds its text.
    const found = await one<{ technologies: string[]; needs: string[] }>(
      db,
      sql`select array(select slug from technologies where search_vector @@ public.typo_tolerant_tsquery('kakdularm')) as technologies,
                 array(select title from needs where search_vector @@ public.typo_tolerant_tsquery('zebrafinkr')) as needs`,
    );
    expect(found).toEqual({ technologies: ['kakadularm'], needs: ['Nattillsyn med zebrafinkar'] });
  });

  it('records each file, and rewrites nothing on the next start', async () => {
    const recorded = await selectRows<{ file: string; sha256: string }>(
      db,
      sql`select file, sha256 from public.database_functions order by file`,
    );
    expect(recorded).toEqual(readFunctionsFiles().map(({ name, sha256 }) => ({ file: name, sha256 })));
    await expect(applyFunctions(db)).resolves.toEqual({ applied: [], recomputed: [] });
  });

  it('applies every file again after a changed one, recomputing only what that one keeps', async () => {
    const files = readFunctionsFiles();
    const changed = files.map((file, index) => (index === 0 ? { ...file, sha256: `${file.sha256}-edited` } : file));
    await expect(applyFunctions(db, changed)).resolves.toEqual({
      applied: files.map((file) => file.name),
      recomputed: [files[0]?.name],
    });
    // Back to the files as committed: that one differs again, and nothing else.
    await expect(applyFunctions(db)).resolves.toEqual({
      applied: files.map((file) => file.name),
      recomputed: [files[0]?.name],
    });
  });

  it('applies every file again after a new migration, which may have dropped triggers with a table', async () => {
    await db.execute(sql`update public.database_functions set after_migration = 'the one before'`);
    await expect(applyFunctions(db)).resolves.toEqual({
      applied: readFunctionsFiles().map((file) => file.name),
      recomputed: [],
    });
  });
});

describe.each(drivers)('on %s, a database that stopped part-way through the history', (_driver, open) => {
  it('is refused before any migration runs, with what to do', async () => {
    const database = await open();
    try {
      // The history up to 0020, as a database last started before 0021 was written has it.
      const folder = mkdtempSync(join(tmpdir(), 'vn-migrations-'));
      cpSync(HISTORY_TO_0024, folder, { recursive: true });
      const journalFile = join(folder, 'meta', '_journal.json');
      const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: unknown[] };
      writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, 21) }));
      await migrate(database, folder);
      rmSync(folder, { recursive: true, force: true });

      await expect(prepareDatabase(database)).rejects.toThrow(/older than 0024_baseline.*commit f975629/s);
      // Nothing ran: the next migration's table does not exist, and the last one recorded is still 0020's.
      const [state] = await selectRows<{ events: string | null; migrations: number }>(
        database.db,
        sql`select to_regclass('public.domain_events')::text as events,
                   (select count(*)::int from drizzle.__drizzle_migrations) as migrations`,
      );
      expect(state).toEqual({ events: null, migrations: 21 });
    } finally {
      await database.close();
    }
  });
});
