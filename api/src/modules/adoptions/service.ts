import type { Static } from 'typebox';
import type { Actor, Precondition } from '../../changes/context.ts';
import { PUBLIC } from '../../changes/events.ts';
import { deleteEntity, put } from '../../changes/unit-of-work.ts';
import type { Db } from '../../db/client.ts';
import { notFound } from '../../lib/problems.ts';
import { municipalityExists } from '../municipalities/repository.ts';
import { deleteAdoption, findAdoption, putAdoption, technologyHeader } from './repository.ts';
import type { AdoptionInput } from './schemas.ts';

/** The municipality must exist and the technology be published (or archived) before anything is recorded about them. */
async function assertSubjects(tx: Db, code: string, technology: string) {
  if (!(await municipalityExists(tx, code))) throw notFound(`No municipality has the code ${code}`);
  const header = await technologyHeader(tx, technology, true);
  if (!header || header.status === 'draft') throw notFound(`No technology has the slug ${technology}`);
}

/**
 * What municipalities record about the technologies they use. One adoption per municipality and
 * technology, keyed `<code>/<technology>`: the key the unit of work locks, so of parallel creating
 * PUTs one creates it and the others find it there. Adoptions are public, and so are their events.
 */
export function createAdoptionService({ db }: { db: Db }) {
  const target = (code: string, technology: string) => ({
    entityType: 'adoption',
    key: `${code}/${technology}`,
    find: (tx: Db, lock: boolean) => findAdoption(tx, code, technology, lock),
  });

  return {
    /** Creates (`adoption.recorded`) or replaces (`adoption.changed`, needs If-Match) the whole adoption. */
    async record(
      actor: Actor,
      code: string,
      technology: string,
      body: Static<typeof AdoptionInput>,
      precondition: Precondition,
    ) {
      const { after } = await put(db, actor, {
        ...target(code, technology),
        find: async (tx, lock) => {
          if (lock) await assertSubjects(tx, code, technology);
          return findAdoption(tx, code, technology, lock);
        },
        precondition,
        apply: (tx) => putAdoption(tx, code, technology, body),
        events: (before) => [{ type: before ? 'adoption.changed' : 'adoption.recorded', audience: PUBLIC }],
      });
      return after;
    },

    remove(actor: Actor, code: string, technology: string, precondition: Precondition) {
      return deleteEntity(db, actor, {
        ...target(code, technology),
        precondition,
        missing: `Municipality ${code} has recorded nothing about ${technology}`,
        apply: (tx) => deleteAdoption(tx, code, technology),
        events: () => [{ type: 'adoption.removed', audience: PUBLIC, data: { code, technology } }],
      });
    },
  };
}
