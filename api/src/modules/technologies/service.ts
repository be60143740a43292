import { HttpProblem } from '../../lib/problems.ts';

type Status = 'draft' | 'published' | 'archived';

/** The publication workflow of catalogue entries: draft → published → archived, and back to published. */
const NEXT: Record<Status, Status[]> = {
  draft: ['published'],
  published: ['archived'],
  archived: ['published'],
};

export function assertTransition(from: Status, to: Status): void {
  if (from === to) return;
  if (!NEXT[from].includes(to)) {
    throw new HttpProblem(
      409,
      `A ${from} technology cannot become ${to}; from ${from} it can become ${NEXT[from].join(' or ')}`,
      {
        errors: [{ pointer: '/body/status', detail: `must be one of: ${[from, ...NEXT[from]].join(', ')}` }],
      },
    );
  }
}
