import { describe, expect, it } from 'vitest';
import { banzhafValue, owenValue } from '../src/cost-sharing/owen-banzhaf';
import { seededRandom } from '../src/cost-sharing/random';
import { shapleyExact } from '../src/cost-sharing/shapley-exact';
import { expectClose, tableGame } from './helpers';

/** v(S) by mask for three participants: index 1 = {1}, 2 = {2}, 3 = {1,2}, … 7 = all. */
const three = (values: number[]) => tableGame('gain', 3, [1, 2, 3, 4, 5, 6, 7], values);
// Two of three decide.
const majority = three([0, 0, 1, 0, 1, 1, 1]);
// Weighted voting [3; 2, 1, 1]: the first with either of the others.
const weighted = three([0, 0, 1, 0, 1, 0, 1]);

function randomGame(seed: number, n: number) {
  const random = seededRandom(seed);
  const masks = Array.from({ length: (1 << n) - 1 }, (_, k) => k + 1);
  return tableGame('cost', n, masks, masks.map(() => random.below(1_000_000) / 100));
}

describe('the Owen value', () => {
  it('gives a bloc of two the whole of what the two decide together', () => {
    expectClose(owenValue(majority, [0, 0, 1]), [0.5, 0.5, 0], 1e-12);
  });

  it('is the Shapley value when every authority is a bloc of its own, or all are one bloc', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const game = randomGame(seed, 6);
      const shapley = Array.from(shapleyExact(game));
      expectClose(owenValue(game, [0, 1, 2, 3, 4, 5]), shapley, 1e-9);
      expectClose(owenValue(game, [7, 7, 7, 7, 7, 7]), shapley, 1e-9);
    }
  });

  it('adds up to the joint value, and treats members of one bloc alike when the game does', () => {
    const game = randomGame(9, 7);
    const shares = owenValue(game, [0, 0, 1, 1, 1, 2, 2]);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(game.values[(1 << 7) - 1]!, 6);
    const symmetric = tableGame('cost', 4, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15], [1, 1, 1.8, 1, 1.8, 1.8, 2.5, 1, 1.8, 1.8, 2.5, 1.8, 2.5, 2.5, 3.1]);
    const bloc = owenValue(symmetric, [0, 0, 1, 1]);
    expectClose(bloc, [3.1 / 4, 3.1 / 4, 3.1 / 4, 3.1 / 4], 1e-12);
  });
});

describe('the Banzhaf value', () => {
  it('of the weighted vote [3; 2, 1, 1] is 3/4, 1/4, 1/4 before normalising: 3/5, 1/5, 1/5', () => {
    expectClose(banzhafValue(weighted), [0.6, 0.2, 0.2], 1e-12);
    // Shapley gives the first more: 2/3, 1/6, 1/6.
    expectClose(shapleyExact(weighted), [2 / 3, 1 / 6, 1 / 6], 1e-12);
  });

  it('is the Shapley value for two participants, and adds up to the joint value', () => {
    const two = tableGame('cost', 2, [1, 2, 3], [10, 20, 24]);
    expectClose(banzhafValue(two), [7, 17], 1e-12);
    const game = randomGame(3, 8);
    expect(banzhafValue(game).reduce((a, b) => a + b, 0)).toBeCloseTo(game.values[255]!, 6);
  });
});
