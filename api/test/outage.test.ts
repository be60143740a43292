import { createServer, type Server, type Socket, connect as tcpConnect } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { createDb } from '../src/db/client.ts';
import { createActors } from './helpers/actors.ts';
import { createTestApp, createTestDatabase } from './helpers/app.ts';
import { SERVER_URL } from './helpers/postgres.ts';

/**
 * A TCP proxy between the API and PostgreSQL that the test controls. `cut()` is a network partition:
 * bytes on open connections stop flowing both ways and new connections are accepted but never
 * answered (the worst case: nothing fails, everything hangs). `restore()` drops what the partition
 * held, as a real network eventually does, and forwards again.
 */
async function partitionableProxy(target: { host: string; port: number }) {
  let partitioned = false;
  const open = new Set<Socket>();
  const server: Server = createServer((client) => {
    open.add(client);
    client.on('error', () => {});
    client.on('close', () => open.delete(client));
    if (partitioned) return;
    const upstream = tcpConnect(target.port, target.host);
    open.add(upstream);
    upstream.on('error', () => client.destroy());
    upstream.on('close', () => open.delete(upstream));
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    cut() {
      partitioned = true;
      for (const socket of open) {
        socket.unpipe();
        socket.pause();
      }
    },
    restore() {
      partitioned = false;
      for (const socket of open) socket.destroy();
    },
    async close() {
      for (const socket of open) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

const QUERY_TIMEOUT_MS = 1000;
const databaseUrl = await createTestDatabase();
const server = new URL(SERVER_URL);
const proxy = await partitionableProxy({ host: server.hostname, port: Number(server.port || 5432) });
const proxiedUrl = new URL(databaseUrl);
proxiedUrl.port = String(proxy.port);
const database = await createDb({
  databaseUrl: proxiedUrl.toString(),
  maxConnections: 4,
  timeouts: { connectMs: 800, queryMs: QUERY_TIMEOUT_MS },
});
const config = loadConfig({
  NODE_ENV: 'test',
  DATABASE_URL: proxiedUrl.toString(),
  EVENT_LOOP_MAX_DELAY_MS: '0',
  // What the database answers, not what an instance remembers: a cached public read would still be a 200.
  CACHE_PUBLIC_READS: 'false',
  // The steady load is faster than an anonymous caller's limit on a quiet machine.
  RATE_LIMIT_ANONYMOUS: '1000000',
});
const app = await buildApp(config, { db: database.db });
await app.ready();
afterAll(async () => {
  await app.close();
  await database.close();
  await proxy.close();
});
const actors = await createActors(app, database.db);
const asAdmin = { cookie: actors.admin.cookie, 'x-csrf-token': actors.admin.csrfToken };
const { app: busy } = await createTestApp({ EVENT_LOOP_MAX_DELAY_MS: '100' });

interface Outcome {
  kind: 'read' | 'write' | 'ready';
  startedAt: number;
  ms: number;
  status: number;
  problem: boolean;
  retryAfter: string | undefined;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const WRITERS = ['1490', '1480', '0114'];

describe('with the database unreachable', () => {
  it('answers 503 with Retry-After quickly, recovers by itself, and loses no acknowledged write', async () => {
    const outcomes: Outcome[] = [];
    const acknowledged = new Map<string, string[]>(WRITERS.map((code) => [code, []]));
    const attempted = new Map<string, string[]>(WRITERS.map((code) => [code, []]));
    let running = true;

    const timed = async (
      kind: Outcome['kind'],
      send: () => Promise<{ statusCode: number; headers: Record<string, unknown> }>,
    ) => {
      const startedAt = Date.now();
      const response = await send();
      outcomes.push({
        kind,
        startedAt,
        ms: Date.now() - startedAt,
        status: response.statusCode,
        problem: String(response.headers['content-type']).startsWith('application/problem+json'),
        retryAfter: response.headers['retry-after'] as string | undefined,
      });
      return response;
    };

    const reader = async () => {
      while (running) {
        await timed('read', () => app.inject({ url: '/v1/municipalities/1490' }));
        await sleep(20);
      }
    };
    const writer = async (code: string) => {
      let n = 0;
      while (running) {
        const current = await timed('read', () => app.inject({ url: `/v1/municipalities/${code}` }));
        if (current.statusCode === 200) {
          const description = `outage write ${code} #${++n}`;
          attempted.get(code)?.push(description);
          const response = await timed('write', () =>
            app.inject({
              method: 'PATCH',
              url: `/v1/municipalities/${code}`,
              headers: { ...asAdmin, 'if-match': current.headers.etag as string },
              payload: { description },
            }),
          );
          if (response.statusCode === 200) acknowledged.get(code)?.push(description);
        }
        await sleep(20);
      }
    };
    const load = Promise.all([reader(), reader(), ...WRITERS.map(writer)]);

    await sleep(1500);
    const cutAt = Date.now();
    proxy.cut();
    await sleep(300);
    await timed('ready', () => app.inject({ url: '/health/ready' }));
    await sleep(3500);
    const restoredAt = Date.now();
    proxy.restore();
    let recoveredAt = 0;
    while (Date.now() - restoredAt < 15_000) {
      const probe = await app.inject({ url: '/v1/municipalities/1490' });
      if (probe.statusCode === 200) {
        recoveredAt = Date.now();
        break;
      }
      await sleep(50);
    }
    await sleep(1500);
    running = false;
    await load;

    const ready = outcomes.find((o) => o.kind === 'ready') as Outcome;
    const before = outcomes.filter((o) => o.startedAt + o.ms < cutAt);
    const during = outcomes.filter((o) => o.startedAt >= cutAt + 50 && o.startedAt + o.ms < restoredAt);
    const after = outcomes.filter((o) => o.startedAt >= recoveredAt);
    const summary = (list: Outcome[]) =>
      `${list.length} requests, statuses ${[...new Set(list.map((o) => o.status))].join('/')}, slowest ${Math.max(...list.map((o) => o.ms))} ms`;
    console.log(
      `outage run: before ${summary(before)}; during ${summary(during)}; after ${summary(after)}; ` +
        `ready ${ready.status} in ${ready.ms} ms; recovered ${recoveredAt - restoredAt} ms after the network returned`,
    );

    expect(before.length).toBeGreaterThan(10);
    expect(before.every((o) => o.status === 200)).toBe(true);

    // Cut: every request answers 503 problem details with Retry-After, each within 2 s.
    expect(during.length).toBeGreaterThan(5);
    for (const o of during) {
      expect(o.status).toBe(503);
      expect(o.problem).toBe(true);
      expect(o.retryAfter).toBe('2');
      expect(o.ms).toBeLessThan(2000);
    }
    expect(ready.status).toBe(503);
    expect(ready.problem).toBe(true);
    expect(ready.ms).toBeLessThan(1000);
    // No request at any time failed any other way than a 503.
    expect(outcomes.filter((o) => o.status >= 500 && o.status !== 503)).toEqual([]);

    // Back by itself, without a restart.
    expect(recoveredAt).toBeGreaterThan(0);
    expect(after.length).toBeGreaterThan(10);
    expect(after.every((o) => o.status === 200)).toBe(true);
    expect((await app.inject({ url: '/health/ready' })).statusCode).toBe(200);

    // Nothing acknowledged is missing, nothing is half-written: each stored description is the last
    // acknowledged write or one attempted after it, and every write that was applied has its audit event.
    for (const code of WRITERS) {
      const acked = acknowledged.get(code) ?? [];
      const tried = attempted.get(code) ?? [];
      expect(acked.length).toBeGreaterThan(2);
      const stored = (await app.inject({ url: `/v1/municipalities/${code}` })).json().description as string;
      expect(tried.slice(tried.indexOf(acked.at(-1) as string))).toContain(stored);
      const audit = await app.inject({
        url: `/v1/audit-events?entityType=municipality&entityKey=${code}&limit=100`,
        headers: asAdmin,
      });
      const audited = audit
        .json()
        .items.map((event: { after: { description?: string } | null }) => event.after?.description);
      for (const description of acked) expect(audited).toContain(description);
      expect(audited).toContain(stored);
    }
  }, 60_000);
});

describe('an overloaded event loop', () => {
  it('sheds load with 503 problem details and Retry-After, and serves again when it recovers', async () => {
    const servesWithin = async (ms: number) => {
      for (const end = Date.now() + ms; Date.now() < end; await sleep(100)) {
        if ((await busy.inject({ url: '/v1/counties' })).statusCode === 200) return true;
      }
      return false;
    };
    // Starting up (other test apps, password hashing) may itself have loaded the loop; wait until calm.
    expect(await servesWithin(5000)).toBe(true);
    // Keep the event loop blocked for most of a second (the sampler averages its delay over 200 ms).
    for (let i = 0; i < 8; i++) {
      const until = Date.now() + 150;
      while (Date.now() < until) {
        // busy: this is the overload
      }
      await sleep(1);
    }
    const shed = await busy.inject({ url: '/v1/counties' });
    expect(shed.statusCode).toBe(503);
    expect(shed.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(shed.headers['retry-after']).toBe('5');
    expect(await servesWithin(5000)).toBe(true);
  });

  it('does not count getting ready as an overload: the first request after it is served', async () => {
    const starting = await buildApp(
      loadConfig({ NODE_ENV: 'test', DATABASE_URL: databaseUrl, EVENT_LOOP_MAX_DELAY_MS: '100' }),
      { db: database.db },
    );
    // The loop blocked past the limit just before ready, as compiling every route's schemas blocks it.
    for (let i = 0; i < 8; i++) {
      const until = Date.now() + 150;
      while (Date.now() < until) {
        // busy: this is the start-up
      }
      await sleep(1);
    }
    await starting.ready();
    const first = await starting.inject({ url: '/health/live' });
    await starting.close();
    expect(first.statusCode).toBe(200);
  });
});
