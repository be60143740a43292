import { and, asc, count, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { pickColumns } from '../../db/columns.ts';
import { type PageRequest, sortOrder, tablePage } from '../../db/paging.ts';
import { sessions, type userRole, users } from '../../db/schema/index.ts';
import type { Sort } from '../../lib/lists.ts';

export const userColumns = {
  ...pickColumns(users, 'id', 'email', 'name', 'role', 'active', 'createdAt', 'updatedAt'),
  scope: sql<{ association: string | null; municipality: string | null; publicBody: string | null }>`json_build_object(
    'association', ${users.scopeAssociationSlug}, 'municipality', ${users.scopeMunicipalityCode},
    'publicBody', ${users.scopePublicBodySlug})`,
};

export type UserRow = Awaited<ReturnType<typeof findUser>>;

export async function findUser(db: Db, id: string, lock = false) {
  const query = db.select(userColumns).from(users).where(eq(users.id, id));
  const [user] = lock ? await query.for('update') : await query;
  return user;
}

/** The columns a list sorts by. */
const sortColumns = { email: sql`lower(${users.email})`, name: users.name, createdAt: users.createdAt };

export async function listUsers(
  db: Db,
  filter: { role?: (typeof userRole.enumValues)[number] | undefined },
  sort: Sort<'email' | 'name' | 'createdAt'>,
  page: PageRequest,
) {
  const where = filter.role ? eq(users.role, filter.role) : undefined;
  const orderBy = sortOrder(sort, sortColumns, users.id);
  return tablePage(db, { select: userColumns, from: users, where, orderBy }, page);
}

/** The user with this email (any case), or without one the oldest active admin: whom a reset is for. */
export async function findUserToReset(db: Db, email: string | undefined) {
  const [user] = await db
    .select(userColumns)
    .from(users)
    .where(email ? sql`lower(${users.email}) = lower(${email})` : and(eq(users.role, 'admin'), eq(users.active, true)))
    .orderBy(asc(users.createdAt))
    .limit(1);
  return user;
}

export async function adminExists(db: Db): Promise<boolean> {
  const rows = await db.select({ id: users.id }).from(users).where(eq(users.role, 'admin')).limit(1);
  return rows.length > 0;
}

/** The columns a write sets: everything but the id and the timestamps. */
export type UserColumns = Omit<typeof users.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;

export async function insertUser(db: Db, id: string, columns: UserColumns & { passwordHash: string }) {
  await db.insert(users).values({ id, ...columns });
}

export async function updateUser(db: Db, id: string, columns: Partial<UserColumns>) {
  await db
    .update(users)
    .set({ ...columns, updatedAt: new Date() })
    .where(eq(users.id, id));
}

/** Deletes a user; their sessions go with them (the foreign key cascades). */
export async function deleteUser(db: Db, id: string) {
  await db.delete(users).where(eq(users.id, id));
}

/** Ends every session of a user, or every one but `except` (a token hash). */
export async function endSessionsOf(db: Db, id: string, except?: string) {
  await db
    .delete(sessions)
    .where(and(eq(sessions.userId, id), except === undefined ? undefined : ne(sessions.tokenHash, except)));
}

/** The stored password hash of a user, for checking a password they type again. */
export async function findPasswordHash(db: Db, id: string): Promise<string | undefined> {
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, id));
  return row?.passwordHash;
}

/** How many active admins there are besides this user. */
export async function otherActiveAdmins(db: Db, id: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.active, true), ne(users.id, id)));
  return row?.n ?? 0;
}
