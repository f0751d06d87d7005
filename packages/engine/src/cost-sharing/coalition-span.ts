import { subsetSums } from './bits';

const zero = 1e-9;

/**
 * The linear span of a set of coalitions' incidence vectors (kept in reduced row echelon form).
 * A coalition in the span of the fixed coalitions has a fixed value x(S) on every allocation that
 * respects them, so its excess can no longer change: the sequential LPs drop it.
 */
export class CoalitionSpan {
  private readonly rows: Float64Array[] = [];
  private readonly pivots: number[] = [];

  constructor(readonly n: number) {}

  get rank(): number {
    return this.rows.length;
  }

  private reduce(mask: number): Float64Array {
    const v = new Float64Array(this.n);
    for (let i = 0; i < this.n; i++) v[i] = (mask >>> i) & 1;
    this.rows.forEach((row, k) => {
      const coef = v[this.pivots[k]!]!;
      if (coef !== 0) for (let j = 0; j < this.n; j++) v[j] = v[j]! - coef * row[j]!;
    });
    return v;
  }

  contains(mask: number): boolean {
    return this.reduce(mask).every((x) => Math.abs(x) < zero);
  }

  /** Adds the coalition; returns false if it was already in the span. */
  add(mask: number): boolean {
    const v = this.reduce(mask);
    let pivot = 0;
    for (let j = 1; j < this.n; j++) if (Math.abs(v[j]!) > Math.abs(v[pivot]!)) pivot = j;
    if (Math.abs(v[pivot]!) < zero) return false;
    const scale = v[pivot]!;
    for (let j = 0; j < this.n; j++) v[j] = v[j]! / scale;
    this.rows.forEach((row) => {
      const coef = row[pivot]!;
      if (coef !== 0) for (let j = 0; j < this.n; j++) row[j] = row[j]! - coef * v[j]!;
    });
    this.rows.push(v);
    this.pivots.push(pivot);
    return true;
  }

  /**
   * Marks every coalition in the span. Membership is tested one free column at a time: for a
   * non-pivot column j, S is in the span only if Σ_{b∈S} a_j[b] = 0 with a_j[b] = [b = j] − r_b[j]
   * (r_b the row with pivot b), and those sums over all 2^n coalitions take one pass each.
   */
  markSpanned(marks: Uint8Array): void {
    const outside = new Uint8Array(marks.length);
    const coefficient = new Float64Array(this.n);
    const sums = new Float64Array(marks.length);
    const isPivot = new Set(this.pivots);
    for (let j = 0; j < this.n; j++) {
      if (isPivot.has(j)) continue;
      coefficient.fill(0);
      coefficient[j] = 1;
      this.rows.forEach((row, k) => {
        const b = this.pivots[k]!;
        coefficient[b] = coefficient[b]! - row[j]!;
      });
      subsetSums(coefficient, this.n, sums);
      for (let mask = 0; mask < marks.length; mask++) if (Math.abs(sums[mask]!) > zero) outside[mask] = 1;
    }
    for (let mask = 0; mask < marks.length; mask++) if (!outside[mask]) marks[mask] = 1;
  }
}
