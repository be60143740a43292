import { and, eq, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { pickColumns } from '../../db/columns.ts';
import { type PageRequest, sortOrder, tablePage } from '../../db/paging.ts';
import { type apiClientKind, apiClients, suppliers } from '../../db/schema/index.ts';
import type { Sort } from '../../lib/lists.ts';

const columns = {
  ...pickColumns(
    apiClients,
    'id',
    'name',
    'kind',
    'keyPrefix',
    'rateLimitTier',
    'lastUsedAt',
    'revokedAt',
    'createdAt',
    'updatedAt',
  ),
  supplier: sql<{ id: string; name: string; organisationNumber: string } | null>`(select json_build_object(
    'id', s.id, 'name', s.name, 'organisationNumber', s.organisation_number, 'website', s.website,
    'contactEmail', s.contact_email) from ${suppliers} s where s.id = ${apiClients.supplierId})`,
};

/**
 * An API client as a GET gives it; with `lock`, its row is locked first, in a statement of its own, so
 * the representation (its supplier read through a subquery) is read after the lock, never with it.
 */
export async function findApiClient(db: Db, id: string, lock = false) {
  if (lock) await db.select({ id: apiClients.id }).from(apiClients).where(eq(apiClients.id, id)).for('update');
  const [client] = await db.select(columns).from(apiClients).where(eq(apiClients.id, id));
  return client;
}

/** The columns a list sorts by. */
const sortColumns = { name: apiClients.name, createdAt: apiClients.createdAt, lastUsedAt: apiClients.lastUsedAt };

export async function listApiClients(
  db: Db,
  filter: { kind?: (typeof apiClientKind.enumValues)[number] | undefined; revoked?: boolean | undefined },
  sort: Sort<'name' | 'createdAt' | 'lastUsedAt'>,
  page: PageRequest,
) {
  const parts: SQL[] = [];
  if (filter.kind) parts.push(eq(apiClients.kind, filter.kind));
  if (filter.revoked !== undefined)
    parts.push(filter.revoked ? isNotNull(apiClients.revokedAt) : isNull(apiClients.revokedAt));
  const where = and(...parts);
  const orderBy = sortOrder(sort, sortColumns, apiClients.id);
  return tablePage(db, { select: columns, from: apiClients, where, orderBy }, page);
}

/**
 * The supplier organisation with this organisationsnummer, created if it is new; an existing one is
 * kept as it is (its name and contacts are the supplier's, not the key's). Answers its id.
 */
export async function ensureSupplier(
  db: Db,
  supplier: { name: string; organisationNumber: string; website: string | null; contactEmail: string | null },
): Promise<string> {
  const [row] = await db
    .insert(suppliers)
    .values(supplier)
    .onConflictDoUpdate({ target: suppliers.organisationNumber, set: { updatedAt: sql`${suppliers.updatedAt}` } })
    .returning({ id: suppliers.id });
  return (row as { id: string }).id;
}

export async function insertApiClient(db: Db, client: typeof apiClients.$inferInsert) {
  await db.insert(apiClients).values(client);
}

export async function revokeApiClient(db: Db, id: string) {
  await db.update(apiClients).set({ revokedAt: new Date(), updatedAt: new Date() }).where(eq(apiClients.id, id));
}
