/**
 * The savings a service achieved in a period: each authority's measured unit cost times its
 * quantity, against what the same quantity cost at its baseline unit cost, and against what the
 * approved feasibility study promised it would cost (its share per unit). Costs are in shekels;
 * the results are rounded to whole agorot. A figure that cannot be computed (no measured value,
 * no baseline, no promise) is null, and the totals count the authorities behind each.
 */
import { toAgorot } from '../cost-sharing/rounding';

export interface SavingsRow {
  readonly authorityId: string;
  readonly quantity: number;
  readonly baselineUnitCost: number | null;
  readonly measuredUnitCost: number | null;
  readonly promisedUnitCost: number | null;
}

export interface AuthoritySavings {
  readonly authorityId: string;
  readonly quantity: number;
  readonly baselineCostAgorot: number | null;
  readonly measuredCostAgorot: number | null;
  readonly promisedCostAgorot: number | null;
  /** Baseline less measured: what the authority saved. */
  readonly achievedAgorot: number | null;
  /** Baseline less promised: what the study said it would save. */
  readonly promisedAgorot: number | null;
  /** Achieved less promised (promised cost less measured): above the promise when positive. */
  readonly againstPromiseAgorot: number | null;
}

export interface SavingsTotal {
  readonly agorot: number;
  /** How many authorities are behind the figure. */
  readonly n: number;
}

export interface AchievedSavings {
  readonly rows: AuthoritySavings[];
  readonly totals: {
    readonly achieved: SavingsTotal;
    readonly promised: SavingsTotal;
    readonly againstPromise: SavingsTotal;
  };
}

const cost = (unit: number | null, quantity: number) => (unit === null ? null : toAgorot(unit * quantity));
const less = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);

function total(xs: readonly (number | null)[]): SavingsTotal {
  const known = xs.filter((x): x is number => x !== null);
  return { agorot: known.reduce((s, x) => s + x, 0), n: known.length };
}

export function serviceSavings(rows: readonly SavingsRow[]): AchievedSavings {
  const out = rows.map((r): AuthoritySavings => {
    const baseline = cost(r.baselineUnitCost, r.quantity);
    const measured = cost(r.measuredUnitCost, r.quantity);
    const promised = cost(r.promisedUnitCost, r.quantity);
    return {
      authorityId: r.authorityId,
      quantity: r.quantity,
      baselineCostAgorot: baseline,
      measuredCostAgorot: measured,
      promisedCostAgorot: promised,
      achievedAgorot: less(baseline, measured),
      promisedAgorot: less(baseline, promised),
      againstPromiseAgorot: less(promised, measured),
    };
  });
  return {
    rows: out,
    totals: { achieved: total(out.map((r) => r.achievedAgorot)), promised: total(out.map((r) => r.promisedAgorot)), againstPromise: total(out.map((r) => r.againstPromiseAgorot)) },
  };
}
