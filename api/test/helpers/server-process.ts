import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const apiDir = fileURLToPath(new URL('../..', import.meta.url));

/** How `npm start` runs the API: from source, through tsx. */
const FROM_SOURCE = ['--import', 'tsx', 'src/server.ts'];

/** How the built API runs: the node arguments of the api package's `start` script (`node … dist/server.js`). */
export function builtServerArgs(): string[] {
  const { scripts } = JSON.parse(readFileSync(`${apiDir}package.json`, 'utf8')) as { scripts: { start: string } };
  const [node, ...args] = scripts.start.split(/\s+/);
  if (node !== 'node') throw new Error(`the api's start script should run node directly, not: ${scripts.start}`);
  return args;
}

/** The API as `npm start` runs it (or as `args` say), in production mode unless `env` says otherwise. */
export function startServer(env: Record<string, string>, args = FROM_SOURCE) {
  const child = spawn(process.execPath, args, {
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

export async function waitFor(condition: () => boolean, what: string, ms = 20_000) {
  const until = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export const exitCode = async (child: ChildProcess) =>
  child.exitCode ?? ((await once(child, 'exit')) as [number | null])[0];

/** Starts the server on a free port and waits until it listens; gives its base URL. */
export async function listeningServer(env: Record<string, string>, args = FROM_SOURCE) {
  const server = startServer({ PORT: '0', ...env }, args);
  await waitFor(() => server.output().includes('ready at'), 'the server to listen', 60_000).catch((error) => {
    server.child.kill('SIGTERM');
    throw new Error(`${error.message}; it said: ${server.output()}`);
  });
  const port = /ready at http:\/\/127\.0\.0\.1:(\d+)/.exec(server.output())?.[1];
  return { ...server, origin: `http://127.0.0.1:${port}` };
}
