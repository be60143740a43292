import { sql } from 'drizzle-orm';
import { advanceReadVersion, announceChange } from '../../../changes/read-version.ts';
import { renderMarkdown } from '../../../lib/markdown.ts';
import type { Db } from '../../client.ts';
import {
  adoptions,
  associationMembers,
  associations,
  guides,
  guideTechnologies,
  maturityAssessments,
  maturityDimensions,
  technologies,
  technologyCategories,
} from '../../schema/index.ts';
import { demoCategories } from './categories.ts';
import { seedCoordinationDemo } from './coordination.ts';
import { demoGuides } from './guides.ts';
import { demoTechnologies } from './technologies.ts';

const STATUSES = ['planned', 'pilot', 'implemented', 'scaled', 'discontinued'] as const;

/** A small deterministic generator, so the fictitious data is the same on every machine. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/**
 * Demo data for the embedded default (and with SEED_DEMO=true): the catalogue with published
 * technologies and guides, and fictitious adoptions, maturity assessments, needs, procurements and
 * consultation answers for the Västra Götaland municipalities, all marked `demo`. Inserted only where missing, so nothing anyone edited is undone.
 */
export async function seedDemo(db: Db) {
  const seeded = await db.transaction(async (tx) => {
    const parentsFirst = [...demoCategories].sort((a, b) => Number(a.parent !== null) - Number(b.parent !== null));
    for (const category of parentsFirst) {
      await tx
        .insert(technologyCategories)
        .values({
          slug: category.slug,
          name: category.name,
          description: category.description,
          parentSlug: category.parent,
        })
        .onConflictDoNothing();
    }
    await tx
      .insert(technologies)
      .values(
        demoTechnologies.map(({ category, ...technology }) => ({
          ...technology,
          categorySlug: category,
          descriptionHtml: renderMarkdown(technology.description ?? ''),
          status: 'published' as const,
          publishedAt: new Date('2026-01-01T00:00:00Z'),
        })),
      )
      .onConflictDoNothing();
    for (const { technologies: linked, ...guide } of demoGuides) {
      const inserted = await tx
        .insert(guides)
        .values({
          ...guide,
          bodyHtml: renderMarkdown(guide.body ?? ''),
          status: 'published',
          publishedAt: new Date('2026-01-01T00:00:00Z'),
        })
        .onConflictDoNothing()
        .returning({ slug: guides.slug });
      if (inserted.length > 0 && linked.length > 0) {
        await tx
          .insert(guideTechnologies)
          .values(linked.map((technologySlug) => ({ guideSlug: guide.slug, technologySlug })))
          .onConflictDoNothing();
      }
    }

    // Fictitious: the members of VästKom's associations, each with a few technologies and a self-assessment.
    const members = await tx
      .selectDistinct({ code: associationMembers.municipalityCode })
      .from(associationMembers)
      .innerJoin(associations, sql`${associations.slug} = ${associationMembers.associationSlug}`)
      .where(sql`${associations.parentSlug} = 'vastkom'`)
      .orderBy(associationMembers.municipalityCode);
    const next = random(2026);
    const adoptionRows = [];
    const assessmentRows = [];
    for (const { code } of members) {
      for (const technology of demoTechnologies) {
        if (next() < 0.25) {
          adoptionRows.push({
            municipalityCode: code,
            technologySlug: technology.slug,
            status: STATUSES[Math.floor(next() * STATUSES.length)] as (typeof STATUSES)[number],
            startedOn: `202${Math.floor(next() * 6)}-0${1 + Math.floor(next() * 9)}-01`,
            usersCount: Math.floor(next() * 300),
            notes: 'Fiktiva demodata.',
            demo: true,
          });
        }
      }
      const dimensions = Object.fromEntries(
        maturityDimensions.map((dimension) => [
          dimension,
          { level: 1 + Math.floor(next() * 5), evidence: 'Fiktiva demodata.' },
        ]),
      );
      assessmentRows.push({ municipalityCode: code, year: 2026, dimensions, demo: true });
    }
    const addedAdoptions = await tx
      .insert(adoptions)
      .values(adoptionRows)
      .onConflictDoNothing()
      .returning({ code: adoptions.municipalityCode });
    const addedAssessments = await tx
      .insert(maturityAssessments)
      .values(assessmentRows)
      .onConflictDoNothing()
      .returning({ code: maturityAssessments.municipalityCode });
    const coordination = await seedCoordinationDemo(tx, next);
    await advanceReadVersion(tx);
    return {
      technologies: demoTechnologies.length,
      adoptions: addedAdoptions.length,
      assessments: addedAssessments.length,
      ...coordination,
    };
  });
  await announceChange(db);
  return seeded;
}
