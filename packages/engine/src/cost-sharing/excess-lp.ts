import type { Highs, Model } from 'highs';
import { fullMask, subsetSums } from './bits';
import { costSharingErrors } from './errors';
import { createLpModel, solve } from './lp';

/** Tolerances in the scaled game (values of order one). */
export const lpTolerance = { violation: 1e-9, bound: 1e-9 } as const;

export interface ExcessLpSetup {
  readonly highs: Highs;
  /** Cost view, scaled: c[mask]. */
  readonly costs: Float64Array;
  readonly n: number;
  /** Upper bounds x_i ≤ c({i}) (the imputations) or none (pre-imputations). */
  readonly imputations: boolean;
  /** Coalitions whose excess is already fixed, with that excess (a basis of them suffices). */
  readonly fixed: readonly { readonly mask: number; readonly excess: number }[];
  /** 1 for coalitions that no longer take part (∅, N and those whose excess is settled). */
  readonly settled: Uint8Array;
  /** Coalitions to start with; others are added when the solution violates them. */
  readonly initialRows: Iterable<number>;
}

export interface LpPoint {
  readonly x: Float64Array;
  readonly t: number;
}

/**
 * The LP of one level of the nucleolus: minimise t subject to x(S) − t ≤ c(S) for every coalition
 * still in play, the fixed coalitions' equalities x(S) = c(S) + e_S and Σx = c(N).
 *
 * Rows are generated lazily: the LP starts with a few coalitions, and after each solve all 2^n
 * coalitions are checked (a subset-sum pass) and the most violated ones are added, until none is.
 * The result is optimal for the full LP, which for 16 participants has 65 534 rows.
 */
export class ExcessLp {
  /** The coalitions with a row x(S) − t ≤ c(S), in the order they were added. */
  readonly generated: number[] = [];
  readonly rowMask: number[] = [];
  solves = 0;
  private readonly model: Model;
  private readonly sums: Float64Array;
  private readonly inModel: Uint8Array;

  constructor(private readonly setup: ExcessLpSetup) {
    const { highs, costs, n, imputations, fixed } = setup;
    this.model = createLpModel(highs);
    this.sums = new Float64Array(costs.length);
    this.inModel = new Uint8Array(costs.length);
    const inf = highs.infinity;
    const upper = Array.from({ length: n + 1 }, (_, i) => (i < n && imputations ? costs[1 << i]! : inf));
    this.model.addVars(new Array<number>(n + 1).fill(-inf), upper);
    this.model.changeColCost(n, 1);
    const total = costs[fullMask(n)]!;
    this.addRows([fullMask(n)], false, [total], [total]);
    for (const { mask, excess } of fixed) this.addEquality(mask, costs[mask]! + excess);
    this.addInequalities([...setup.initialRows].filter((mask) => !setup.settled[mask]));
  }

  dispose(): void {
    this.model.dispose();
  }

  /** Fixes x(S) = value from now on. */
  addEquality(mask: number, value: number): void {
    this.addRows([mask], false, [value], [value]);
  }

  /** The row duals of the last solve, by coalition, for the generated rows. */
  duals(): Map<number, number> {
    const { rowDual } = this.model.getSolution();
    const out = new Map<number, number>();
    this.rowMask.forEach((mask, row) => {
      if (mask >= 0) out.set(mask, rowDual[row]!);
    });
    return out;
  }

  /** min t over the level's constraints. Null when infeasible (no imputation exists). */
  minimizeMaxExcess(): LpPoint | null {
    const { n, highs } = this.setup;
    this.model.changeColsCost({ kind: 'range', from: 0, to: n }, [...new Array<number>(n).fill(0), 1]);
    this.model.changeColBounds(n, -highs.infinity, highs.infinity);
    return this.solveGenerating(null);
  }

  /** min x(S) − c(S) over the allocations whose maximal excess is at most `level`. */
  minimizeExcessOf(mask: number, level: number): LpPoint {
    const { n, highs } = this.setup;
    const costs = Array.from({ length: n + 1 }, (_, i) => (i < n && (mask >>> i) & 1 ? 1 : 0));
    this.model.changeColsCost({ kind: 'range', from: 0, to: n }, costs);
    this.model.changeColBounds(n, -highs.infinity, level + lpTolerance.bound);
    const point = this.solveGenerating(level + lpTolerance.bound);
    if (point === null) throw costSharingErrors.solverFailed('infeasible check');
    return point;
  }

  /** Excesses x(S) − c(S) of every coalition at x (scaled), indexed by mask. */
  excesses(x: Float64Array): Float64Array {
    const { costs, n } = this.setup;
    const e = subsetSums(x, n, this.sums);
    for (let mask = 0; mask < e.length; mask++) e[mask] = e[mask]! - costs[mask]!;
    return e;
  }

  private solveGenerating(cap: number | null): LpPoint | null {
    const { n, settled, costs } = this.setup;
    for (;;) {
      this.solves++;
      if (solve(this.setup.highs, this.model) === 'infeasible') return null;
      const values = this.model.getSolution().colValue;
      const x = values.slice(0, n);
      const t = values[n]!;
      const threshold = (cap ?? t) + lpTolerance.violation;
      const inModel = this.inModel;
      const worst = new WorstCoalitions(Math.max(16, 2 * n));
      // x(S) by subset sums, each coalition's excess checked as soon as its sum is known: one pass over 2^n.
      const sums = this.sums;
      const full = sums.length - 1;
      sums[0] = 0;
      for (let i = 0, size = 1; i < n; i++, size *= 2) {
        const xi = x[i]!;
        for (let low = 0; low < size; low++) {
          const mask = size + low;
          const sum = sums[low]! + xi;
          sums[mask] = sum;
          const e = sum - costs[mask]!;
          if (e > threshold && mask !== full && settled[mask] === 0 && inModel[mask] === 0) worst.offer(mask, e);
        }
      }
      if (worst.size === 0) return { x, t };
      this.addInequalities(worst.masks());
    }
  }

  private addInequalities(masks: readonly number[]): void {
    const fresh = masks.filter((mask) => !this.inModel[mask]);
    if (fresh.length === 0) return;
    for (const mask of fresh) {
      this.inModel[mask] = 1;
      this.generated.push(mask);
    }
    const inf = this.setup.highs.infinity;
    this.addRows(fresh, true, new Array<number>(fresh.length).fill(-inf), fresh.map((mask) => this.setup.costs[mask]!));
  }

  /** Rows x(S) (− t) within [lower, upper], one per mask, in CSR form. */
  private addRows(masks: readonly number[], withT: boolean, lower: readonly number[], upper: readonly number[]): void {
    const { n } = this.setup;
    const starts = [0];
    const indices: number[] = [];
    const values: number[] = [];
    for (const mask of masks) {
      for (let i = 0; i < n; i++) {
        if ((mask >>> i) & 1) {
          indices.push(i);
          values.push(1);
        }
      }
      if (withT) {
        indices.push(n);
        values.push(-1);
      }
      starts.push(indices.length);
      this.rowMask.push(withT ? mask : -1);
    }
    this.model.addRows({
      lower: Float64Array.from(lower),
      upper: Float64Array.from(upper),
      matrix: {
        format: 'csr',
        numRows: masks.length,
        numCols: n + 1,
        starts: Int32Array.from(starts),
        indices: Int32Array.from(indices),
        values: Float64Array.from(values),
      },
    });
  }
}

/**
 * The k most violated coalitions seen so far, in a min-heap by excess: a coalition enters when it
 * beats the weakest kept, at log k cost — early in a level most of the 2^n coalitions are violated.
 */
class WorstCoalitions {
  private readonly maskList: number[] = [];
  private readonly excessList: number[] = [];

  constructor(private readonly k: number) {}

  get size(): number {
    return this.maskList.length;
  }

  offer(mask: number, excess: number): void {
    const { maskList: masks, excessList: excesses } = this;
    if (masks.length < this.k) {
      masks.push(mask);
      excesses.push(excess);
      for (let i = masks.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (excesses[parent]! <= excesses[i]!) break;
        this.swap(i, parent);
        i = parent;
      }
    } else if (excess > excesses[0]!) {
      masks[0] = mask;
      excesses[0] = excess;
      for (let i = 0; ; ) {
        const left = 2 * i + 1;
        const right = left + 1;
        let least = i;
        if (left < masks.length && excesses[left]! < excesses[least]!) least = left;
        if (right < masks.length && excesses[right]! < excesses[least]!) least = right;
        if (least === i) break;
        this.swap(i, least);
        i = least;
      }
    }
  }

  masks(): number[] {
    return [...this.maskList];
  }

  private swap(a: number, b: number): void {
    const { maskList: masks, excessList: excesses } = this;
    [masks[a], masks[b]] = [masks[b]!, masks[a]!];
    [excesses[a], excesses[b]] = [excesses[b]!, excesses[a]!];
  }
}
