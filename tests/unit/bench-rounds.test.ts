// The bench's statistics must pair samples by round and rotate the order fairly; a slip here
// would make every recorded ratio in BENCHMARKS.md wrong without any visible error.
import { describe, expect, it } from 'vitest';
import { interleave, rotation } from '../../scripts/bench/rounds';
import { pairDifferences, pairRatios, spread } from '../../scripts/bench/report';

describe('bench rounds', () => {
  it('rotates the order by one each round, so each contender leads once per cycle', () => {
    const names = ['a', 'b', 'c'];
    expect([0, 1, 2, 3].map((r) => rotation(names, r).join(''))).toEqual(['abc', 'bca', 'cab', 'abc']);
  });

  it('keeps results in round order whatever order they ran in', async () => {
    const ran: string[] = [];
    let round = 0;
    const results = await interleave(3, [
      { name: 'x', run: () => (ran.push('x'), `x${round}`) },
      { name: 'y', run: () => (ran.push('y'), `y${round++}`) },
    ]);
    expect(ran).toEqual(['x', 'y', 'y', 'x', 'x', 'y']);
    expect(results.get('x')).toEqual(['x0', 'x2', 'x2']);
    expect(results.get('y')).toEqual(['y0', 'y1', 'y2']);
  });
});

describe('bench statistics', () => {
  it('takes ratios within each round, not between medians', () => {
    // The machine slowed in round 2 for both: the per-round ratio stays 2, medians would say 1.5.
    const fast = [10, 40, 10];
    const slow = [20, 80, 20];
    expect(pairRatios(slow, fast)).toEqual([2, 2, 2]);
    expect(pairDifferences(slow, fast)).toEqual([10, 40, 10]);
  });

  it('refuses unpaired samples', () => {
    expect(() => pairRatios([1, 2], [1])).toThrow(/unpaired/);
  });

  it('reports min, median and max', () => {
    expect(spread([3, 1, 2, 10])).toEqual({ min: 1, median: 2.5, max: 10, n: 4 });
  });
});
