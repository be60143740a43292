// The catalogue at scale: 10 000 technologies with 100 000 adoptions, and ten times that. For each size
// it measures a filtered list and Swedish search through the whole API (app.inject: validation,
// query, serialisation), p50/p95 over repeated calls, and prints the plans of the hot queries.
import { buildApp } from '@valfardsnavet/api/app';
import { loadConfig } from '@valfardsnavet/api/config';
import { createDb } from '@valfardsnavet/api/db';
import { prepareDatabase } from '@valfardsnavet/api/db/setup';
import { type TechnologyFilter, technologyListQuery } from '@valfardsnavet/api/technologies/repository';
import { fillPlaceholders, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { freshDatabase, percentile } from './servers.ts';

const BASE = { technologies: 10_000, adoptions: 100_000 };
const SCALES = (process.env.BENCH_CATALOGUE_SCALES ?? '1,10').split(',').map(Number);
const CALLS = Number(process.env.BENCH_CATALOGUE_CALLS ?? 50);

// The domain words searched for, mixed into a vocabulary of 1 000 words (the rest made of Swedish-
// sounding syllables): each domain word then appears in under 1 % of the texts, as a specific term
// does in a real catalogue, instead of in every fortieth name.
const WORDS = [
  'trygghetslarm',
  'nattillsyn',
  'kamera',
  'läkemedel',
  'automat',
  'sensor',
  'rörelse',
  'dörr',
  'spis',
  'fall',
  'gps',
  'position',
  'video',
  'samtal',
  'kalender',
  'påminnelse',
  'robot',
  'dusch',
  'toalett',
  'lås',
  'hemtjänst',
  'planering',
  'dokumentation',
  'signering',
  'monitorering',
  'blodtryck',
  'vikt',
  'sömn',
  'ljus',
  'ljud',
  'säng',
  'matning',
  'hygien',
  'aktivitet',
  'träning',
  'minne',
  'demens',
  'ensamhet',
  'inköp',
  'trygghet',
];
const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ne',
  'sa',
  'tu',
  'ri',
  'vo',
  'pe',
  'da',
  'gu',
  'fi',
  'ho',
  'ja',
  'be',
  'sy',
  'ra',
  'mo',
  'li',
  'te',
];
const VOCABULARY = 1000;

/** Generates the catalogue inside PostgreSQL, so the data never crosses the wire. */
async function generate(db: Awaited<ReturnType<typeof createDb>>['db'], technologies: number, adoptions: number) {
  const list = (items: string[]) => `array[${items.map((w) => `'${w}'`).join(',')}]`;
  await db.execute(
    sql.raw(`create or replace function bench_word(seed int) returns text language sql immutable as $$
      select case when n < ${WORDS.length} then (${list(WORDS)})[1 + n]
        else (${list(SYLLABLES)})[1 + n % 20] || (${list(SYLLABLES)})[1 + (n / 20) % 20] || (${list(SYLLABLES)})[1 + n % 7] || 'r' end
      from (select abs(hashint4(seed)) % ${VOCABULARY} as n) r $$`),
  );
  await db.execute(
    sql`insert into technology_categories (slug, name) select 'omrade-' || i, 'Område ' || i from generate_series(1, 5) i`,
  );
  await db.execute(sql`insert into technology_categories (slug, name, parent_slug)
    select 'kategori-' || i, 'Kategori ' || i, 'omrade-' || (1 + i % 5) from generate_series(1, 20) i`);
  await db.execute(sql`insert into technologies (slug, name, category_slug, summary, description, target_groups, standards, readiness, status, published_at)
    select 'teknik-' || i,
      initcap(bench_word(i)) || ' med ' || bench_word(i + 1000003) || ' ' || i,
      'kategori-' || (1 + i % 20),
      'Stöd med ' || bench_word(i + 2000003) || ' och ' || bench_word(i + 3000017) || ' för den enskilde.',
      'Beskrivning av ' || bench_word(i + 4000037) || ', ' || bench_word(i + 5000011) || ' och ' || bench_word(i + 6000007) || '. ' || repeat('Text om införande och nytta. ', 10),
      case i % 4 when 0 then array['elderly_care'] when 1 then array['disability_support']
        when 2 then array['elderly_care', 'home_health_care'] else array['individual_family_care'] end,
      case when i % 10 = 0 then array['SS 91100 (SCAIP)'] else '{}'::text[] end,
      (array['established','try','watch','wait'])[1 + i % 4]::readiness,
      case when i % 20 = 0 then 'draft' else 'published' end::publication_status,
      now()
    from generate_series(1, ${technologies}) i`);
  await db.execute(sql`insert into adoptions (municipality_code, technology_slug, status, demo)
    select m.codes[1 + i % 290], 'teknik-' || (1 + (i / 290) % ${technologies}),
      (array['planned','pilot','implemented','scaled','discontinued'])[1 + i % 5]::adoption_status, true
    from (select array_agg(code order by code) codes from municipalities) m, generate_series(0, ${adoptions - 1}) i
    on conflict do nothing`);
  await db.execute(sql`analyze`);
}

const cases = [
  {
    name: 'list: category (with children) + target group',
    url: '/v1/technologies?category=omrade-2&targetGroup=elderly_care',
  },
  {
    name: 'list: category + target group, count=false',
    url: '/v1/technologies?category=omrade-2&targetGroup=elderly_care&count=false',
  },
  {
    name: 'list: adopted in a VästKom municipality, by adoption count',
    url: '/v1/technologies?association=goteborgsregionen&sort=-adoptionCount',
  },
  {
    name: 'list: by adoption count in GR, count=false',
    url: '/v1/technologies?association=goteborgsregionen&sort=-adoptionCount&count=false',
  },
  { name: 'search: q=nattkamera', url: '/v1/technologies?q=nattkamera' },
  { name: 'search: q=lakemedel (no diacritics)', url: '/v1/technologies?q=lakemedel' },
  { name: 'search: q=trygghetlarm (typo)', url: '/v1/technologies?q=trygghetlarm' },
];

const results: Record<string, Record<number, { p50: number; p95: number }>> = {};
for (const scale of SCALES) {
  const size = { technologies: BASE.technologies * scale, adoptions: BASE.adoptions * scale };
  const url = await freshDatabase(`vn_bench_catalogue_${scale}`);
  const database = await createDb({ databaseUrl: url, maxConnections: 4 });
  await prepareDatabase(database);
  const started = Date.now();
  await generate(database.db, size.technologies, size.adoptions);
  console.log(
    `\n${size.technologies} technologies, ${size.adoptions} adoptions generated in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  const app = await buildApp(
    loadConfig({ NODE_ENV: 'production', RATE_LIMIT_ANONYMOUS: '1000000000', EVENT_LOOP_MAX_DELAY_MS: '0' }),
    {
      db: database.db,
    },
  );
  await app.ready();
  for (const c of cases) {
    for (let i = 0; i < 20; i++) await app.inject({ url: c.url }); // warm-up: JIT and prepared statements
    const times: number[] = [];
    for (let i = 0; i < CALLS; i++) {
      const t = performance.now();
      const response = await app.inject({ url: c.url });
      times.push(performance.now() - t);
      if (response.statusCode !== 200) throw new Error(`${c.url}: ${response.statusCode} ${response.body}`);
    }
    results[c.name] ??= {};
    (results[c.name] as Record<number, { p50: number; p95: number }>)[scale] = {
      p50: percentile(times, 50),
      p95: percentile(times, 95),
    };
  }
  // The plans of the hot queries, as they run at this size.
  const hot: [string, TechnologyFilter][] = [
    ['list', { category: ['omrade-2'], targetGroup: ['elderly_care'], status: ['published'] }],
    ['search', { q: 'lakemedel', status: ['published'] }],
  ];
  for (const [label, filter] of hot) {
    const query = technologyListQuery(database.db, filter, undefined).toSQL();
    const params = fillPlaceholders(query.params, { ...filter, limit: 20, offset: 0, window: 20 });
    const client = postgres(url, { max: 1 });
    const plan = await client.unsafe(
      `explain (analyze, costs off, timing off, summary on) ${query.sql}`,
      params as never[],
    );
    console.log(`\nEXPLAIN ${label} at ${size.technologies} technologies:`);
    for (const row of plan) {
      const line = String(row['QUERY PLAN']);
      if (!/^\s+->\s+(SubPlan|Result)/.test(line)) console.log(`  ${line}`);
    }
    await client.end();
  }
  await app.close();
  await database.close();
}

console.log(`\n| case | ${SCALES.map((s) => `p50 / p95 ms at ${s}×`).join(' | ')} | 10× / 1× (p95) |`);
console.log(`|---|${SCALES.map(() => '---:').join('|')}|---:|`);
for (const [name, byScale] of Object.entries(results)) {
  const cells = SCALES.map((s) => `${byScale[s]?.p50.toFixed(1)} / ${byScale[s]?.p95.toFixed(1)}`);
  const ratio = byScale[10] && byScale[1] ? (byScale[10].p95 / byScale[1].p95).toFixed(2) : '';
  console.log(`| ${name} | ${cells.join(' | ')} | ${ratio} |`);
}
