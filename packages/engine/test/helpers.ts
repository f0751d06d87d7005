import { expect } from 'vitest';
import { popcount } from '../src/cost-sharing/bits';
import { EngineError } from '../src/cost-sharing/errors';
import type { TableGame } from '../src/cost-sharing/game';
import type { CostSharingInput, GameKind } from '../src/cost-sharing/input';
import { shareCosts } from '../src/cost-sharing/share-costs';

/** Coalitions of 1..n in lexicographic order: 1, 12, 123, …, 13, 134, …, n (as in Churkin's Nucleolus.jl). */
export function lexicographicOrder(n: number): number[] {
  const out: number[] = [];
  const visit = (next: number, mask: number) => {
    for (let i = next; i < n; i++) {
      out.push(mask | (1 << i));
      visit(i + 1, mask | (1 << i));
    }
  };
  visit(0, 0);
  return out;
}

/** Coalitions by size, then lexicographically: 1, 2, …, n, 12, 13, …, N (as in CoopGame and TUGlab). */
export function sizeOrder(n: number): number[] {
  const masks = Array.from({ length: (1 << n) - 1 }, (_, k) => k + 1);
  const key = (mask: number) => Array.from({ length: n }, (_, i) => ((mask >>> i) & 1 ? String.fromCharCode(97 + i) : '')).join('');
  return masks.sort((a, b) => popcount(a) - popcount(b) || key(a).localeCompare(key(b)));
}

export function tableGame(kind: GameKind, n: number, order: readonly number[], values: readonly number[], players?: readonly string[]): TableGame {
  const table = new Float64Array(1 << n);
  order.forEach((mask, k) => {
    table[mask] = values[k]!;
  });
  return { type: 'table', kind, players: players ?? Array.from({ length: n }, (_, i) => `P${i + 1}`), values: table };
}

export function expectClose(actual: ArrayLike<number>, expected: readonly number[], tolerance = 1e-6): void {
  expect(actual.length).toBe(expected.length);
  expected.forEach((e, i) => {
    expect(Math.abs(actual[i]! - e), `component ${i}: ${actual[i]} vs ${e}`).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(e)));
  });
}

export function sum(xs: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i]!;
  return s;
}

/** The game as a cost table (gain games negated), for Kohlberg's criterion and core checks. */
export function costView(game: TableGame): Float64Array {
  return game.kind === 'cost' ? game.values : game.values.map((v) => -v);
}

/** The engine's refusal of a request (a test fails when it is answered). */
export async function engineError(input: CostSharingInput): Promise<EngineError> {
  try {
    await shareCosts(input);
  } catch (error) {
    if (error instanceof EngineError) return error;
    throw error;
  }
  throw new Error('expected an EngineError');
}
