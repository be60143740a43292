import { HttpProblem } from './problems.ts';

/**
 * A state machine: the states each state may move to. `assert` answers a 409 naming the allowed
 * steps when a change skips or reverses one; staying in the same state is no move.
 */
export function stateMachine<State extends string>(what: string, next: Record<State, readonly State[]>) {
  return {
    next: (from: State) => next[from],
    assert(from: State, to: State, pointer: string): void {
      if (from === to || next[from].includes(to)) return;
      const allowed = next[from];
      throw new HttpProblem(
        409,
        allowed.length === 0
          ? `A ${what} that is ${from} cannot change any more`
          : `A ${what} that is ${from} cannot become ${to}; from ${from} it can become ${allowed.join(' or ')}`,
        { errors: [{ pointer, detail: `must be one of: ${[from, ...allowed].join(', ')}` }] },
      );
    },
  };
}

/** The publication workflow of catalogue entries: draft → published → archived, and back to published. */
export const publication = stateMachine<'draft' | 'published' | 'archived'>('catalogue entry', {
  draft: ['published'],
  published: ['archived'],
  archived: ['published'],
});

type PublicationStatus = 'draft' | 'published' | 'archived';

/**
 * The columns a catalogue entry's status change sets: the move checked against the workflow (a 409
 * naming `/body/status` otherwise), and `publishedAt` on its first publication.
 */
export function publicationColumns(
  before: { status: PublicationStatus; publishedAt: unknown },
  status: PublicationStatus | undefined,
): { status?: PublicationStatus; publishedAt?: Date } {
  if (!status) return {};
  publication.assert(before.status, status, '/body/status');
  return status === 'published' && before.publishedAt === null ? { status, publishedAt: new Date() } : { status };
}
