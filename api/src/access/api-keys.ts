import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { apiClients } from '../db/schema/index.ts';
import type { Principal } from './principal.ts';

type ClientPrincipal = Extract<Principal, { kind: 'api_client' }>;

/**
 * Looks up API keys by hash, remembering each answer (found or not) for `ttlSeconds`: a key-authenticated
 * read then costs no extra query, and a revoked key stops working everywhere within that time (at once
 * on the instance that revoked it).
 */
export function apiKeyLookup(db: Db, ttlSeconds: number) {
  const cache = new Map<string, { client: ClientPrincipal | null; until: number }>();
  const lastUsedWritten = new Map<string, number>();

  /** The remembered answer for a key, if it is fresh: found (a client), known to be invalid (null), or not known (undefined). */
  function cached(keyHash: string): ClientPrincipal | null | undefined {
    const entry = cache.get(keyHash);
    return entry && entry.until > Date.now() ? entry.client : undefined;
  }

  async function find(keyHash: string): Promise<ClientPrincipal | null> {
    const now = Date.now();
    const known = cached(keyHash);
    if (known !== undefined) return known;
    const [row] = await db
      .select({
        id: apiClients.id,
        name: apiClients.name,
        clientKind: apiClients.kind,
        supplierId: apiClients.supplierId,
        tier: apiClients.rateLimitTier,
      })
      .from(apiClients)
      .where(and(eq(apiClients.keyHash, keyHash), isNull(apiClients.revokedAt)));
    const client = row ? { kind: 'api_client' as const, ...row } : null;
    if (cache.size > 10_000) cache.clear();
    cache.set(keyHash, { client, until: now + ttlSeconds * 1000 });
    return client;
  }

  /** Records `lastUsedAt` at most once a minute per key and instance, off the request's path. */
  function used(client: ClientPrincipal, onError: (error: unknown) => void) {
    const now = Date.now();
    if ((lastUsedWritten.get(client.id) ?? 0) > now - 60_000) return;
    lastUsedWritten.set(client.id, now);
    db.update(apiClients).set({ lastUsedAt: sql`now()` }).where(eq(apiClients.id, client.id)).then(undefined, onError);
  }

  return { cached, find, used, forget: () => cache.clear() };
}
