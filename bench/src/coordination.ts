// Coordination at scale: 100 000 needs (a third with co-owners) and an operator model consulting
// VästKom's 50 members. Measures through the whole API (app.inject: auth by supplier key, validation,
// query, serialisation) a supplier's filtered needs queries and the consultation summary, p50/p95
// over repeated calls, and prints the plans of the hot queries.
import { createHash, randomBytes } from 'node:crypto';
import { buildApp } from '@valfardsnavet/api/app';
import { loadConfig } from '@valfardsnavet/api/config';
import { createDb } from '@valfardsnavet/api/db';
import { prepareDatabase } from '@valfardsnavet/api/db/setup';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { freshDatabase, percentile } from './servers.ts';

const NEEDS = Number(process.env.BENCH_NEEDS ?? 100_000);
const CALLS = Number(process.env.BENCH_COORDINATION_CALLS ?? 50);
const name = 'vn_bench_coordination';

const url = await freshDatabase(name);
const database = await createDb({ databaseUrl: url, maxConnections: 4 });
await prepareDatabase(database);
const { db } = database;

const started = Date.now();
await db.execute(
  sql`insert into technology_categories (slug, name) select 'omrade-' || i, 'Område ' || i from generate_series(1, 5) i`,
);
await db.execute(sql`insert into technology_categories (slug, name, parent_slug)
  select 'kategori-' || i, 'Kategori ' || i, 'omrade-' || (1 + i % 5) from generate_series(1, 20) i`);
// Owners spread over all 290 municipalities; 80 % published, the rest in the other statuses.
await db.execute(sql`insert into needs (title, problem_statement, target_group, service_area, owner_municipality_code,
    estimated_volume, desired_start, budget_status, status, published_at, demo)
  -- A specific topic in about 1 % of the needs each, as in real data; the rest about other things.
  select 'Behov ' || i || ' om ' || case when i % 100 < 6 then (array['nattillsyn','trygghetslarm','läkemedel','ensamhet','hygien','sömn'])[1 + i % 100]
      else 'ämne' || (i % 997) end,
    'Ett problem som behöver lösas, beskrivet utan lösning. ' || repeat('Mer om behovet. ', 5),
    (array['elderly_care','disability_support','individual_family_care','home_health_care'])[1 + i % 4]::target_group,
    'Hemtjänst', m.codes[1 + (i * 7) % 290], (i * 13) % 900,
    date '2027-01-01' + (i % 700), (array['budgeted','not_budgeted','external_funding'])[1 + i % 3]::budget_status,
    (case when i % 10 < 8 then 'published' else (array['draft','in_dialogue','in_procurement','solved','withdrawn'])[1 + i % 5] end)::need_status,
    now() - (i || ' minutes')::interval, true
  from (select array_agg(code order by code) codes from municipalities) m, generate_series(1, ${NEEDS}) i`);
await db.execute(sql`insert into need_categories (need_id, category_slug)
  select id, 'kategori-' || (1 + abs(hashtext(id::text)) % 20) from needs`);
await db.execute(sql`insert into need_co_owners (need_id, municipality_code, estimated_volume, demo)
  select n.id, m.codes[1 + abs(hashtext(n.id::text)) % 290], 50, true
  from (select array_agg(code order by code) codes from municipalities) m,
       (select id from needs order by id limit ${Math.floor(NEEDS / 3)}) n
  on conflict do nothing`);
// An operator model out for consultation with VästKom's members, two in three of whom answered.
await db.execute(sql`insert into operator_models (slug, name, legal_form, cost_sharing, status, consultation_association_slug)
  values ('gemensam-namnd', 'Gemensam nämnd', 'joint_committee', 'per_capita', 'consultation', 'vastkom')`);
await db.execute(sql`insert into consultation_responses (model_slug, municipality_code, position, responded_on)
  select 'gemensam-namnd', code, (array['supports','supports_with_reservations','rejects'])[1 + row_number() over () % 3]::consultation_position, date '2026-11-01'
  from (select distinct am.municipality_code code from association_members am join associations a on a.slug = am.association_slug
        where a.parent_slug = 'vastkom') c where abs(hashtext(code)) % 3 <> 0`);
const key = randomBytes(32).toString('base64url');
await db.execute(sql`with s as (insert into suppliers (name, organisation_number) values ('Bänkbolaget AB', '556036-0793') returning id)
  insert into api_clients (name, kind, supplier_id, key_prefix, key_hash)
  select 'bänk', 'supplier', s.id, ${key.slice(0, 8)}, ${createHash('sha256').update(key).digest('hex')} from s`);
// As autovacuum leaves it: GIN pending lists merged, statistics fresh. Then a checkpoint, so what the
// generation wrote is not being flushed while the queries are timed.
await db.execute(sql`vacuum analyze`);
await db.execute(sql`checkpoint`);
console.log(`${NEEDS} needs generated in ${((Date.now() - started) / 1000).toFixed(1)} s`);

const app = await buildApp(
  loadConfig({
    NODE_ENV: 'production',
    RATE_LIMIT_ANONYMOUS: '1000000000',
    RATE_LIMIT_KEY: '1000000000',
    // One request at a time is measured: an event-loop pause while the data was made must not shed it.
    EVENT_LOOP_MAX_DELAY_MS: '0',
  }),
  { db },
);
await app.ready();
const headers = { authorization: `Bearer ${key}` };

const cases = [
  { name: 'needs: county + category + published', url: '/v1/needs?county=14&category=omrade-2&status=published' },
  { name: 'needs: same, count=false', url: '/v1/needs?county=14&category=omrade-2&status=published&count=false' },
  {
    name: 'needs: VästKom, pooled volume ≥ 500, by volume',
    url: '/v1/needs?association=vastkom&minVolume=500&status=published&sort=-pooledVolume',
  },
  { name: 'needs: 100 per page', url: '/v1/needs?status=published&limit=100&count=false' },
  { name: 'needs: q=nattilsyn (typo)', url: '/v1/needs?q=nattilsyn&status=published' },
  { name: 'consultation summary (50 municipalities)', url: '/v1/operator-models/gemensam-namnd/consultation' },
];
console.log(`\n| case | p50 ms | p95 ms | items |`);
console.log('|---|---:|---:|---:|');
for (const c of cases) {
  for (let i = 0; i < 20; i++) await app.inject({ url: c.url, headers });
  const times: number[] = [];
  let items = 0;
  for (let i = 0; i < CALLS; i++) {
    const t = performance.now();
    const response = await app.inject({ url: c.url, headers });
    times.push(performance.now() - t);
    if (response.statusCode !== 200) throw new Error(`${c.url}: ${response.statusCode} ${response.body}`);
    const body = response.json();
    items = body.items?.length ?? body.totals?.total;
  }
  console.log(`| ${c.name} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} | ${items} |`);
}

const client = postgres(url, { max: 1 });
const plan = await client.unsafe(`explain (analyze, costs off, timing off, summary on)
  select n.id from needs n where n.status = any('{published}') and n.county_codes && '{14}'::text[]
    and n.category_slugs && '{omrade-2}'::text[]
  order by n.updated_at desc, n.id desc limit 20`);
console.log('\nEXPLAIN needs: county + category + published');
for (const row of plan) console.log(`  ${row['QUERY PLAN']}`);
await client.end();
await app.close();
await database.close();
