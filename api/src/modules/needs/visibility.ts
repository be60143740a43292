import type { Principal } from '../../access/principal.ts';
import { reachCovers, reachOf } from '../../access/scope.ts';
import type { Db } from '../../db/client.ts';
import { notFound } from '../../lib/problems.ts';
import { findNeed } from './repository.ts';

/** A need the caller may see: drafts only within the caller's scope (others get the same 404 as for nothing). */
export async function visibleNeed(db: Db, principal: Principal, id: string) {
  const need = await findNeed(db, id);
  if (!need || (need.status === 'draft' && !reachCovers(await reachOf(db, principal), need.owner))) {
    throw notFound(`No need has the id ${id}`);
  }
  return need;
}
