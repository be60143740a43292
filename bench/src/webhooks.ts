// Webhook deliveries under load: EVENTS changes committed at RATE a second, each to SUBSCRIPTIONS
// subscriptions on a local receiver, with the API (as production runs it, workers in its process)
// serving reads at the same time. Measured: deliveries a second, the time from a change's commit (its
// PATCH answered) to its delivery, and the read throughput during delivery against the same reads
// and writes with no subscription. Targets: p95 ≤ 1 s at 100 events/s; reads during delivery ≥ 0.9× without.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { createDb } from '@valfardsnavet/api/db';
import { prepareDatabase } from '@valfardsnavet/api/db/setup';
import autocannon from 'autocannon';
import { buildApi, freshDatabase, loggedErrors, percentile, signIn, startServer } from './servers.ts';

const EVENTS = Number(process.env.BENCH_WEBHOOK_EVENTS ?? 1000);
const SUBSCRIPTIONS = Number(process.env.BENCH_WEBHOOK_SUBSCRIPTIONS ?? 10);
const RATE = Number(process.env.BENCH_WEBHOOK_RATE ?? 100);
// Enough readers to keep both cores busy without starving the writes of pooled connections (at 50,
// the API's pool of 10 made a third of the writes wait past the 1.5 s deadline: 503).
const CONNECTIONS = Number(process.env.BENCH_WEBHOOK_READ_CONNECTIONS ?? 10);
const API_PORT = 3120;
const RECEIVER_PORT = 3121;
const READ = '/v1/municipalities?county=14&limit=50';
const ADMIN = { email: 'bench-admin@valfardsnavet.local', password: randomBytes(18).toString('base64url') };
const base = `http://127.0.0.1:${API_PORT}`;

const databaseUrl = await freshDatabase('vn_bench_webhooks');
const database = await createDb({ databaseUrl });
await prepareDatabase(database);
await database.close();

/** The receiver: answers 204 at once and notes when each (event, subscription) first arrived. */
const committedAt = new Map<number, number>();
const delays: number[] = [];
const seen = new Set<string>();
let duplicates = 0;
let lastDeliveryAt = 0;
const failedWrites: string[] = [];
const receiver = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const arrived = Date.now();
    response.writeHead(204).end();
    const id = `${request.headers['webhook-id']}${request.url}`;
    if (seen.has(id)) {
      duplicates++;
      return;
    }
    seen.add(id);
    const { data } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data: { description?: string } };
    const n = Number(/^bench #(\d+)$/.exec(data.description ?? '')?.[1]);
    const committed = committedAt.get(n);
    if (committed !== undefined) delays.push(arrived - committed);
    lastDeliveryAt = arrived;
  });
});
await new Promise<void>((resolve) => receiver.listen(RECEIVER_PORT, '127.0.0.1', resolve));

const { child: api } = await startServer(
  buildApi(),
  {
    DATABASE_URL: databaseUrl,
    PORT: String(API_PORT),
    NODE_ENV: 'production',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
    RATE_LIMIT_ANONYMOUS: '1000000000',
    RATE_LIMIT_KEY: '1000000000',
    RATE_LIMIT_KEY_HIGH: '1000000000',
  },
  `${base}/health/ready`,
);

async function call(path: string, init: RequestInit & { headers: Record<string, string> }) {
  const response = await fetch(`${base}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', ...init.headers },
  });
  if (!response.ok) throw new Error(`${init.method} ${path}: ${response.status} ${await response.text()}`);
  return response;
}

const reads = async (duration: number) => {
  const result = await autocannon({ url: `${base}${READ}`, connections: CONNECTIONS, duration });
  if (result.non2xx > 0 || result.errors > 0) console.log(`reads: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return Math.round(result.requests.average);
};

/** Reads at full speed while changes are written at RATE a second, each on the next municipality. */
async function readsWhileWriting(session: Record<string, string>, codes: string[], prefix: string) {
  const started = Date.now();
  const writing = (async () => {
    const writes: Promise<void>[] = [];
    for (let n = 0; n < EVENTS; n++) {
      const due = started + (n * 1000) / RATE;
      if (due > Date.now()) await new Promise((resolve) => setTimeout(resolve, due - Date.now()));
      writes.push(
        call(`/v1/municipalities/${codes[n % codes.length]}`, {
          method: 'PATCH',
          headers: { ...session, 'if-match': '*' },
          body: JSON.stringify({ description: `${prefix} #${n}` }),
        }).then(
          () => {
            if (prefix === 'bench') committedAt.set(n, Date.now());
          },
          (error: Error) => {
            failedWrites.push(`${prefix} #${n}: ${error.message.slice(0, 120)}`);
          },
        ),
      );
    }
    await Promise.all(writes);
  })();
  const readsPerSecond = await reads(Math.ceil(EVENTS / RATE));
  await writing;
  return { readsPerSecond, started, wroteFor: (Date.now() - started) / 1000 };
}

try {
  const session = await signIn(base, ADMIN);
  const { items } = (await (await call('/v1/municipalities?limit=100', { headers: {} })).json()) as {
    items: { code: string }[];
  };
  const codes = items.map((m) => m.code);
  await reads(3);
  // The same writes and reads first with no subscription, so the comparison isolates the deliveries.
  const without = (await readsWhileWriting(session, codes, 'warm-up')).readsPerSecond;
  const { key } = (await (
    await call('/v1/api-clients', {
      method: 'POST',
      headers: session,
      body: JSON.stringify({ name: 'bench receiver', kind: 'integrator', rateLimitTier: 'high' }),
    })
  ).json()) as { key: string };
  for (let i = 0; i < SUBSCRIPTIONS; i++) {
    await call('/v1/webhook-subscriptions', {
      method: 'POST',
      headers: { authorization: `Bearer ${key}` },
      body: JSON.stringify({ url: `http://127.0.0.1:${RECEIVER_PORT}/hook/${i}`, events: ['municipality.updated'] }),
    });
  }
  const { readsPerSecond: during, started, wroteFor } = await readsWhileWriting(session, codes, 'bench');
  // A change that was refused (say, a 503 when the machine is overloaded) has nothing to deliver.
  const expected = committedAt.size * SUBSCRIPTIONS;
  for (const until = Date.now() + 120_000; seen.size < expected && Date.now() < until; )
    await new Promise((resolve) => setTimeout(resolve, 100));

  const deliveredFor = (lastDeliveryAt - started) / 1000;
  const p95 = percentile(delays, 95);
  const ratio = Number((during / without).toFixed(2));
  console.log(
    `\n${EVENTS} changes at ${RATE}/s (written in ${wroteFor.toFixed(1)} s) to ${SUBSCRIPTIONS} subscriptions; reads ${READ} at ${CONNECTIONS} connections\n`,
  );
  console.log('| measure | value |');
  console.log('|---|---:|');
  console.log(`| changes refused (not delivered, not counted) | ${failedWrites.length} |`);
  console.log(`| deliveries received (of ${expected}) | ${seen.size} |`);
  console.log(`| repeated deliveries (same webhook-id, same subscription) | ${duplicates} |`);
  console.log(`| deliveries per second (first change to last delivery) | ${Math.round(seen.size / deliveredFor)} |`);
  console.log(`| commit → delivery p50 / p95 / max ms | ${percentile(delays, 50)} / ${p95} / ${Math.max(...delays)} |`);
  console.log(`| reads/s while writing, no subscriptions | ${without} |`);
  console.log(`| reads/s while writing and delivering | ${during} (${ratio}×) |`);
  console.log('');
  const targets: [string, boolean][] = [
    [`every change committed (${failedWrites.length} refused)`, failedWrites.length === 0],
    [`every delivery arrived (${seen.size} of ${expected})`, seen.size === expected],
    [`commit → delivery p95 ≤ 1 s (${p95} ms)`, p95 <= 1000],
    [`reads during delivery ≥ 0.9× without (${ratio})`, ratio >= 0.9],
  ];
  for (const [target, met] of targets) console.log(`${met ? 'met    ' : 'MISSED '} ${target}`);
  for (const failure of failedWrites.slice(0, 5)) console.log(failure);
  if (seen.size < expected || failedWrites.length > 0) console.log(loggedErrors(base));
} finally {
  api.kill('SIGTERM');
  receiver.close();
}
