import { HttpProblem } from '../lib/problems.ts';
import type { Precondition } from './context.ts';

/**
 * No edit is lost silently: an update must name, in If-Match, the ETag of the representation it was
 * based on. `current` is that representation now; call this inside the transaction, after locking
 * the row, so that of two updates based on the same ETag only one wins.
 */
export function requireIfMatch(precondition: Precondition, current: unknown): void {
  const { ifMatch } = precondition;
  if (ifMatch === undefined) {
    throw new HttpProblem(428, "Send If-Match with the ETag you last read, so that no one else's edit is overwritten", {
      errors: [{ pointer: '/headers/if-match', detail: 'is required' }],
    });
  }
  const etag = precondition.etagOf(current);
  const candidates = ifMatch.split(',').map((tag) => tag.trim());
  // If-Match uses strong comparison (RFC 9110 §13.1.1): weak tags never match.
  if (!candidates.includes('*') && !candidates.includes(etag)) {
    throw new HttpProblem(412, 'The resource has changed since you read it; read it again and reapply your change', {
      errors: [{ pointer: '/headers/if-match', detail: `is stale; the current ETag is ${etag}` }],
    });
  }
}

/**
 * For a PUT that may create: creating needs no ETag (there is no edit to lose), but `If-Match` on a
 * missing resource is a 412, and so is `If-None-Match: *` on an existing one; replacing needs If-Match.
 */
export function requireIfMatchUnlessNew(precondition: Precondition, current: unknown): void {
  if (current === undefined) {
    if (precondition.ifMatch !== undefined)
      throw new HttpProblem(412, 'There is nothing to match yet; leave If-Match out to create it');
    return;
  }
  if (precondition.ifNoneMatch === '*') throw new HttpProblem(412, 'It exists already');
  requireIfMatch(precondition, current);
}

/**
 * For a change that no client read first (the system's, such as a password issued by a command-line
 * script): it applies to whatever version is current, as `If-Match: *` does.
 */
export const UNCONDITIONAL: Precondition = { ifMatch: '*', ifNoneMatch: undefined, etagOf: () => '*' };
