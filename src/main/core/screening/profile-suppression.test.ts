import { describe, expect, it } from 'vitest';
import { exactPercent, suppressBreakdown, suppressSmall, suppressedPercent } from './profile-suppression';

describe('small-number suppression', () => {
  it('hides counts from 1 to 4, keeps 0 and anything from 5', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 120].map((n) => suppressSmall(n))).toEqual([
      0,
      null,
      null,
      null,
      null,
      5,
      6,
      120,
    ]);
    expect(suppressSmall(9, 10)).toBeNull();
  });

  it('hides a second cell when only one would be hidden, so the total cannot give it back', () => {
    const shown = (counts: number[]) => suppressBreakdown(counts).map((c) => c.hidden ?? c.count);
    expect(shown([12, 3, 7, 0])).toEqual([12, 'small', 'secondary', 0]);
    // Two already hidden: subtraction gives only their sum, so nothing more is needed.
    expect(shown([12, 3, 2, 9])).toEqual([12, 'small', 'small', 9]);
    expect(shown([12, 6, 7])).toEqual([12, 6, 7]);
    // Nothing else to hide it with: the lone cell stays hidden.
    expect(shown([0, 2, 0])).toEqual([0, 'small', 0]);
  });

  it('withholds a percentage that would reveal a hidden count (either side)', () => {
    expect(suppressedPercent(3, 40)).toBeNull();
    expect(suppressedPercent(38, 40)).toBeNull(); // 2 have not answered
    expect(suppressedPercent(30, 40)).toBe(75);
    expect(suppressedPercent(0, 0)).toBeNull();
    expect(exactPercent(3, 40)).toBe(8);
  });
});
