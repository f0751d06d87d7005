import { describe, expect, it } from 'vitest';
import { blockingGroups } from '../src/cost-sharing/blocking-groups';
import { seededRandom } from '../src/cost-sharing/random';
import { tableGame } from './helpers';

describe('the groups an allocation leaves worse off than alone', () => {
  // Three participants: alone 10, 20, 30; pairs 25, 35, 45; all three 50.
  const game = tableGame('cost', 3, [1, 2, 3, 4, 5, 6, 7], [10, 20, 25, 30, 35, 45, 50]);

  it('lists every one with what it would save, most first', () => {
    // Shares 5, 5, 40: the third pays 10 more than alone, {1,3} and {2,3} pay 10 and 0 more than together.
    const { count, groups } = blockingGroups(game, [5, 5, 40], game.values);
    expect(count).toBe(2);
    expect(groups).toEqual([
      { members: [2], excess: 10 },
      { members: [0, 2], excess: 10 },
    ]);
  });

  it('finds none for a share in the core', () => {
    expect(blockingGroups(game, [7.5, 17.5, 25], game.values)).toEqual({ count: 0, groups: [] });
  });

  it('keeps the largest when there are more than asked for, and counts them all', () => {
    const random = seededRandom(4);
    const n = 10;
    const masks = Array.from({ length: (1 << n) - 1 }, (_, k) => k + 1);
    const big = tableGame('cost', n, masks, masks.map(() => 1 + random.below(1000)));
    const shares = Array.from({ length: n }, () => big.values[(1 << n) - 1]! / n);
    const all = blockingGroups(big, shares, big.values, 5000);
    const top = blockingGroups(big, shares, big.values, 7);
    expect(top.count).toBe(all.count);
    expect(top.groups).toEqual(all.groups.slice(0, 7));
    expect(all.groups.every((g, i) => i === 0 || g.excess <= all.groups[i - 1]!.excess)).toBe(true);
  });
});
