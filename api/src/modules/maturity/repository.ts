import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { pickColumns } from '../../db/columns.ts';
import { associations, maturityAssessments, maturityDimensions, municipalities } from '../../db/schema/index.ts';

type Dimensions = Record<string, { level: number; evidence: string | null }>;

const columns = {
  municipality: sql<{
    code: string;
    name: string;
  }>`json_build_object('code', ${municipalities.code}, 'name', ${municipalities.name})`,
  ...pickColumns(maturityAssessments, 'year', 'dimensions', 'demo', 'createdAt', 'updatedAt'),
};

export async function findAssessment(db: Db, code: string, year: number, lock = false) {
  const query = db
    .select(columns)
    .from(maturityAssessments)
    .innerJoin(municipalities, eq(municipalities.code, maturityAssessments.municipalityCode))
    .where(and(eq(maturityAssessments.municipalityCode, code), eq(maturityAssessments.year, year)));
  const [assessment] = lock ? await query.for('update', { of: maturityAssessments }) : await query;
  return assessment;
}

export async function putAssessment(db: Db, code: string, year: number, dimensions: Dimensions) {
  await db
    .insert(maturityAssessments)
    .values({ municipalityCode: code, year, dimensions, demo: false })
    .onConflictDoUpdate({
      target: [maturityAssessments.municipalityCode, maturityAssessments.year],
      set: { dimensions, demo: false, updatedAt: sql`now()` },
    });
}

export async function findAssociation(db: Db, slug: string) {
  const [association] = await db
    .select({ slug: associations.slug, name: associations.name })
    .from(associations)
    .where(eq(associations.slug, slug));
  return association;
}

/**
 * Every member of an association (an umbrella: its children's members) with its assessment for the
 * year, and the median per dimension: two statements, whatever the number of members.
 */
export async function compare(db: Db, slug: string, year: number) {
  const members = sql`(select distinct am.municipality_code from association_members am
    join associations x on x.slug = am.association_slug where x.slug = ${slug} or x.parent_slug = ${slug})`;
  const rows = await db
    .select({
      municipality: sql<{
        code: string;
        name: string;
      }>`json_build_object('code', ${municipalities.code}, 'name', ${municipalities.name})`,
      dimensions: maturityAssessments.dimensions,
      demo: sql<boolean>`coalesce(${maturityAssessments.demo}, false)`,
    })
    .from(municipalities)
    .leftJoin(
      maturityAssessments,
      and(eq(maturityAssessments.municipalityCode, municipalities.code), eq(maturityAssessments.year, year)),
    )
    .where(sql`${municipalities.code} in ${members}`)
    .orderBy(sql`${municipalities.nameSort} collate "C"`, municipalities.code);
  const medians = Object.fromEntries(
    maturityDimensions.map((d) => [
      d,
      sql<
        number | null
      >`percentile_cont(0.5) within group (order by (${maturityAssessments.dimensions} -> ${d} ->> 'level')::int)`.mapWith(
        (value) => (value === null ? null : Number(value)),
      ),
    ]),
  );
  const [median] = await db
    .select(medians)
    .from(maturityAssessments)
    .where(and(eq(maturityAssessments.year, year), sql`${maturityAssessments.municipalityCode} in ${members}`));
  return { members: rows, median: median ?? Object.fromEntries(maturityDimensions.map((d) => [d, null])) };
}
