import { readFileSync } from 'node:fs';
import { getTableColumns, getTableName, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { apiFile } from '../../files.ts';
import { parseCsv } from '../../lib/csv.ts';
import type { Db } from '../client.ts';
import {
  associationMembers,
  associations,
  counties,
  municipalities,
  publicBodies,
  referenceMemberships,
} from '../schema/index.ts';

const readCsv = (name: string) => parseCsv(readFileSync(apiFile(`db/seed/reference/${name}`), 'utf8'));

type AssociationKind = (typeof associations.$inferInsert)['kind'];

/**
 * The conflict clause of a reference upsert on the key `target`: the columns the files own follow the
 * files, and a row is written only when one of them changed, so `updatedAt` (and `updatedSince`) stays truthful.
 */
function followFiles<Table extends PgTable>(table: Table, target: PgColumn, owned: (keyof Table['$inferInsert'])[]) {
  const columns = getTableColumns(table);
  const names = owned.map((key) => (columns[key as string] as PgColumn).name);
  const name = getTableName(table);
  return {
    target,
    set: {
      ...Object.fromEntries(owned.map((key, i) => [key, sql.raw(`excluded.${names[i]}`)])),
      updatedAt: sql`now()`,
    },
    setWhere: sql.raw(
      `(${names.map((c) => `"${name}"."${c}"`).join(', ')}) IS DISTINCT FROM (${names.map((c) => `excluded."${c}"`).join(', ')})`,
    ),
  };
}

/** A region's slug from its name: `Västra Götalandsregionen` → `vastra-gotalandsregionen`. */
export const regionSlug = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * Gotland has no region apart from its municipality: Gotland (0980) has the responsibilities of a
 * region and calls itself Region Gotland (reference/README.md). The region is in the register, tied to
 * its county like the other twenty, and names the municipality it is.
 */
const REGIONAL_MUNICIPALITIES: Record<string, string> = { '09': '0980' };

export interface ReferenceCounts {
  counties: number;
  regions: number;
  municipalities: number;
  populations: number;
  associations: number;
  memberships: number;
}

/**
 * Loads the reference data (counties, municipalities, associations and their members) idempotently:
 * upsert by key, in one transaction. Fields that editors own are only set when a row is first created,
 * and memberships are added once (see referenceMemberships).
 */
export async function seedReference(db: Db): Promise<ReferenceCounts> {
  const countyRows = readCsv('counties.csv').map((r) => ({
    code: r.code as string,
    name: r.name as string,
    regionName: r.region_name as string,
  }));
  const municipalityRows = readCsv('municipalities.csv').map((r) => ({
    code: r.code as string,
    name: r.name as string,
    countyCode: r.county_code as string,
  }));
  const populationRows = readCsv('population.csv').map((r) => ({
    code: r.code as string,
    population: Number(r.population),
    year: Number(r.year),
  }));
  const associationRows = readCsv('association-details.csv').map((r) => ({
    slug: r.slug as string,
    name: r.name as string,
    shortName: r.short_name || null,
    kind: r.kind as AssociationKind,
    parentSlug: r.parent_slug || null,
    website: r.website || null,
  }));
  const memberRows = readCsv('associations.csv').map((r) => ({
    associationSlug: r.association_slug as string,
    municipalityCode: r.municipality_code as string,
  }));

  const regionRows = countyRows.map((county) => ({
    slug: regionSlug(county.regionName),
    name: county.regionName,
    kind: 'region' as const,
    countyCode: county.code,
    municipalityCode: REGIONAL_MUNICIPALITIES[county.code] ?? null,
  }));

  await db.transaction(async (tx) => {
    await tx
      .insert(counties)
      .values(countyRows)
      .onConflictDoUpdate(followFiles(counties, counties.code, ['name', 'regionName']));
    await tx
      .insert(municipalities)
      .values(municipalityRows)
      .onConflictDoUpdate(followFiles(municipalities, municipalities.code, ['name', 'countyCode']));
    await tx
      .insert(publicBodies)
      .values(regionRows)
      .onConflictDoUpdate(
        followFiles(publicBodies, publicBodies.slug, ['name', 'kind', 'countyCode', 'municipalityCode']),
      );
    // SCB's population fills what no editor has set, and follows the files on later loads; a value an
    // editor set (population_source 'editor') is theirs and stays.
    const populationValues = sql.join(
      populationRows.map((row) => sql`(${row.code}, ${row.population}::integer, ${row.year}::integer)`),
      sql`, `,
    );
    await tx.execute(sql`update ${municipalities} as m
      set population = v.population, population_year = v.year, population_source = 'scb', updated_at = now()
      from (values ${populationValues}) as v(code, population, year)
      where m.code = v.code and m.population_source is distinct from 'editor'
        and (m.population, m.population_year, m.population_source) is distinct from (v.population, v.year, 'scb')`);
    // Parents first, so the self-reference is satisfied within the statement order.
    const parentsFirst = [...associationRows].sort(
      (a, b) => Number(a.parentSlug !== null) - Number(b.parentSlug !== null),
    );
    for (const row of parentsFirst) {
      await tx
        .insert(associations)
        .values(row)
        .onConflictDoUpdate(followFiles(associations, associations.slug, ['name', 'shortName', 'kind', 'parentSlug']));
    }
    // A membership from the files is added once; one an admin has removed since is not brought back.
    const loaded = new Set(
      (await tx.select().from(referenceMemberships)).map((row) => `${row.associationSlug}/${row.municipalityCode}`),
    );
    const fresh = memberRows.filter((row) => !loaded.has(`${row.associationSlug}/${row.municipalityCode}`));
    if (fresh.length > 0) {
      await tx.insert(associationMembers).values(fresh).onConflictDoNothing();
      await tx.insert(referenceMemberships).values(fresh).onConflictDoNothing();
    }
  });

  return {
    counties: countyRows.length,
    regions: regionRows.length,
    municipalities: municipalityRows.length,
    populations: populationRows.length,
    associations: associationRows.length,
    memberships: memberRows.length,
  };
}
