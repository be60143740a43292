import { describe, expect, it } from 'vitest';
import { needWorkflow, OPEN_TO_OTHERS } from './workflow.ts';

const allowed = (from: Parameters<typeof needWorkflow.next>[0]) => needWorkflow.next(from);

describe('the need workflow', () => {
  it('publishes a draft and moves forward, possibly past dialogue or procurement', () => {
    expect(allowed('draft')).toEqual(['published', 'withdrawn']);
    expect(allowed('published')).toEqual(['in_dialogue', 'in_procurement', 'solved', 'withdrawn']);
    expect(() => needWorkflow.assert('published', 'solved', '/status')).not.toThrow();
  });

  it('may be withdrawn from any step before it is solved', () => {
    for (const from of ['draft', 'published', 'in_dialogue', 'in_procurement'] as const) {
      expect(() => needWorkflow.assert(from, 'withdrawn', '/status')).not.toThrow();
    }
  });

  it('never goes back, and a solved or withdrawn need is final', () => {
    expect(() => needWorkflow.assert('in_procurement', 'in_dialogue', '/status')).toThrow(/cannot become in_dialogue/);
    expect(() => needWorkflow.assert('published', 'draft', '/status')).toThrow(/cannot become draft/);
    expect(() => needWorkflow.assert('solved', 'withdrawn', '/status')).toThrow(/cannot change any more/);
    expect(() => needWorkflow.assert('withdrawn', 'published', '/status')).toThrow(/cannot change any more/);
  });

  it('is open to co-owners and interest from publication until it is solved or withdrawn', () => {
    expect(OPEN_TO_OTHERS).toEqual(['published', 'in_dialogue', 'in_procurement']);
  });
});
