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
   * Marks every coalition in the span. The rows are in reduced echelon form (row k is 1 at its
   * pivot p_k and 0 at every other pivot), so a 0/1 vector x is in the span exactly when
   * x = Σ_k x[p_k]·row_k: its pivot part T decides the rest, x_j = u_j(T) = Σ_{k: p_k∈T} row_k[j]
   * for every free column j. The coalitions in the span are therefore found among the 2^rank
   * subsets T of the pivots — those whose u(T) is 0 or 1 in every free column — rather than
   * among all 2^n coalitions; u is built subset by subset from the one without T's lowest pivot.
   */
  markSpanned(marks: Uint8Array): void {
    const rank = this.rows.length;
    const isPivot = new Set(this.pivots);
    const free = Array.from({ length: this.n }, (_, j) => j).filter((j) => !isPivot.has(j));
    const width = free.length;
    const u = new Float64Array((1 << rank) * width);
    const pivotMask = new Int32Array(1 << rank);
    for (let t = 1; t < 1 << rank; t++) {
      const k = 31 - Math.clz32(t & -t);
      const parent = t & (t - 1);
      const row = this.rows[k]!;
      pivotMask[t] = pivotMask[parent]! | (1 << this.pivots[k]!);
      for (let f = 0; f < width; f++) u[t * width + f] = u[parent * width + f]! + row[free[f]!]!;
    }
    for (let t = 0; t < 1 << rank; t++) {
      let mask = pivotMask[t]!;
      let inSpan = true;
      for (let f = 0; f < width && inSpan; f++) {
        const v = u[t * width + f]!;
        if (Math.abs(v - 1) < zero) mask |= 1 << free[f]!;
        else if (Math.abs(v) >= zero) inSpan = false;
      }
      if (inSpan) marks[mask] = 1;
    }
  }
}
