import { popcount } from '../src/cost-sharing/bits';
import type { TableGame } from '../src/cost-sharing/game';
import { seededRandom } from '../src/cost-sharing/random';

/** Uniform numbers in [0, 1) from a seed. */
export function uniform(seed: number) {
  const random = seededRandom(seed);
  return { next: () => random.below(2 ** 32) / 2 ** 32 };
}

/** A cost game from whole agorot per coalition. */
export function agorotGame(n: number, agorot: readonly bigint[]): TableGame {
  return { type: 'table', kind: 'cost', players: Array.from({ length: n }, (_, i) => `p${i}`), values: Float64Array.from(agorot, (a) => Number(a) / 100) };
}

/**
 * Economies of scale as tender figures come: each group pays its members' stand-alone costs times
 * |S|^−0.15 with ±5% noise, rounded to whole thousands of shekels (which makes ties), and then a
 * few groups are moved by one to three agorot off the tie.
 */
export function nearTieGame(seed: number, n: number): bigint[] {
  const random = uniform(seed);
  const alone = Array.from({ length: n }, () => 100_000 + Math.floor(random.next() * 60) * 10_000);
  const agorot = [0n];
  for (let mask = 1; mask < 1 << n; mask++) {
    let sum = 0;
    for (let i = 0; i < n; i++) if ((mask >>> i) & 1) sum += alone[i]!;
    const shekels = popcount(mask) === 1 ? sum : Math.round((sum * popcount(mask) ** -0.15 * (0.95 + 0.1 * random.next())) / 1000) * 1000;
    const nudge = random.next() < 0.5 ? BigInt(Math.floor(random.next() * 7) - 3) : 0n;
    agorot.push(BigInt(shekels) * 100n + nudge);
  }
  return agorot;
}
