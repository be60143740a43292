// A catalogue shaped like a real one: 10 000 and then 100 000 published technologies in 12
// categories, each with a Markdown description of about 1 KB in Swedish words, and three adoptions
// each. The API runs as production runs it (compiled, NODE_ENV=production, its default logging; rate
// limits raised only so the load is never refused) against a bare Fastify + postgres.js handler that
// runs the API's own page and count statements, interleaved at 50 connections. Measured: the list
// with the cache off, its 304 path, the list with the cache on against a bare server sending a
// precomputed body, the item route, peak memory and the cold start on the populated database.
import { fileURLToPath } from 'node:url';
import { createDb } from '@valfardsnavet/api/db';
import { renderMissingHtml } from '@valfardsnavet/api/db/rendered-html';
import { prepareDatabase } from '@valfardsnavet/api/db/setup';
import {
  type TechnologyFilter,
  technologyBySlugQuery,
  technologyCountQuery,
  technologyListQuery,
} from '@valfardsnavet/api/technologies/repository';
import autocannon from 'autocannon';
import { fillPlaceholders, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { buildApi, freshDatabase, loggedErrors, median, peakRssMb, spread, startServer } from './servers.ts';

const SIZES = (process.env.BENCH_LIST_SIZES ?? '10000,100000').split(',').map(Number);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const API_PORT = 3111;
const CACHED_PORT = 3112;
const BARE_PORT = 3113;
const CATEGORY = 'kategori-5';
const LIST = `/v1/technologies?category=${CATEGORY}&sort=name&limit=50&offset=100`;
const ITEM = '/v1/technologies/teknik-4242';

const WORDS = ['trygghet', 'larm', 'nattillsyn', 'kamera', 'läkemedel', 'påminnelse', 'hemtjänst', 'införande'];
const WORDS_SQL = `array[${[
  ...WORDS,
  'omsorg',
  'brukare',
  'personal',
  'samverkan',
  'nytta',
  'risk',
  'etik',
  'samtycke',
  'upphandling',
  'kommun',
  'region',
  'stöd',
  'vardag',
  'självständighet',
  'teknik',
  'digital',
]
  .map((w) => `'${w}'`)
  .join(',')}]`;

/** Generates the catalogue inside PostgreSQL; the Markdown is then rendered as the API renders it on write. */
async function generate(url: string, size: number) {
  const database = await createDb({ databaseUrl: url, maxConnections: 2 });
  await prepareDatabase(database);
  const db = database.db;
  await db.execute(
    sql.raw(`create or replace function bench_paragraph(seed int) returns text language sql immutable as $$
      select string_agg((${WORDS_SQL})[1 + abs(hashint4(seed * 31 + k)) % 24], ' ') from generate_series(1, 24) k $$`),
  );
  await db.execute(
    sql`insert into technology_categories (slug, name) select 'kategori-' || i, 'Kategori ' || i from generate_series(1, 12) i`,
  );
  await db.execute(
    sql.raw(`insert into technologies (slug, name, category_slug, summary, description, target_groups,
      legal_basis, benefits, readiness, status, published_at)
    select 'teknik-' || i, initcap((${WORDS_SQL})[1 + i % 24]) || ' ' || i, 'kategori-' || (1 + i % 12),
      initcap(bench_paragraph(i)) || '.',
      '## Vad det är\n\n' || initcap(bench_paragraph(i + 1)) || '.\n\n' || initcap(bench_paragraph(i + 2)) || '.\n\n'
        || '## Att tänka på\n\n- ' || bench_paragraph(i + 3) || '\n- ' || bench_paragraph(i + 4) || '\n- **'
        || bench_paragraph(i + 5) || '**\n\n' || initcap(bench_paragraph(i + 6)) || '.',
      array['elderly_care'], array['SoL 4 kap. 1 §'], array['Trygghet', 'Självständighet'],
      (array['established','try','watch','wait'])[1 + i % 4]::readiness, 'published', now()
    from generate_series(1, ${size}) i`),
  );
  await db.execute(
    sql.raw(`insert into adoptions (municipality_code, technology_slug, status, demo)
    select m.codes[1 + (i * 7 + k * 97) % 290], 'teknik-' || i,
      (array['planned','pilot','implemented','scaled'])[1 + (i + k) % 4]::adoption_status, true
    from (select array_agg(code order by code) codes from municipalities) m, generate_series(1, ${size}) i,
      generate_series(1, 3) k on conflict do nothing`),
  );
  await renderMissingHtml(db);
  await db.execute(sql`vacuum analyze`);
  const filter: TechnologyFilter = { category: [CATEGORY], status: ['published'] };
  const values = { ...filter, limit: 50, offset: 100, slug: 'teknik-4242' };
  const statement = (query: { sql: string; params: unknown[] }) => ({
    sql: query.sql,
    params: fillPlaceholders(query.params, values),
  });
  const statements = {
    page: statement(technologyListQuery(db, filter, { field: 'name', descending: false }).toSQL()),
    count: statement(technologyCountQuery(db, filter).toSQL()),
    item: statement(technologyBySlugQuery(db).toSQL()),
  };
  // The plans of the hot queries at this size.
  const client = postgres(url, { max: 1, onnotice: () => {} });
  for (const [label, query] of Object.entries(statements)) {
    const plan = await client.unsafe(
      `explain (analyze, costs off, timing off, summary on) ${query.sql}`,
      query.params as never[],
    );
    console.log(`\nEXPLAIN ${label} at ${size} technologies:`);
    for (const row of plan) {
      const line = String(row['QUERY PLAN']);
      if (!/^\s+->\s+(SubPlan|Result)/.test(line)) console.log(`  ${line}`);
    }
  }
  await client.end();
  await database.close();
  return statements;
}

/**
 * Load on one URL. Answers other than `expect` do not stop the bench: they are counted, the server's
 * logged errors printed, and the target they belong to marked missed.
 */
async function load(url: string, duration = DURATION, headers: Record<string, string> = {}, expect = 200) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration, headers });
  const statuses = result.statusCodeStats as Record<string, { count: number }> | undefined;
  const wrong = Object.entries(statuses ?? {}).filter(([code]) => Number(code) !== expect);
  const failed = result.errors + wrong.reduce((sum, [, { count }]) => sum + count, 0);
  if (failed > 0) {
    console.log(
      `\n${url}: ${result.errors} errors, answers ${JSON.stringify(statuses)} (expected ${expect})\n${loggedErrors(url)}`,
    );
  }
  return { rps: Math.round(result.requests.average), p99: result.latency.p99, failed };
}

type Run = { rps: number; p99: number; failed: number };

async function interleaved(a: () => Promise<Run>, b: () => Promise<Run>) {
  const as = [];
  const bs = [];
  for (let round = 0; round < ROUNDS; round++) {
    as.push(await a());
    bs.push(await b());
  }
  const summary = (runs: Run[]) => ({
    rps: median(runs.map((r) => r.rps)),
    p99: median(runs.map((r) => r.p99)),
    spread: spread(runs.map((r) => r.rps)),
    failed: runs.reduce((sum, r) => sum + r.failed, 0),
  });
  return { a: summary(as), b: summary(bs) };
}

const nodeArgs = buildApi();
const limits = { RATE_LIMIT_ANONYMOUS: '1000000000', RATE_LIMIT_KEY: '1000000000', RATE_LIMIT_KEY_HIGH: '1000000000' };

const lines: string[] = [];
const targets: [string, boolean][] = [];
for (const size of SIZES) {
  const url = await freshDatabase(`vn_bench_lists_${size}`);
  const started = Date.now();
  const statements = await generate(url, size);
  console.log(`\n${size} technologies generated and rendered in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const env = { DATABASE_URL: url, NODE_ENV: 'production', ...limits };
  const api = await startServer(
    nodeArgs,
    { ...env, PORT: String(API_PORT), CACHE_PUBLIC_READS: 'false' },
    `http://127.0.0.1:${API_PORT}/health/ready`,
  );
  const cached = await startServer(
    nodeArgs,
    { ...env, PORT: String(CACHED_PORT) },
    `http://127.0.0.1:${CACHED_PORT}/health/ready`,
  );
  const body = await (await fetch(`http://127.0.0.1:${API_PORT}${LIST}`)).text();
  const keys = Object.keys((JSON.parse(body) as { items: Record<string, unknown>[] }).items[0] ?? {});
  const itemKeys = Object.keys((await (await fetch(`http://127.0.0.1:${API_PORT}${ITEM}`)).json()) as object);
  const bare = await startServer(
    ['--import', 'tsx', fileURLToPath(new URL('./bare-lists.ts', import.meta.url))],
    {
      DATABASE_URL: url,
      PORT: String(BARE_PORT),
      BENCH_STATEMENTS: JSON.stringify({ ...statements, keys, itemKeys, limit: 50, offset: 100, precomputed: body }),
    },
    `http://127.0.0.1:${BARE_PORT}/item`,
  );
  try {
    const apiUrl = `http://127.0.0.1:${API_PORT}${LIST}`;
    const bareUrl = `http://127.0.0.1:${BARE_PORT}/list`;
    await load(apiUrl, 3);
    await load(bareUrl, 3);
    const list = await interleaved(
      () => load(apiUrl),
      () => load(bareUrl),
    );
    const etag = (await fetch(apiUrl)).headers.get('etag') as string;
    const notModified = await load(apiUrl, DURATION, { 'if-none-match': etag }, 304);
    const cachedUrl = `http://127.0.0.1:${CACHED_PORT}${LIST}`;
    await load(cachedUrl, 3);
    const fromCache = await interleaved(
      () => load(cachedUrl),
      () => load(`http://127.0.0.1:${BARE_PORT}/precomputed`),
    );
    await load(`http://127.0.0.1:${API_PORT}${ITEM}`, 3);
    const item = await interleaved(
      () => load(`http://127.0.0.1:${API_PORT}${ITEM}`),
      () => load(`http://127.0.0.1:${BARE_PORT}/item`),
    );
    const rss = peakRssMb(api.child);
    const ratio = (a: number, b: number) => Number((a / b).toFixed(2));
    lines.push(
      `| list, cache off, ${size} | ${list.a.rps} (${list.a.spread}) | ${list.a.p99} | ${list.b.rps} (${list.b.spread}) | ${list.b.p99} | ${ratio(list.a.rps, list.b.rps)} |`,
      `| list with its ETag (304), ${size} | ${notModified.rps} | ${notModified.p99} | | | ${ratio(notModified.rps, list.a.rps)} (to the 200) |`,
      `| list, cache on, ${size} (bare: precomputed body) | ${fromCache.a.rps} (${fromCache.a.spread}) | ${fromCache.a.p99} | ${fromCache.b.rps} (${fromCache.b.spread}) | ${fromCache.b.p99} | ${ratio(fromCache.a.rps, fromCache.b.rps)} |`,
      `| item, cache off, ${size} | ${item.a.rps} (${item.a.spread}) | ${item.a.p99} | ${item.b.rps} (${item.b.spread}) | ${item.b.p99} | ${ratio(item.a.rps, item.b.rps)} |`,
    );
    console.log(
      `list body: ${Buffer.byteLength(body)} bytes for 50 items; API peak RSS ${rss} MB; ready in ${api.readyMs} ms`,
    );
    targets.push(
      [`${size}: list, cache off ≥ 0.8× bare (${ratio(list.a.rps, list.b.rps)})`, list.a.rps >= 0.8 * list.b.rps],
      [`${size}: list p99 ≤ 80 ms (${list.a.p99} ms)`, list.a.p99 <= 80],
      [`${size}: 304 ≥ 5× the 200 (${ratio(notModified.rps, list.a.rps)})`, notModified.rps >= 5 * list.a.rps],
      [
        `${size}: cache on ≥ 0.5× precomputed (${ratio(fromCache.a.rps, fromCache.b.rps)})`,
        fromCache.a.rps >= 0.5 * fromCache.b.rps,
      ],
      [`${size}: item ≥ 0.8× bare (${ratio(item.a.rps, item.b.rps)})`, item.a.rps >= 0.8 * item.b.rps],
      [`${size}: RSS ≤ 200 MB (${rss} MB)`, rss <= 200],
      [`${size}: cold start ≤ 1.5 s (${api.readyMs} ms)`, api.readyMs <= 1500],
    );
    const failures = { list: list.a.failed, '304': notModified.failed, cache: fromCache.a.failed, item: item.a.failed };
    for (const [measured, failed] of Object.entries(failures))
      targets.push([
        `${size}: ${measured} answered only as expected (${failed} other answers or errors)`,
        failed === 0,
      ]);
  } finally {
    for (const child of [api.child, cached.child, bare.child]) child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

console.log(
  `\n${CONNECTIONS} connections, medians of ${ROUNDS} interleaved ${DURATION} s runs (min–max in brackets)\n`,
);
console.log('| request | API req/s | API p99 ms | bare req/s | bare p99 ms | ratio |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const line of lines) console.log(line);
console.log('');
for (const [target, met] of targets) console.log(`${met ? 'met    ' : 'MISSED '} ${target}`);
