import { describe, expect, it } from 'vitest';
import { HttpProblem } from './problems.ts';
import { publication, publicationColumns, stateMachine } from './transitions.ts';

const traffic = stateMachine<'red' | 'green' | 'amber' | 'off'>('light', {
  red: ['green', 'off'],
  green: ['amber'],
  amber: ['red'],
  off: [],
});

const refusal = (act: () => void) => {
  try {
    act();
  } catch (error) {
    return error as HttpProblem;
  }
  throw new Error('the step was allowed');
};

describe('a state machine', () => {
  it('allows the steps it lists, and staying put', () => {
    expect(() => traffic.assert('red', 'green', '/status')).not.toThrow();
    expect(() => traffic.assert('amber', 'amber', '/status')).not.toThrow();
    expect(() => traffic.assert('off', 'off', '/status')).not.toThrow();
    expect(traffic.next('red')).toEqual(['green', 'off']);
  });

  it('refuses a skipped or reversed step with a 409 naming the steps it may take', () => {
    const problem = refusal(() => traffic.assert('green', 'red', '/status'));
    expect(problem).toBeInstanceOf(HttpProblem);
    expect(problem.status).toBe(409);
    expect(problem.detail).toBe('A light that is green cannot become red; from green it can become amber');
    expect(problem.options.errors).toEqual([{ pointer: '/status', detail: 'must be one of: green, amber' }]);
  });

  it('says a final state cannot change any more', () => {
    const problem = refusal(() => traffic.assert('off', 'red', '/state'));
    expect(problem.detail).toBe('A light that is off cannot change any more');
    expect(problem.options.errors).toEqual([{ pointer: '/state', detail: 'must be one of: off' }]);
  });
});

describe('the publication workflow', () => {
  it('publishes a draft, archives and republishes, and never goes back to draft', () => {
    expect(() => publication.assert('draft', 'published', '/status')).not.toThrow();
    expect(() => publication.assert('published', 'archived', '/status')).not.toThrow();
    expect(() => publication.assert('archived', 'published', '/status')).not.toThrow();
    expect(refusal(() => publication.assert('draft', 'archived', '/status')).status).toBe(409);
    expect(refusal(() => publication.assert('published', 'draft', '/status')).status).toBe(409);
  });
});

describe('the columns of a status change', () => {
  it('dates only the first publication, sets nothing without a status, and refuses a skipped step', () => {
    const first = publicationColumns({ status: 'draft', publishedAt: null }, 'published');
    expect(first.status).toBe('published');
    expect(first.publishedAt).toBeInstanceOf(Date);
    expect(publicationColumns({ status: 'archived', publishedAt: '2026-01-01' }, 'published')).toEqual({
      status: 'published',
    });
    expect(publicationColumns({ status: 'draft', publishedAt: null }, undefined)).toEqual({});
    const problem = refusal(() => publicationColumns({ status: 'draft', publishedAt: null }, 'archived'));
    expect(problem.options.errors?.[0]?.pointer).toBe('/body/status');
  });
});
