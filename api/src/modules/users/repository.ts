import { asc, count, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { type PageRequest, pageTotal, totalCount } from '../../db/paging.ts';
import { users } from '../../db/schema/index.ts';

export const userColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  scope: sql<{ association: string | null; municipality: string | null }>`json_build_object(
    'association', ${users.scopeAssociationSlug}, 'municipality', ${users.scopeMunicipalityCode})`,
  active: users.active,
  createdAt: users.createdAt,
  updatedAt: users.updatedAt,
};

export type UserRow = Awaited<ReturnType<typeof findUser>>;

export async function findUser(db: Db, id: string, lock = false) {
  const query = db.select(userColumns).from(users).where(eq(users.id, id));
  const [user] = lock ? await query.for('update') : await query;
  return user;
}

export async function listUsers(
  db: Db,
  filter: { role?: 'admin' | 'editor' | undefined },
  sort: { field: 'email' | 'name' | 'createdAt'; descending: boolean },
  page: PageRequest,
) {
  const where = filter.role ? eq(users.role, filter.role) : undefined;
  const direction = sort.descending ? desc : asc;
  const column = { email: sql`lower(${users.email})`, name: users.name, createdAt: users.createdAt }[sort.field];
  const rows = await db
    .select({ ...userColumns, total: totalCount() })
    .from(users)
    .where(where)
    .orderBy(direction(column), direction(users.id))
    .limit(page.limit)
    .offset(page.offset);
  const total = page.count
    ? await pageTotal(
        rows,
        page.offset,
        async () => (await db.select({ n: count() }).from(users).where(where))[0]?.n ?? 0,
      )
    : undefined;
  return { items: rows.map(({ total: _, ...user }) => user), total };
}

export async function adminExists(db: Db): Promise<boolean> {
  const rows = await db.select({ id: users.id }).from(users).where(eq(users.role, 'admin')).limit(1);
  return rows.length > 0;
}
