import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from './helpers/app.ts';
import { exitCode, startServer as start, waitFor } from './helpers/server-process.ts';

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

  it('waits its turn while another instance prepares the database for longer than a request may take', async () => {
    // Another instance holds the lock under which instances bring the database functions up to date.
    const other = postgres(databaseUrl, { max: 1, onnotice: () => {} });
    const held = other.begin(async (tx) => {
      await tx`select pg_advisory_xact_lock(hashtext('valfardsnavet: database functions'))`;
      const server = start({ DATABASE_URL: databaseUrl, PORT: '0', DATABASE_QUERY_TIMEOUT_MS: '500' });
      await waitFor(() => server.output().includes('preparing database'), 'the server to prepare the database');
      await new Promise((resolve) => setTimeout(resolve, 2000));
      return { server };
    });
    const { server } = await held;
    await other.end();
    await waitFor(
      () => server.output().includes('ready at') || server.child.exitCode !== null,
      'the server to listen or exit',
    );
    expect(server.output()).toContain('ready at');
    const port = /ready at http:\/\/127\.0\.0\.1:(\d+)/.exec(server.output())?.[1];
    expect((await fetch(`http://127.0.0.1:${port}/health/ready`)).status).toBe(200);
    server.child.kill('SIGTERM');
    expect(await exitCode(server.child)).toBe(0);
  });
});
