import { describe, expect, it } from 'vitest';
import { EngineError } from '../src/cost-sharing/errors';
import type { TableGame } from '../src/cost-sharing/game';
import { loadHighs } from '../src/cost-sharing/lp';
import { nucleolus, prenucleolus } from '../src/cost-sharing/nucleolus';
import { exactCosts, exactPoint, isCertifiedNucleolus } from '../src/cost-sharing/nucleolus-certificate';
import { exactOfFigure, rational, toDouble } from '../src/cost-sharing/rational';
import { exactlyKohlberg } from './exact-kohlberg';
import { agorotGame, nearTieGame, uniform } from './near-tie-games';

/**
 * Games whose figures are given to the agora and come within an agora or two of a tie: the
 * (pre-)nucleolus must still be exact, proven here by Kohlberg's criterion decided in integers.
 */

describe('the nucleolus near ties', () => {
  // The smallest game where the shares were off by up to 2 agorot (cost view, in agorot).
  const example = [0, 40000000, 69999997, 90000003, 19999997, 50000003, 74999997, 94999998, 49999997, 74999997, 95000002, 115000002, 55000001, 80000001, 100000002, 120000002].map(BigInt);
  const certified = [274999.995, 475000.005, 124999.985, 325000.035];

  it.each([
    ['nucleolus', nucleolus, true],
    ['pre-nucleolus', prenucleolus, false],
  ] as const)('gives the %s of the smallest example exactly', async (_, method, imputations) => {
    const { shares } = await method(agorotGame(4, example));
    certified.forEach((c, i) => expect(Math.abs(shares[i]! - c), `share ${i}: ${shares[i]} vs ${c}`).toBeLessThan(1e-7));
    expect(await exactlyKohlberg(example, shares, 4, imputations)).toBe(true);
  });

  it('is exact on 60 games of 4 to 6 participants with figures an agora or three from a tie', async () => {
    let imputationless = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const n = 4 + (seed % 3);
      const agorot = nearTieGame(seed, n);
      const game = agorotGame(n, agorot);
      const pre = await prenucleolus(game);
      expect(await exactlyKohlberg(agorot, pre.shares, n, false), `pre-nucleolus, seed ${seed}`).toBe(true);
      try {
        const nuc = await nucleolus(game);
        expect(await exactlyKohlberg(agorot, nuc.shares, n, true), `nucleolus, seed ${seed}`).toBe(true);
      } catch (e) {
        // Refused only when the participants alone really pay less than together.
        expect(e instanceof EngineError && e.code, `seed ${seed}`).toBe('EMPTY_IMPUTATION_SET');
        const alone = Array.from({ length: n }, (_, i) => agorot[1 << i]!).reduce((a, b) => a + b, 0n);
        expect(alone < agorot[(1 << n) - 1]!).toBe(true);
        imputationless++;
      }
    }
    expect(imputationless).toBeLessThan(60);
  });

  it('stays exact when any one figure moves by an agora', async () => {
    const random = uniform(7);
    for (let k = 0; k < 30; k++) {
      const n = 4 + (k % 2);
      const agorot = nearTieGame(100 + k, n);
      const mask = 1 + Math.floor(random.next() * ((1 << n) - 2));
      agorot[mask] = agorot[mask]! + (random.next() < 0.5 ? 1n : -1n);
      const pre = await prenucleolus(agorotGame(n, agorot));
      expect(await exactlyKohlberg(agorot, pre.shares, n, false), `game ${k}, coalition ${mask}`).toBe(true);
    }
  });
});

describe('why each pays what it pays', () => {
  it('lists the groups at each level of the nucleolus, exactly, the worst off first', async () => {
    // Three participants: 6 alone or in pairs, 9 together; every pair pays exactly its own cost.
    const game: TableGame = { type: 'table', kind: 'cost', players: ['a', 'b', 'c'], values: Float64Array.of(0, 6, 6, 6, 6, 6, 6, 9) };
    const result = await nucleolus(game);
    expect(Array.from(result.shares)).toEqual([3, 3, 3]);
    expect(result.tight).toEqual([{ excess: 0, count: 3, coalitions: [0b011, 0b101, 0b110] }]);
    expect(result.levels).toEqual([0]);
  });
});

describe('the certificate', () => {
  const example = [0, 40000000, 69999997, 90000003, 19999997, 50000003, 74999997, 94999998, 49999997, 74999997, 95000002, 115000002, 55000001, 80000001, 100000002, 120000002];
  const game = exactCosts(Float64Array.from(example, (a) => a / 100), 4);
  /** Thousandths of a shekel, exactly. */
  const point = (...mils: number[]) => mils.map((m) => rational(BigInt(m), 1000n));

  it('reads figures given to the agora as whole agorot, and other doubles as they are', () => {
    expect(exactOfFigure(699999.97)).toEqual(rational(69999997n, 100n));
    expect(exactOfFigure(0.1 + 0.2)).toEqual(rational(30n, 100n));
    expect(exactOfFigure(Math.PI)).toEqual(rational(884279719003555n, 281474976710656n));
    expect(toDouble(rational(274999995n, 1000n))).toBe(274999.995);
  });

  it('passes the exact nucleolus and fails the one the LPs gave before, two agorot off', async () => {
    const highs = await loadHighs();
    expect(await isCertifiedNucleolus(highs, game, point(274999995, 475000005, 124999985, 325000035), true)).toBe(true);
    expect(await isCertifiedNucleolus(highs, game, point(274999985, 475000025, 124999985, 325000025), true)).toBe(false);
    // An allocation of another total is no nucleolus at all.
    expect(await isCertifiedNucleolus(highs, game, point(274999995, 475000005, 124999985, 325000045), true)).toBe(false);
  });

  it('solves the levels exactly, leaving out an equation that contradicts those before it', () => {
    // Three participants: 6 alone or in pairs, 9 together; the pairs are tight at excess 0.
    const three = exactCosts(Float64Array.of(0, 6, 6, 6, 6, 6, 6, 9), 3);
    const thirds = [3n, 3n, 3n].map((v) => rational(v));
    expect(exactPoint(three, [{ basis: [0b011, 0b101], more: [0b110] }])).toEqual(thirds);
    // A participant wrongly taken for tight at that level contradicts the pairs, and is left out.
    expect(exactPoint(three, [{ basis: [0b011, 0b101], more: [0b110, 0b001] }])).toEqual(thirds);
    // Without the third pair the level itself is unknown, and so are the shares.
    expect(exactPoint(three, [{ basis: [0b011, 0b101], more: [] }])).toBeNull();
  });
});
