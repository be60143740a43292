import { describe, expect, it } from 'vitest';
import { apportion, type Sharer, splitCost } from './cost-sharing.ts';

const sum = (parts: number[]) => parts.reduce((total, part) => total + part, 0);

describe('apportioning whole kronor by weight', () => {
  it('splits exactly, the kronor left over going to the largest remainders', () => {
    // 100 by 1:1:1 is 33.33 each: one krona is left, and the first of the equal remainders gets it.
    expect(apportion(100, [1, 1, 1])).toEqual([34, 33, 33]);
    // 10 by 1:2:3 is 1.67, 3.33, 5: the largest remainder (0.67) takes the krona left.
    expect(apportion(10, [1, 2, 3])).toEqual([2, 3, 5]);
  });

  it('always adds up to the amount', () => {
    for (const [amount, weights] of [
      [1_000_003, [13_456, 2_891, 77_000, 5]],
      [7, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]],
      [12_000_000, [600_000, 100_000, 26_000]],
    ] as [number, number[]][]) {
      const parts = apportion(amount, weights);
      expect(sum(parts)).toBe(amount);
      expect(parts.every(Number.isInteger)).toBe(true);
    }
  });

  it('gives nothing when there is no weight to split by', () => {
    expect(apportion(100, [0, 0])).toEqual([0, 0]);
    expect(apportion(100, [])).toEqual([]);
  });
});

const sharers: Sharer[] = [
  { code: '1490', name: 'Borås', population: 115_000, users: 300 },
  { code: '1443', name: 'Bollebygd', population: 9_800, users: 20 },
  { code: '1452', name: 'Tranemo', population: 11_700, users: null },
];

describe('splitting a year’s cost', () => {
  it('per capita, in proportion to population, exactly', () => {
    const { shares, allocatedSek, complete, notes } = splitCost('per_capita', 1_000_000, null, sharers);
    // Of 136 500 inhabitants: 842 490.84, 71 794.87 and 85 714.29; the two kronor left over go to the
    // two largest remainders.
    expect(shares.map((share) => share.shareSek)).toEqual([842_491, 71_795, 85_714]);
    expect(shares.map((share) => share.sharePercent)).toEqual([84.25, 7.18, 8.57]);
    expect(allocatedSek).toBe(1_000_000);
    expect(complete).toBe(true);
    expect(notes).toEqual([]);
  });

  it('in equal shares, ignoring population and users', () => {
    const { shares, complete } = splitCost('equal_share', 900_001, null, sharers);
    expect(shares.map((share) => share.shareSek)).toEqual([300_001, 300_000, 300_000]);
    expect(shares.map((share) => share.sharePercent)).toEqual([33.33, 33.33, 33.33]);
    expect(complete).toBe(true);
  });

  it('a fixed part equally and the rest per capita', () => {
    const { shares, allocatedSek } = splitCost('fixed_plus_variable', 1_000_000, 30, sharers);
    // 300 000 fixed is 100 000 each; 700 000 per capita on top.
    const variable = apportion(700_000, [115_000, 9_800, 11_700]);
    expect(shares.map((share) => share.shareSek)).toEqual(variable.map((part) => 100_000 + part));
    expect(allocatedSek).toBe(1_000_000);
  });

  it('per user, leaving out and naming a municipality whose users are unknown', () => {
    const { shares, allocatedSek, complete, notes } = splitCost('per_user', 320_000, null, sharers);
    expect(shares.map((share) => [share.municipality.code, share.shareSek, share.note])).toEqual([
      ['1490', 300_000, null],
      ['1443', 20_000, null],
      ['1452', null, 'users unknown'],
    ]);
    expect(allocatedSek).toBe(320_000);
    expect(complete).toBe(false);
    expect(notes).toEqual([
      'Number of users unknown for Tranemo: they are left out of the per-user part (set users on the member)',
    ]);
  });

  it('says so when a fixed-plus-variable model sets no fixed share', () => {
    const { notes, allocatedSek } = splitCost('fixed_plus_variable', 1_000, null, sharers);
    expect(notes).toEqual(['The model sets no fixed share, so the whole cost is split per capita']);
    expect(allocatedSek).toBe(1_000);
  });
});
