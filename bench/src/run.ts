// pnpm bench: the API against a bare Fastify + postgres.js handler running the same SQL, side by side
// in one run, on a PostgreSQL server with the reference data. Prints requests/s, p99 latency, the ratio
// and the API's peak resident memory, and writes bench/results/latest.json.
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createDb } from '@valfardsnavet/api/db';
import { prepareDatabase } from '@valfardsnavet/api/db/setup';
import { municipalityByCodeQuery, municipalityListQuery } from '@valfardsnavet/api/municipalities/repository';
import autocannon from 'autocannon';
import { fillPlaceholders } from 'drizzle-orm';
import { apiDir, buildApi, freshDatabase, median, peakRssMb, signIn, startServer } from './servers.ts';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const API_PORT = 3101;
const BARE_PORT = 3102;
const resultsDir = fileURLToPath(new URL('../results/', import.meta.url));

const databaseName = 'vn_bench';
const ADMIN = { email: 'bench-admin@valfardsnavet.local', password: randomBytes(18).toString('base64url') };
const databaseUrl = await freshDatabase(databaseName);

interface LoadOptions {
  method?: 'GET' | 'PATCH';
  headers?: Record<string, string>;
  body?: string;
}

async function load(url: string, duration = DURATION, options: LoadOptions = {}) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration, pipelining: 1, ...options });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return { requestsPerSecond: Math.round(result.requests.average), p99Ms: result.latency.p99 };
}

const database = await createDb({ databaseUrl });
await prepareDatabase(database);
// The API's own query builders, with the values a request would bring filled in.
const filled = (query: { sql: string; params: unknown[] }, values: Record<string, unknown>) => ({
  sql: query.sql,
  params: fillPlaceholders(query.params, values),
});
const list = filled(municipalityListQuery(database.db, { county: ['14'] }, undefined).toSQL(), {
  county: ['14'],
  limit: 20,
  offset: 0,
});
const one = filled(municipalityByCodeQuery(database.db).toSQL(), { code: '1490' });
const listKeys = [
  'code',
  'name',
  'county',
  'associations',
  'website',
  'contactEmail',
  'description',
  'population',
  'createdAt',
  'updatedAt',
  'total',
];
const statements = [
  { path: '/v1/municipalities', sql: list.sql, params: list.params, keys: listKeys, shape: 'page', limit: 20 },
  {
    path: '/v1/municipalities/1490',
    sql: one.sql,
    params: one.params,
    keys: listKeys.slice(0, -1),
    shape: 'one',
    limit: 1,
  },
];
await database.close();

// The API runs exactly as `pnpm start` runs it in production: compiled, with the same Node flags.
const nodeArgs = buildApi();
const { child: api } = await startServer(
  nodeArgs,
  {
    DATABASE_URL: databaseUrl,
    PORT: String(API_PORT),
    NODE_ENV: 'production',
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    // The limits stay on (their cost is measured) but high enough that the load is never refused.
    RATE_LIMIT_ANONYMOUS: '1000000000',
    RATE_LIMIT_KEY: '1000000000',
    RATE_LIMIT_KEY_HIGH: '1000000000',
  },
  `http://127.0.0.1:${API_PORT}/health/ready`,
  apiDir,
);
const { child: bare } = await startServer(
  ['--import', 'tsx', fileURLToPath(new URL('./bare.ts', import.meta.url))],
  { DATABASE_URL: databaseUrl, PORT: String(BARE_PORT), BENCH_STATEMENTS: JSON.stringify(statements) },
  `http://127.0.0.1:${BARE_PORT}/v1/municipalities/1490`,
  apiDir,
);

const cases = [
  { name: 'GET /v1/municipalities?county=14', path: '/v1/municipalities?county=14', barePath: '/v1/municipalities' },
  { name: 'GET /v1/municipalities/1490', path: '/v1/municipalities/1490', barePath: '/v1/municipalities/1490' },
];

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const rows = [];
const authenticated: {
  case: string;
  result: { requestsPerSecond: number; p99Ms: number };
  against: string | null;
  ratio: number | null;
}[] = [];
let apiPeakRssMb = 0;
let readsPeakRssMb = 0;
try {
  for (const c of cases) {
    // Warm both up (JIT, prepared statements, connection pools) before measuring.
    await load(`http://127.0.0.1:${API_PORT}${c.path}`, 2);
    await load(`http://127.0.0.1:${BARE_PORT}${c.barePath}`, 2);
    // Alternate the two, several rounds, and keep the medians: the machine's other load then falls on both.
    const apiRuns = [];
    const bareRuns = [];
    for (let round = 0; round < ROUNDS; round++) {
      apiRuns.push(await load(`http://127.0.0.1:${API_PORT}${c.path}`));
      bareRuns.push(await load(`http://127.0.0.1:${BARE_PORT}${c.barePath}`));
    }
    const apiResult = {
      requestsPerSecond: median(apiRuns.map((r) => r.requestsPerSecond)),
      p99Ms: median(apiRuns.map((r) => r.p99Ms)),
    };
    const bareResult = {
      requestsPerSecond: median(bareRuns.map((r) => r.requestsPerSecond)),
      p99Ms: median(bareRuns.map((r) => r.p99Ms)),
    };
    rows.push({
      case: c.name,
      api: apiResult,
      bare: bareResult,
      ratio: Number((apiResult.requestsPerSecond / bareResult.requestsPerSecond).toFixed(2)),
    });
  }
  // The reads' peak memory, before signing in: argon2id spends 19 MiB per password check on purpose.
  readsPeakRssMb = peakRssMb(api);

  // Signed in as the admin, with an API key of the high tier, for the authenticated cases.
  const base = `http://127.0.0.1:${API_PORT}`;
  const session = await signIn(base, ADMIN);
  const created = await fetch(`${base}/v1/api-clients`, {
    method: 'POST',
    headers: { ...session, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'bench', kind: 'integrator', rateLimitTier: 'high' }),
  });
  const { key } = (await created.json()) as { key: string };
  const withKeyHeaders = { headers: { authorization: `Bearer ${key}` } };

  const anonymousRuns = [];
  const keyRuns = [];
  await load(`${base}/v1/municipalities/1490`, 2, withKeyHeaders);
  for (let round = 0; round < ROUNDS; round++) {
    anonymousRuns.push(await load(`${base}/v1/municipalities/1490`));
    keyRuns.push(await load(`${base}/v1/municipalities/1490`, DURATION, withKeyHeaders));
  }
  const medianOf = (runs: { requestsPerSecond: number; p99Ms: number }[]) => ({
    requestsPerSecond: median(runs.map((r) => r.requestsPerSecond)),
    p99Ms: median(runs.map((r) => r.p99Ms)),
  });
  const withKey = medianOf(keyRuns);
  authenticated.push({
    case: 'GET /v1/municipalities/1490 with an API key',
    result: withKey,
    against: 'the same read without a key',
    ratio: Number((withKey.requestsPerSecond / medianOf(anonymousRuns).requestsPerSecond).toFixed(2)),
  });
  // Every PATCH changes the ETag, so the load sends If-Match: * (any current version); the path is the
  // same: lock the row, read and compare, update, write the audit event, answer with the new ETag.
  const patch = await load(`${base}/v1/municipalities/1490`, DURATION, {
    method: 'PATCH',
    headers: { ...session, 'if-match': '*', 'content-type': 'application/json' },
    body: JSON.stringify({ description: 'Benchmark' }),
  });
  authenticated.push({
    case: 'PATCH /v1/municipalities/1490 with If-Match (admin session)',
    result: patch,
    against: null,
    ratio: null,
  });
} finally {
  apiPeakRssMb = peakRssMb(api);
  api.kill('SIGTERM');
  bare.kill('SIGTERM');
}

console.log(
  `\n${CONNECTIONS} connections, medians of ${ROUNDS} alternating ${DURATION} s runs, API logging at ${process.env.BENCH_LOG_LEVEL ?? 'info'}\n`,
);
console.log('| case | API req/s | API p99 ms | bare req/s | bare p99 ms | ratio |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(
    `| ${r.case} | ${r.api.requestsPerSecond} | ${r.api.p99Ms} | ${r.bare.requestsPerSecond} | ${r.bare.p99Ms} | ${r.ratio} |`,
  );
}
console.log('\n| authenticated case | req/s | p99 ms | ratio |');
console.log('|---|---:|---:|---:|');
for (const r of authenticated) {
  const ratio = r.ratio === null ? '' : `${r.ratio} (to ${r.against})`;
  console.log(`| ${r.case} | ${r.result.requestsPerSecond} | ${r.result.p99Ms} | ${ratio} |`);
}
console.log(
  `\nAPI peak resident memory: ${readsPeakRssMb} MB under the read load, ${apiPeakRssMb} MB in the whole run`,
);
const targets = [
  ...rows.map((r) => [`${r.case}: ratio >= 0.8`, r.ratio >= 0.8] as const),
  ...rows.map((r) => [`${r.case}: p99 < 80 ms`, r.api.p99Ms < 80] as const),
  ['API peak RSS under the read load < 200 MB', readsPeakRssMb < 200] as const,
  ...authenticated
    .filter((r) => r.ratio !== null)
    .map((r) => [`${r.case}: ratio >= 0.9`, (r.ratio ?? 0) >= 0.9] as const),
];
for (const [target, met] of targets) console.log(`${met ? 'met    ' : 'MISSED '} ${target}`);

mkdirSync(resultsDir, { recursive: true });
writeFileSync(
  `${resultsDir}latest.json`,
  `${JSON.stringify({ at: new Date().toISOString(), connections: CONNECTIONS, durationS: DURATION, rows, authenticated, readsPeakRssMb, apiPeakRssMb }, null, 2)}\n`,
);
