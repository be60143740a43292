import type { Static } from 'typebox';
import type { Principal } from '../../access/principal.ts';
import type { Actor } from '../../changes/context.ts';
import type { Owners } from '../../changes/events.ts';
import { create, lockKey } from '../../changes/unit-of-work.ts';
import type { Db } from '../../db/client.ts';
import { supplierInterests } from '../../db/schema/index.ts';
import { HttpProblem } from '../../lib/problems.ts';
import { ownerOf } from './events.ts';
import { findInterest, findNeed } from './repository.ts';
import type { NewSupplierInterest } from './schemas.ts';
import { assertOpenToOthers } from './service.ts';

/** The supplier a principal speaks for; the access rule `supplier` lets only a supplier's key through. */
function supplierOf(principal: Principal): string {
  if (principal.kind === 'api_client' && principal.supplierId) return principal.supplierId;
  throw new HttpProblem(403, 'Interest is expressed with a supplier’s API key');
}

/**
 * Suppliers' interest in needs: private to that supplier, the need's owner and admins — its event
 * too, so no other supplier learns who is interested in what.
 */
export function createSupplierInterestService({ db }: { db: Db }) {
  return {
    /** One interest per supplier and need, in a need open to others (published, in dialogue or in procurement). */
    express(actor: Actor, needId: string, body: Static<typeof NewSupplierInterest>) {
      const supplierId = supplierOf(actor.principal);
      const id = crypto.randomUUID();
      let owners: Owners = { municipalities: [], associations: [] };
      return create(db, actor, {
        entityType: 'supplier_interest',
        key: id,
        insert: async (tx) => {
          // Serialised with changes to the need, so it cannot be withdrawn while interest comes in.
          await lockKey(tx, 'need', needId);
          const need = await findNeed(tx, needId);
          assertOpenToOthers(need, needId, 'interest is taken in');
          owners = ownerOf(need);
          await tx.insert(supplierInterests).values({ id, needId, supplierId, ...body });
        },
        find: (tx) => findInterest(tx, id),
        taken: { detail: 'Your organisation has expressed interest in this need already', pointer: '/body' },
        events: () => [{ type: 'need.interest_expressed', audience: { kind: 'private', supplierId, ...owners } }],
      });
    },
  };
}
