import { describe, expect, it } from 'vitest';
import { commitments, OPEN_STAGES, stages } from './workflow.ts';

describe('the procurement stages', () => {
  it('may skip the needs analysis and the market dialogue on the way to tender', () => {
    expect(() => stages.assert('planning', 'tender', '/stage')).not.toThrow();
    expect(() => stages.assert('needs_analysis', 'tender', '/stage')).not.toThrow();
    expect(() => stages.assert('planning', 'market_dialogue', '/stage')).not.toThrow();
  });

  it('lets an evaluation start a new round of tender, and nothing else go back', () => {
    expect(() => stages.assert('evaluation', 'tender', '/stage')).not.toThrow();
    expect(() => stages.assert('tender', 'market_dialogue', '/stage')).toThrow(/cannot become market_dialogue/);
    expect(() => stages.assert('awarded', 'evaluation', '/stage')).toThrow(/cannot become evaluation/);
  });

  it('cannot award without an evaluation', () => {
    expect(() => stages.assert('tender', 'awarded', '/stage')).toThrow(
      'A procurement that is tender cannot become awarded; from tender it can become evaluation or cancelled',
    );
  });

  it('may be cancelled at any step before a contract is in force, not after', () => {
    for (const from of ['planning', 'needs_analysis', 'market_dialogue', 'tender', 'evaluation', 'awarded'] as const) {
      expect(() => stages.assert(from, 'cancelled', '/stage')).not.toThrow();
    }
    expect(() => stages.assert('contract_active', 'cancelled', '/stage')).toThrow(/cannot become cancelled/);
    expect(stages.next('expired')).toEqual([]);
    expect(stages.next('cancelled')).toEqual([]);
  });

  it('is open to new participants only before tender', () => {
    expect(OPEN_STAGES).toEqual(['planning', 'needs_analysis', 'market_dialogue']);
  });
});

describe("a participant's commitment", () => {
  it('goes from interest to mandate to call-off, and may be withdrawn until the call-off', () => {
    expect(() => commitments.assert('interested', 'mandate_given', '/commitment')).not.toThrow();
    expect(() => commitments.assert('mandate_given', 'call_off_registered', '/commitment')).not.toThrow();
    expect(() => commitments.assert('mandate_given', 'withdrawn', '/commitment')).not.toThrow();
    expect(() => commitments.assert('interested', 'call_off_registered', '/commitment')).toThrow(
      /cannot become call_off_registered/,
    );
    expect(() => commitments.assert('call_off_registered', 'withdrawn', '/commitment')).toThrow(
      /cannot change any more/,
    );
  });
});
