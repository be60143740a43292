import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { preparedOnce } from '../db/prepared.ts';
import { sessions, users } from '../db/schema/index.ts';

export async function findUserByEmail(db: Db, email: string) {
  const [user] = await db.select().from(users).where(sql`lower(${users.email}) = lower(${email})`);
  return user;
}

/** Whether the user still signs in with a password they did not choose. */
export async function mustChangePassword(db: Db, userId: string): Promise<boolean> {
  const [row] = await db.select({ required: users.passwordChangeRequired }).from(users).where(eq(users.id, userId));
  return row?.required ?? false;
}

export async function createSession(
  db: Db,
  values: { tokenHash: string; userId: string; csrfToken: string; expiresAt: Date },
) {
  await db.insert(sessions).values(values);
  // Expired sessions are swept whenever someone signs in, so the table never grows without bound.
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
}

/** The session and its user, if the session is within both its absolute and its idle limit. */
export async function findLiveSession(db: Db, tokenHash: string, idleSince: Date) {
  const query = preparedOnce(db, 'session', (name) =>
    db
      .select({
        tokenHash: sessions.tokenHash,
        csrfToken: sessions.csrfToken,
        lastSeenAt: sessions.lastSeenAt,
        expiresAt: sessions.expiresAt,
        user: {
          id: users.id,
          email: users.email,
          name: users.name,
          role: users.role,
          scopeAssociationSlug: users.scopeAssociationSlug,
          scopeMunicipalityCode: users.scopeMunicipalityCode,
          scopePublicBodySlug: users.scopePublicBodySlug,
        },
      })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(
        and(
          eq(sessions.tokenHash, sql.placeholder('tokenHash')),
          gt(sessions.expiresAt, sql`now()`),
          gt(sessions.lastSeenAt, sql.placeholder('idleSince')),
          eq(users.active, true),
        ),
      )
      .prepare(name),
  );
  const [session] = await query.execute({ tokenHash, idleSince: idleSince.toISOString() });
  return session;
}

export async function touchSession(db: Db, tokenHash: string) {
  await db.update(sessions).set({ lastSeenAt: sql`now()` }).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSession(db: Db, tokenHash: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}
