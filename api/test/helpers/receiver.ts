import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll } from 'vitest';

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  /** The `webhook-id` header. */
  id: string;
  /** The parsed body: `{ type, timestamp, data }`. */
  payload: { type: string; timestamp: string; data: Record<string, unknown> };
}

/**
 * A real HTTP server on loopback that receives webhook deliveries. `answer` decides the status of each
 * (by the count of requests with the same webhook-id so far); `'hang'` never answers.
 */
export async function startReceiver(
  answer: (received: Received, seen: number) => number | 'hang' = () => 200,
  { delayMs = 0 } = {},
) {
  const received: Received[] = [];
  const waiting: { check: () => boolean; resolve: () => void }[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString();
      const entry: Received = {
        headers: request.headers,
        body,
        id: String(request.headers['webhook-id']),
        payload: JSON.parse(body),
      };
      const seen = received.filter((r) => r.id === entry.id).length;
      received.push(entry);
      const status = answer(entry, seen);
      if (status !== 'hang') setTimeout(() => response.writeHead(status).end(), delayMs);
      for (const waiter of [...waiting]) {
        if (waiter.check()) {
          waiting.splice(waiting.indexOf(waiter), 1);
          waiter.resolve();
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    /** Waits until `check` holds of what was received (the test's own timeout bounds the wait). */
    until(check: (all: Received[]) => boolean): Promise<Received[]> {
      if (check(received)) return Promise.resolve(received);
      return new Promise((resolve) => waiting.push({ check: () => check(received), resolve: () => resolve(received) }));
    },
  };
}
