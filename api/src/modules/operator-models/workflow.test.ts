import { describe, expect, it } from 'vitest';
import { modelWorkflow } from './workflow.ts';

describe('the operator model workflow', () => {
  it('goes from proposal through consultation and decision to operation', () => {
    for (const [from, to] of [
      ['proposal', 'consultation'],
      ['consultation', 'decided'],
      ['decided', 'operating'],
      ['operating', 'discontinued'],
    ] as const) {
      expect(() => modelWorkflow.assert(from, to, '/status')).not.toThrow();
    }
  });

  it('lets a consultation send the proposal back, but nothing else go back', () => {
    expect(() => modelWorkflow.assert('consultation', 'proposal', '/status')).not.toThrow();
    expect(() => modelWorkflow.assert('decided', 'consultation', '/status')).toThrow(/cannot become consultation/);
    expect(() => modelWorkflow.assert('operating', 'decided', '/status')).toThrow(/cannot become decided/);
  });

  it('cannot skip the consultation', () => {
    expect(() => modelWorkflow.assert('proposal', 'decided', '/status')).toThrow(
      'A operator model that is proposal cannot become decided; from proposal it can become consultation or discontinued',
    );
  });

  it('may be discontinued at any step, and then is final', () => {
    for (const from of ['proposal', 'consultation', 'decided', 'operating'] as const) {
      expect(() => modelWorkflow.assert(from, 'discontinued', '/status')).not.toThrow();
    }
    expect(modelWorkflow.next('discontinued')).toEqual([]);
  });
});
