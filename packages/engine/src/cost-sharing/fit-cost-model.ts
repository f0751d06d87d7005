import type { CostModel } from './cost-models';

/**
 * Cost models fitted from what each authority has and pays today, for a study to offer: the user
 * sees how well each fits and keeps the last word.
 *
 * - The power model c(q) = a·q^b (no fixed part), by least squares on log cost against log
 *   quantity: b < 1 is an economy of scale. Its R² is on the log scale, where it was fitted.
 * - Fixed plus variable, c(q) = f + p·q (the power model with b = 1), by ordinary least squares,
 *   R² on the cost itself. When the best line would have a negative fixed part, the line through
 *   the origin is fitted instead (f = 0), and the fit says so.
 *
 * An authority without a positive quantity, or without a known cost, is left out and named. A fit
 * needs at least two authorities of different quantities and a cost that grows with quantity;
 * otherwise it is null with the reason.
 */
export interface CostObservation {
  readonly id: string;
  /** The authority's quantity (tons, pupils …); null when unknown. */
  readonly quantity: number | null;
  /** What it pays alone today (₪); null when unknown. */
  readonly cost: number | null;
}

export type FitRefusal = 'too-few-observations' | 'same-quantity' | 'not-increasing';

export interface CostFit {
  readonly model: Extract<CostModel, { type: 'power' }> | null;
  /** Why there is no model. */
  readonly refusal: FitRefusal | null;
  /** Share of the variation explained, 0..1 (log scale for the power model); null without a model or without variation. */
  readonly r2: number | null;
  /** The authorities the fit was made from. */
  readonly observations: number;
  /** For the fixed-plus-variable model: the best line had a negative fixed part, so this one goes through the origin. */
  readonly throughOrigin: boolean;
}

export interface CostFits {
  readonly power: CostFit;
  readonly linear: CostFit;
  /** Authorities left out of both fits: no positive quantity, or no known cost. */
  readonly leftOut: readonly { readonly id: string; readonly reason: 'no-quantity' | 'no-cost' }[];
}

interface Line {
  readonly intercept: number;
  readonly slope: number;
  readonly r2: number | null;
}

/** Ordinary least squares of y on x; null when every x is the same. */
function leastSquares(x: readonly number[], y: readonly number[]): Line | null {
  const n = x.length;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (x[i]! - mx) ** 2;
    sxy += (x[i]! - mx) * (y[i]! - my);
    syy += (y[i]! - my) ** 2;
  }
  // Quantities equal to the last bits tell no slope apart.
  if (sxx <= 1e-24 * Math.max(1, mx * mx) * n) return null;
  const slope = sxy / sxx;
  return { intercept: my - slope * mx, slope, r2: r2Of(x, y, (xi) => my - slope * mx + slope * xi, syy) };
}

function r2Of(x: readonly number[], y: readonly number[], predict: (x: number) => number, totalSquares: number): number | null {
  if (totalSquares === 0) return null;
  let residual = 0;
  for (let i = 0; i < x.length; i++) residual += (y[i]! - predict(x[i]!)) ** 2;
  return Math.min(1, Math.max(0, 1 - residual / totalSquares));
}

const refused = (refusal: FitRefusal, observations: number): CostFit => ({ model: null, refusal, r2: null, observations, throughOrigin: false });

export function fitCostModels(observations: readonly CostObservation[]): CostFits {
  const leftOut: { id: string; reason: 'no-quantity' | 'no-cost' }[] = [];
  const usable: { q: number; c: number }[] = [];
  for (const o of observations) {
    if (o.quantity === null || !Number.isFinite(o.quantity) || o.quantity <= 0) leftOut.push({ id: o.id, reason: 'no-quantity' });
    else if (o.cost === null || !Number.isFinite(o.cost) || o.cost < 0) leftOut.push({ id: o.id, reason: 'no-cost' });
    else usable.push({ q: o.quantity, c: o.cost });
  }
  return { power: fitPower(usable), linear: fitLinear(usable), leftOut };
}

function fitPower(usable: readonly { q: number; c: number }[]): CostFit {
  // A cost of zero has no logarithm: the power fit counts only the positive ones (`observations`).
  const positive = usable.filter((u) => u.c > 0);
  if (positive.length < 2) return refused('too-few-observations', positive.length);
  const line = leastSquares(
    positive.map((u) => Math.log(u.q)),
    positive.map((u) => Math.log(u.c)),
  );
  if (!line) return refused('same-quantity', positive.length);
  if (!(line.slope > 0)) return refused('not-increasing', positive.length);
  const model = { type: 'power' as const, fixed: 0, scale: Math.exp(line.intercept), exponent: line.slope };
  return { model, refusal: null, r2: line.r2, observations: positive.length, throughOrigin: false };
}

function fitLinear(usable: readonly { q: number; c: number }[]): CostFit {
  if (usable.length < 2) return refused('too-few-observations', usable.length);
  const x = usable.map((u) => u.q);
  const y = usable.map((u) => u.c);
  const line = leastSquares(x, y);
  if (!line) return refused('same-quantity', usable.length);
  let { intercept: fixed, slope: perUnit, r2 } = line;
  const throughOrigin = fixed < 0;
  if (throughOrigin) {
    // The best line with f ≥ 0 is then the one through the origin, and its R² is measured against the mean as ever.
    perUnit = x.reduce((s, xi, i) => s + xi * y[i]!, 0) / x.reduce((s, xi) => s + xi * xi, 0);
    fixed = 0;
    const my = y.reduce((a, b) => a + b, 0) / y.length;
    r2 = r2Of(x, y, (xi) => perUnit * xi, y.reduce((s, yi) => s + (yi - my) ** 2, 0));
  }
  if (!(perUnit > 0)) return refused('not-increasing', usable.length);
  const model = { type: 'power' as const, fixed, scale: perUnit, exponent: 1 };
  return { model, refusal: null, r2, observations: usable.length, throughOrigin };
}
