import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from './helpers/app.ts';

const apiDir = fileURLToPath(new URL('..', import.meta.url));

function start(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: apiDir,
    env: { PATH: process.env.PATH, NODE_ENV: 'production', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  return { child, output: () => output };
}

async function waitFor(condition: () => boolean, what: string, ms = 20_000) {
  const until = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const exitCode = async (child: ChildProcess) => child.exitCode ?? ((await once(child, 'exit')) as [number | null])[0];

// Made at the top of the file, so the database is dropped after the file's tests.
const databaseUrl = await createTestDatabase();

describe('the server process', () => {
  it('refuses to start with a bad variable and names it', async () => {
    const { child, output } = start({ PORT: 'eighty' });
    expect(await exitCode(child)).toBe(1);
    expect(output()).toContain('PORT="eighty"');
  });

  it('starts on PostgreSQL, serves, and shuts down cleanly on SIGTERM', async () => {
    const { child, output } = start({ DATABASE_URL: databaseUrl, PORT: '0' });
    await waitFor(() => output().includes('ready at'), 'the server to listen');
    const port = /ready at http:\/\/127\.0\.0\.1:(\d+)/.exec(output())?.[1];
    const response = await fetch(`http://127.0.0.1:${port}/v1/municipalities/1490`);
    expect(response.status).toBe(200);
    const requestId = response.headers.get('x-request-id');
    await waitFor(() => output().includes(`"reqId":"${requestId}"`), 'one log line for the request');

    // Hold a lock so the next request is surely still in flight, waiting for the database, at SIGTERM.
    const blocker = postgres(databaseUrl, { max: 1 });
    const locked = blocker.begin(async (tx) => {
      await tx`lock table municipalities in access exclusive mode`;
      const inFlight = fetch(`http://127.0.0.1:${port}/v1/municipalities/1490`);
      await waitFor(() => false, 'nothing', 500).catch(() => {});
      child.kill('SIGTERM');
      await waitFor(() => output().includes('shutting down'), 'the shutdown to begin');
      return { inFlight }; // wrapped, so committing (and releasing the lock) does not wait for the answer
    });
    const answer = await (await locked).inFlight;
    await blocker.end();
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { name: string }).name).toBe('Borås');
    expect(await exitCode(child)).toBe(0);
    expect(output()).toContain('shutdown complete');
  });
});
