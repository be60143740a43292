import { type SQL, sql } from 'drizzle-orm';
import { textArray } from '../db/arrays.ts';
import type { Db } from '../db/client.ts';
import { domainEvents } from '../db/schema/index.ts';
import { isAdmin, type Principal } from './principal.ts';
import { reachOf } from './scope.ts';

/**
 * What of the domain events a caller may see, from the same rules as reading what they are about
 * (docs/events.md): anyone the public ones; any key or session the identified ones; editors the scoped
 * and private ones of owners in their reach; a supplier's key the private ones about that supplier;
 * admins everything. The feed and the webhook dispatcher both decide through it.
 */
export interface EventViewer {
  all: boolean;
  identified: boolean;
  supplierId: string | null;
  municipalities: string[];
  associations: string[];
  publicBodies: string[];
}

export async function eventViewerOf(db: Db, principal: Principal): Promise<EventViewer> {
  if (isAdmin(principal))
    return { all: true, identified: true, supplierId: null, municipalities: [], associations: [], publicBodies: [] };
  if (principal.kind === 'anonymous')
    return { all: false, identified: false, supplierId: null, municipalities: [], associations: [], publicBodies: [] };
  if (principal.kind === 'api_client') return apiClientViewer(principal.supplierId);
  const reach = await reachOf(db, principal);
  const owners =
    reach === 'all' || reach === 'none' ? { municipalities: [], associations: [], publicBodies: [] } : reach;
  return { all: false, identified: true, supplierId: null, ...owners };
}

/** An API key: identified, and for a supplier's key its own private events. */
export const apiClientViewer = (supplierId: string | null): EventViewer => ({
  all: false,
  identified: true,
  supplierId,
  municipalities: [],
  associations: [],
  publicBodies: [],
});

/** The condition on `domain_events` rows a viewer may see. */
export function visibleEvents(viewer: EventViewer): SQL {
  if (viewer.all) return sql`true`;
  const e = domainEvents;
  const allowed: SQL[] = [sql`${e.audience} = 'public'`];
  if (viewer.identified) allowed.push(sql`${e.audience} = 'identified'`);
  if (viewer.supplierId)
    allowed.push(sql`(${e.audience} = 'private' and ${e.audienceSupplierId} = ${viewer.supplierId})`);
  if (viewer.municipalities.length > 0 || viewer.associations.length > 0 || viewer.publicBodies.length > 0) {
    allowed.push(sql`(${e.audience} in ('scoped', 'private') and (${e.audienceMunicipalities} && ${textArray(viewer.municipalities)}
      or ${e.audienceAssociations} && ${textArray(viewer.associations)}
      or ${e.audiencePublicBodies} && ${textArray(viewer.publicBodies)}))`);
  }
  return sql`(${sql.join(allowed, sql` or `)})`;
}

/** The same rule for one event in memory (the dispatcher has the event and many subscribers). */
export function canSee(
  viewer: EventViewer,
  event: {
    audience: string;
    audienceSupplierId: string | null;
    audienceMunicipalities: string[];
    audienceAssociations: string[];
    audiencePublicBodies: string[];
  },
): boolean {
  if (viewer.all || event.audience === 'public') return true;
  if (event.audience === 'identified') return viewer.identified;
  if (event.audience === 'admin') return false;
  if (event.audience === 'private' && viewer.supplierId !== null && event.audienceSupplierId === viewer.supplierId)
    return true;
  return (
    event.audienceMunicipalities.some((code) => viewer.municipalities.includes(code)) ||
    event.audienceAssociations.some((slug) => viewer.associations.includes(slug)) ||
    event.audiencePublicBodies.some((slug) => viewer.publicBodies.includes(slug))
  );
}

/**
 * Whether an event type matches a subscription's or a query's pattern: the type itself, a prefix
 * such as `need.*`, or `*`.
 */
export function typeMatches(patterns: readonly string[], type: string): boolean {
  return patterns.some(
    (pattern) =>
      pattern === '*' || pattern === type || (pattern.endsWith('.*') && type.startsWith(pattern.slice(0, -1))),
  );
}
