import { HttpProblem } from '../lib/problems.ts';

/** Who is making a request, as the auth plugin found out. */
export type Principal =
  | { kind: 'anonymous' }
  | {
      kind: 'user';
      id: string;
      email: string;
      name: string;
      role: 'admin' | 'editor';
      scope: { association: string | null; municipality: string | null };
      csrfToken: string;
      sessionHash: string;
      expiresAt: Date;
    }
  | {
      kind: 'api_client';
      id: string;
      name: string;
      clientKind: 'integrator' | 'supplier';
      supplierId: string | null;
      tier: 'standard' | 'high';
    };

/**
 * The access rule every route declares in `config.access` (state-changing routes must; reads default
 * to `public`):
 * - `public`: anyone, no credentials needed;
 * - `identified`: any API key (supplier or integrator) or signed-in user;
 * - `supplier`: a supplier's API key;
 * - `signed_in`: any signed-in user;
 * - `admin`: admins only;
 * - `key_or_admin`: any API key (acting on what it owns) or an admin;
 * - a scope: admins, and editors whose scope covers what the rule names: the municipality or
 *   association in path parameter (or, with `in: 'body'`, body field) `param`; the `owner` object
 *   (`{ municipality }` or `{ association }`) in body field `param`; or the owner of the need whose
 *   id is in path parameter `param`.
 */
export type ScopeRule =
  | { scope: 'municipality' | 'association'; param: string; in?: 'body' }
  | { scope: 'owner'; param: string; in: 'body' }
  | { scope: 'need'; param: string };
export type AccessRule = 'public' | 'identified' | 'supplier' | 'signed_in' | 'admin' | 'key_or_admin' | ScopeRule;

export function describeAccess(rule: AccessRule): string {
  if (rule === 'public') return 'Anyone; no credentials needed.';
  if (rule === 'identified') return 'Any API key (supplier or integrator) or signed-in user.';
  if (rule === 'supplier') return "A supplier's API key.";
  if (rule === 'signed_in') return 'Any signed-in user (session cookie).';
  if (rule === 'admin') return 'Admins only (session cookie).';
  if (rule === 'key_or_admin') return 'An API key, for what it owns; or an admin (session cookie), for all.';
  if (rule.scope === 'need') return "Admins, and editors whose scope covers the need's owner (session cookie).";
  if (rule.scope === 'owner')
    return `Admins, and editors whose scope covers the owner in \`${rule.param}\` (session cookie).`;
  return `Admins, and editors whose scope covers the ${rule.scope} in \`${rule.param}\` (session cookie).`;
}

/** Who an audit event or a domain event says acted; `system` for changes no request makes. */
export const ACTOR_KINDS = ['user', 'api_client', 'anonymous', 'system'] as const;

/**
 * The product itself acting without a request (a command-line script, the first start, background
 * work), named by `label`. Only changes have it: no request is ever made as the system.
 */
export type SystemPrincipal = { kind: 'system'; label: string };

/** A label for audit events and logs. */
export function actorOf(principal: Principal | SystemPrincipal): {
  kind: (typeof ACTOR_KINDS)[number];
  id: string | null;
  label: string;
} {
  if (principal.kind === 'user') return { kind: 'user', id: principal.id, label: principal.email };
  if (principal.kind === 'api_client') return { kind: 'api_client', id: principal.id, label: principal.name };
  if (principal.kind === 'system') return { kind: 'system', id: null, label: principal.label };
  return { kind: 'anonymous', id: null, label: 'anonymous' };
}

/** The product acting on its own: `label` says what (e.g. `admin:reset-password`, `webhook-delivery`). */
export const systemActor = (label: string) => ({
  principal: { kind: 'system', label } as SystemPrincipal,
  requestId: null,
});

export const isAdmin = (principal: Principal) => principal.kind === 'user' && principal.role === 'admin';

/**
 * Catalogue entries other than published ones (drafts, archived) are for admins: a list that asks for
 * them without being an admin is a 403 naming `status`. Answers the statuses to list (default published).
 */
export function visibleStatuses<Status extends string>(
  principal: Principal,
  asked: Status[] | undefined,
  what: string,
) {
  const statuses = asked ?? (['published'] as Status[]);
  if (!isAdmin(principal) && statuses.some((status) => status !== 'published')) {
    throw new HttpProblem(403, `Only admins see draft and archived ${what}`, {
      errors: [{ pointer: '/query/status', detail: 'must be published unless you are an admin' }],
    });
  }
  return statuses;
}
