import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const apiDir = fileURLToPath(new URL('../..', import.meta.url));

/** The API as `npm start` runs it (tsx, src/server.ts), in production mode unless `env` says otherwise. */
export function startServer(env: Record<string, string>) {
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
export async function listeningServer(env: Record<string, string>) {
  const server = startServer({ PORT: '0', ...env });
  await waitFor(() => server.output().includes('ready at'), 'the server to listen', 60_000).catch((error) => {
    server.child.kill('SIGTERM');
    throw new Error(`${error.message}; it said: ${server.output()}`);
  });
  const port = /ready at http:\/\/127\.0\.0\.1:(\d+)/.exec(server.output())?.[1];
  return { ...server, origin: `http://127.0.0.1:${port}` };
}
