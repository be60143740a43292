import type { Static } from 'typebox';
import type { Actor, Precondition } from '../../changes/context.ts';
import { PUBLIC } from '../../changes/events.ts';
import { updateEntity } from '../../changes/unit-of-work.ts';
import type { Db } from '../../db/client.ts';
import { findMunicipality, lockMunicipality, updateMunicipality } from './repository.ts';
import type { MunicipalityChanges } from './schemas.ts';

/** The register's municipalities: their own editors keep the contact fields and population up to date. */
export function createMunicipalityService({ db }: { db: Db }) {
  return {
    update(actor: Actor, code: string, body: Static<typeof MunicipalityChanges>, precondition: Precondition) {
      return updateEntity(db, actor, {
        entityType: 'municipality',
        key: code,
        // The row lock is its own statement, so the representation read after it is the committed one.
        find: async (tx, lock) =>
          lock && !(await lockMunicipality(tx, code)) ? undefined : findMunicipality(tx, code),
        missing: `No municipality has the code ${code}`,
        precondition,
        apply: (tx) => updateMunicipality(tx, code, body),
        events: () => [{ type: 'municipality.updated', audience: PUBLIC }],
      });
    },
  };
}
