import type { Sensitivity } from '@eshkol/contracts/cost-sharing';
import { describe, expect, it } from 'vitest';
import { savingShares, sensitivityRows, worseOffAtTop } from './sensitivity-rows';

const point = (change: number, shares: [string, number, number][] | null) =>
  shares === null
    ? { change, total: 0, shares: null, failure: 'EMPTY_IMPUTATION_SET' as const }
    : { change, total: shares.reduce((s, [, share]) => s + share, 0), shares: shares.map(([player, share, saving]) => ({ player, share, saving })), failure: null };

const analysis: Sensitivity = {
  method: 'shapley',
  range: 0.2,
  jointCost: [
    point(-0.2, [
      ['a', 80, 20],
      ['b', 160, 40],
    ]),
    point(0, [
      ['a', 100, 0],
      ['b', 200, 0],
    ]),
    point(0.2, [
      ['a', 120, -20],
      ['b', 240, -40],
    ]),
  ],
  quantities: [
    { player: 'a', low: point(0, [['a', 90, 10], ['b', 205, -5]]), high: point(0, [['a', 110, -10], ['b', 195, 5]]) },
    { player: 'b', low: point(0, null), high: point(0, [['a', 101, -1], ['b', 230, -30]]) },
  ],
  breakEven: [
    { player: 'a', change: 0.35, exact: true, below: null },
    { player: 'b', change: 0.1, exact: false, below: 0.05 },
  ],
  searchedTo: 1,
};

describe('the sensitivity of a study as its table reads it', () => {
  it('gives each authority its share now, at either end of the range, and with its own quantity moved', () => {
    expect(sensitivityRows(analysis, 1)).toEqual([
      { player: 'a', now: 100, low: 80, high: 120, quantityLow: 90, quantityHigh: 110, breakEven: { kind: 'at', change: 0.35 } },
      { player: 'b', now: 200, low: 160, high: 240, quantityLow: null, quantityHigh: 230, breakEven: { kind: 'between', from: 0.05, to: 0.1 } },
    ]);
  });

  it('tells an authority already worse off, one that never is, and one not known beyond where the method is undefined', () => {
    const words = (b: Sensitivity['breakEven'][number], searchedTo: number) => sensitivityRows({ ...analysis, breakEven: [b], searchedTo }, 1)[0]!.breakEven;
    expect(words({ player: 'a', change: 0, exact: true, below: null }, 1)).toEqual({ kind: 'already' });
    expect(words({ player: 'a', change: null, exact: true, below: null }, 1)).toEqual({ kind: 'none', upTo: 1 });
    expect(words({ player: 'a', change: null, exact: false, below: null }, 0.85)).toEqual({ kind: 'unknown', upTo: 0.85 });
  });

  it('draws savings as shares of what each pays alone, with gaps where the method is undefined', () => {
    const s = { ...analysis, jointCost: [...analysis.jointCost.slice(0, 2), point(0.2, null)] };
    expect(savingShares(s, new Map([['a', 100], ['b', 0]]))).toEqual({
      changes: [-0.2, 0, 0.2],
      lines: [
        { player: 'a', values: [0.2, 0, null] },
        { player: 'b', values: [null, null, null] },
      ],
    });
  });

  it('names those who would do better alone at the top of the range', () => {
    expect(worseOffAtTop(analysis)).toEqual(['a', 'b']);
    expect(worseOffAtTop({ ...analysis, jointCost: [point(0.2, [['a', 1, 0], ['b', 1, -0.004]])] })).toEqual([]);
  });
});
