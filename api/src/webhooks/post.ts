import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { hostOf, resolvePublic, urlFormProblem } from './urls.ts';

export interface PostResult {
  /** The receiver's status; absent when no answer came (refused, timed out, not allowed). */
  status?: number;
  durationMs: number;
  error?: string;
}

/**
 * POSTs a delivery. The URL is checked again here, and the connection goes to the very addresses that
 * were checked (the lookup below is the one the socket uses), so a DNS change after the subscription
 * was made cannot point it into the API's own network. Any answer within the timeout counts; the body
 * is read and dropped.
 */
export async function postWebhook(
  target: string,
  headers: Record<string, string>,
  body: string,
  options: { timeoutMs: number; allowPrivate: boolean },
): Promise<PostResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const refused = urlFormProblem(target, options.allowPrivate);
  if (refused) return { durationMs: 0, error: `url ${refused}` };
  const url = new URL(target);
  const resolved = await resolvePublic(hostOf(url), options.allowPrivate);
  if ('problem' in resolved) return { durationMs: elapsed(), error: `not delivered: ${resolved.problem}` };
  const lookup: LookupFunction = (_host, lookupOptions, callback) => {
    const { addresses } = resolved;
    if (lookupOptions.all) (callback as (e: null, a: typeof addresses) => void)(null, addresses);
    else callback(null, addresses[0]?.address as string, addresses[0]?.family);
  };
  return new Promise<PostResult>((resolve) => {
    const request = (url.protocol === 'https:' ? https : http).request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        lookup,
        signal: AbortSignal.timeout(options.timeoutMs),
        agent: false,
      },
      (response) => {
        response.on('data', () => {});
        response.on('end', () => resolve({ status: response.statusCode as number, durationMs: elapsed() }));
        response.on('error', () => resolve({ status: response.statusCode as number, durationMs: elapsed() }));
      },
    );
    request.on('error', (error: NodeJS.ErrnoException) => {
      const timedOut = error.name === 'AbortError' || error.name === 'TimeoutError';
      resolve({
        durationMs: elapsed(),
        error: timedOut ? `no answer within ${options.timeoutMs / 1000} s` : (error.code ?? error.message),
      });
    });
    request.end(body);
  });
}
