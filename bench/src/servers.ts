// What every benchmark script needs: a database of its own, the API built and started as production
// starts it, a server's log and peak memory, and the statistics of repeated runs.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, openSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';

export const SERVER =
  process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const apiDir = fileURLToPath(new URL('../../api/', import.meta.url));
const logDir = fileURLToPath(new URL('../.logs/', import.meta.url));

/** An empty database `name` on the benchmark's server (dropped first if a run left it), and its URL. */
export async function freshDatabase(name: string) {
  const admin = postgres(SERVER, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.unsafe(`create database "${name}"`);
  await admin.end();
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Builds the API and answers the Node arguments of its `start` script: it runs exactly as in production. */
export function buildApi(): string[] {
  execFileSync('pnpm', ['run', 'build'], { cwd: apiDir, stdio: 'inherit' });
  const start = (JSON.parse(readFileSync(`${apiDir}package.json`, 'utf8')) as { scripts: { start: string } }).scripts
    .start;
  const [node, ...args] = start.split(/\s+/);
  if (node !== 'node') throw new Error(`api's start script should run node directly, not: ${start}`);
  return args;
}

/**
 * Starts a server and waits until `readyUrl` answers; answers the process and how long that took. Its
 * log goes to bench/.logs/<PORT>.log, for `loggedErrors`.
 */
export async function startServer(args: string[], env: Record<string, string>, readyUrl: string, cwd = apiDir) {
  const started = performance.now();
  mkdirSync(logDir, { recursive: true });
  const log = openSync(`${logDir}${env.PORT}.log`, 'w');
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', log, 'inherit'],
  });
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  for (const until = Date.now() + 60_000; Date.now() < until && !exited; ) {
    try {
      if ((await fetch(readyUrl)).ok) return { child, readyMs: Math.round(performance.now() - started) };
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  child.kill();
  throw new Error(`${args.join(' ')} did not answer at ${readyUrl}`);
}

/** The server's own account of what went wrong: its last few logged errors (pino level ≥ 50). */
export function loggedErrors(url: string) {
  const port = new URL(url).port;
  let text = '';
  try {
    text = readFileSync(`${logDir}${port}.log`, 'utf8');
  } catch {
    return `(no log for port ${port})`;
  }
  const errors = text.split('\n').filter((line) => /"level":(5|6)\d/.test(line));
  return errors.length ? errors.slice(-5).join('\n') : '(the server logged no error)';
}

export const peakRssMb = (child: ChildProcess) =>
  Math.round(Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);

export const median = (values: number[]) => percentile(values, 50);
export const spread = (values: number[]) => `${Math.min(...values)}–${Math.max(...values)}`;

export function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

/** Signs in through the API; answers the headers a signed-in request sends. */
export async function signIn(base: string, credentials: { email: string; password: string }) {
  const response = await fetch(`${base}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  if (!response.ok) throw new Error(`signing in as ${credentials.email}: ${response.status} ${await response.text()}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] as string;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken };
}
