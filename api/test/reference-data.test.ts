import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createDb } from '../src/db/client.ts';
import { associationMembers, associations, municipalities, referenceMemberships } from '../src/db/schema/index.ts';
import { seedReference } from '../src/db/seed/reference.ts';
import { createTestDatabase } from './helpers/app.ts';

const database = await createDb({ databaseUrl: await createTestDatabase(), maxConnections: 2 });
const { db } = database;

describe('reference data', () => {
  it('holds 21 counties, 290 municipalities, 7 associations and 109 direct memberships', async () => {
    const [counts] = (await db.execute(sql`select
      (select count(*) from counties)::int as counties,
      (select count(*) from municipalities)::int as municipalities,
      (select count(*) from associations)::int as associations,
      (select count(*) from association_members)::int as memberships`)) as unknown as [Record<string, number>];
    expect(counts).toEqual({ counties: 21, municipalities: 290, associations: 7, memberships: 109 });
  });

  it('puts each of the 49 Västra Götaland municipalities in exactly one of the four associations', async () => {
    const rows = (await db.execute(sql`select m.code, count(*)::int as n from municipalities m
      join association_members am on am.municipality_code = m.code
      join associations a on a.slug = am.association_slug and a.parent_slug = 'vastkom'
      group by m.code`)) as unknown as { code: string; n: number }[];
    expect(rows).toHaveLength(50);
    expect(rows.every((r) => r.n === 1)).toBe(true);
  });

  it('does not bring back a membership an admin removed, yet adds one the files gain', async () => {
    const gr = (code: string) =>
      sql`${associationMembers.associationSlug} = 'goteborgsregionen' and ${associationMembers.municipalityCode} = ${code}`;
    await db.delete(associationMembers).where(gr('1384'));
    await seedReference(db);
    expect(await db.select().from(associationMembers).where(gr('1384'))).toEqual([]);
    // A membership the files hold that was never loaded (as after an update of the files) is added.
    await db.delete(referenceMemberships).where(sql`${referenceMemberships.municipalityCode} = '1384'`);
    await seedReference(db);
    expect(await db.select().from(associationMembers).where(gr('1384'))).toHaveLength(1);
  });

  it('can be loaded again without changing anything, keeping updatedAt', async () => {
    const before = await db
      .select({ code: municipalities.code, updatedAt: municipalities.updatedAt })
      .from(municipalities);
    await seedReference(db);
    await seedReference(db);
    const after = await db
      .select({ code: municipalities.code, updatedAt: municipalities.updatedAt })
      .from(municipalities);
    expect(after).toEqual(before);
    const [{ n }] = (await db.execute(sql`select count(*)::int as n from association_members`)) as unknown as [
      { n: number },
    ];
    expect(n).toBe(109);
  });

  it('never overwrites what editors own, and restores reference fields that drifted', async () => {
    await db
      .update(municipalities)
      .set({ website: 'https://www.boras.se', name: 'Borås stad (typo)' })
      .where(eq(municipalities.code, '1490'));
    await db
      .update(associations)
      .set({ contactEmail: 'valfardsteknik@borasregionen.se' })
      .where(eq(associations.slug, 'borasregionen'));

    await seedReference(db);

    const [boras] = await db.select().from(municipalities).where(eq(municipalities.code, '1490'));
    expect(boras).toMatchObject({ name: 'Borås', website: 'https://www.boras.se' });
    const [region] = await db.select().from(associations).where(eq(associations.slug, 'borasregionen'));
    expect(region?.contactEmail).toBe('valfardsteknik@borasregionen.se');
  });
});
