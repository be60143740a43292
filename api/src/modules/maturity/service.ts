import type { Static } from 'typebox';
import type { Actor, Precondition } from '../../changes/context.ts';
import { PUBLIC } from '../../changes/events.ts';
import { put } from '../../changes/unit-of-work.ts';
import type { Db } from '../../db/client.ts';
import { notFound } from '../../lib/problems.ts';
import { municipalityExists } from '../municipalities/repository.ts';
import { findAssessment, putAssessment } from './repository.ts';
import type { MaturityInput } from './schemas.ts';

/**
 * Municipalities' own maturity assessments, one per year, keyed `<code>/<year>`: the key the unit of
 * work locks, so of parallel creating PUTs one creates it and the others find it there. Assessments
 * are public; recording one, new or replaced, is `maturity.assessed`.
 */
export function createMaturityService({ db }: { db: Db }) {
  return {
    async assess(
      actor: Actor,
      code: string,
      year: number,
      body: Static<typeof MaturityInput>,
      precondition: Precondition,
    ) {
      // Stored as the representation gives it: evidence left out is null.
      const dimensions = Object.fromEntries(
        Object.entries(body.dimensions).flatMap(([name, value]) =>
          value ? [[name, { level: value.level, evidence: value.evidence ?? null }]] : [],
        ),
      );
      const { after } = await put(db, actor, {
        entityType: 'maturity_assessment',
        key: `${code}/${year}`,
        find: async (tx, lock) => {
          if (lock && !(await municipalityExists(tx, code))) throw notFound(`No municipality has the code ${code}`);
          return findAssessment(tx, code, year, lock);
        },
        precondition,
        apply: (tx) => putAssessment(tx, code, year, dimensions),
        events: () => [{ type: 'maturity.assessed', audience: PUBLIC }],
      });
      return after;
    },
  };
}
