import { popcount } from './bits';
import { type Game, valueBlocks } from './game';
import { assertWithinLimit } from './limits';

/**
 * Exact Shapley value in O(n·2^n) time and O(2^(n/2)) extra memory.
 *
 * φ_i = Σ_{S∋i} w(|S|−1)·v(S) − Σ_{S∌i, S≠∅} w(|S|)·v(S), with w(s) = s!(n−s−1)!/n!.
 * So φ is fixed by A[s][i] = Σ_{|S|=s, S∋i} v(S) and T[s] = Σ_{|S|=s} v(S):
 * φ_i = Σ_s w(s−1)·A[s][i] − w(s)·(T[s] − A[s][i]).
 *
 * The coalitions are walked in blocks mask = hi·2^L + lo. Within a block, a coalition's value
 * counts towards A[s][i] of the members in `hi` and of the members in `lo`; both are gathered by
 * size instead of member by member — hiBySize[s] per block and loBySize[lo][|hi|] over the whole
 * walk — and spread over the members once at the end of a block (resp. of the walk). The inner
 * loop therefore does two additions per coalition, whatever n is. A model game's values are
 * computed block by block, so 25 participants take about 2 MiB besides the answer.
 */
export function shapleyExact(game: Game): Float64Array {
  const n = game.players.length;
  assertWithinLimit('exact-shapley', n);
  const blocks = valueBlocks(game, Math.min(n, 11));
  const L = blocks.lowBits;
  const loSize = 1 << L;
  const hiWidth = n - L + 1;
  const loPop = Uint8Array.from({ length: loSize }, (_, lo) => popcount(lo));
  const bySize = new Float64Array((n + 1) * n); // A[s][i] at s·n + i
  const total = new Float64Array(n + 1); // T[s]
  const loBySize = new Float64Array(loSize * hiWidth);
  const hiBySize = new Float64Array(n + 1);

  for (let hi = 0; hi < blocks.blockCount; hi++) {
    const v = blocks.block(hi);
    const hiPop = popcount(hi);
    hiBySize.fill(0);
    for (let lo = 0; lo < loSize; lo++) {
      const value = v[lo]!;
      const s = hiPop + loPop[lo]!;
      const cell = lo * hiWidth + hiPop;
      hiBySize[s] = hiBySize[s]! + value;
      loBySize[cell] = loBySize[cell]! + value;
    }
    for (let s = 0; s <= n; s++) total[s] = total[s]! + hiBySize[s]!;
    for (let m = hi; m !== 0; m &= m - 1) {
      const i = L + 31 - Math.clz32(m & -m);
      for (let s = 1; s <= n; s++) bySize[s * n + i] = bySize[s * n + i]! + hiBySize[s]!;
    }
  }
  for (let lo = 1; lo < loSize; lo++) {
    for (let h = 0; h < hiWidth; h++) {
      const value = loBySize[lo * hiWidth + h]!;
      if (value === 0) continue;
      const s = h + loPop[lo]!;
      for (let m = lo; m !== 0; m &= m - 1) {
        const cell = s * n + 31 - Math.clz32(m & -m);
        bySize[cell] = bySize[cell]! + value;
      }
    }
  }
  return combine(n, bySize, total);
}

function combine(n: number, bySize: Float64Array, total: Float64Array): Float64Array {
  // w(s) = s!(n−s−1)!/n! = 1 / (n · C(n−1, s)), built without factorials.
  const weight = new Float64Array(n);
  let binomial = 1;
  for (let s = 0; s < n; s++) {
    weight[s] = 1 / (n * binomial);
    binomial = (binomial * (n - 1 - s)) / (s + 1);
  }
  const phi = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let s = 1; s <= n; s++) sum += weight[s - 1]! * bySize[s * n + i]!;
    for (let s = 1; s < n; s++) sum -= weight[s]! * (total[s]! - bySize[s * n + i]!);
    phi[i] = sum;
  }
  return phi;
}
