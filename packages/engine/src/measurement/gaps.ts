/**
 * Gap measures: how far apart a set of authorities stand on one indicator in one period — the
 * spread of their values (mean, quartiles, range and ratios), its inequality (coefficient of
 * variation, Gini, Theil) and who is best and worst. Pure and in O(n log n): one sort, then sums.
 */
import type { LocalizedMessage } from '../cost-sharing/errors';

/** Whether a higher value of the indicator is better (a matriculation rate) or a lower one (a dropout rate). */
export const gapDirections = ['higher-is-better', 'lower-is-better'] as const;
export type GapDirection = (typeof gapDirections)[number];

export interface GapValue {
  readonly authorityId: string;
  readonly value: number;
  /** Its weight when the measures are weighted (its population, its pupils …); ignored otherwise. */
  readonly weight?: number | null;
}

export interface GapInput {
  readonly values: readonly GapValue[];
  readonly direction: GapDirection;
  /** Weigh the mean, the coefficient of variation, Gini and Theil by each value's `weight`; false by default. */
  readonly weighted?: boolean;
}

/**
 * The measures. `cv` and `gini` are null when the mean is 0 or negative (a spread relative to a
 * mean means nothing there); `theil` is null when any value is 0 or negative; the ratios are null
 * when their denominator (`min`, `q1`) is 0 or negative. The quantiles, the range and the ratios
 * are never weighted; `best` and `worst` list every authority tied at that value, in input order.
 */
export interface GapMeasures {
  n: number;
  mean: number;
  median: number;
  min: number;
  max: number;
  range: number;
  maxMinRatio: number | null;
  cv: number | null;
  gini: number | null;
  theil: number | null;
  q1: number;
  q3: number;
  quartileRatio: number | null;
  worst: string[];
  best: string[];
}

/** What is wrong with a value's weight (INVALID_WEIGHT). */
export const gapWeightFaults = ['missing', 'not-finite', 'not-positive'] as const;
export type GapWeightFault = (typeof gapWeightFaults)[number];

export const gapErrorCodes = ['TOO_FEW_VALUES', 'NON_FINITE_VALUE', 'INVALID_WEIGHT', 'DUPLICATE_AUTHORITY'] as const;
export type GapErrorCode = (typeof gapErrorCodes)[number];

/** The params of each error, by code: the figures and names its message gives. */
export interface GapErrorParams extends Record<GapErrorCode, object> {
  TOO_FEW_VALUES: { count: number };
  NON_FINITE_VALUE: { authorityId: string; value: string };
  INVALID_WEIGHT: { authorityId: string; weight: string | null; reason: GapWeightFault };
  DUPLICATE_AUTHORITY: { authorityId: string };
}

export class GapError<C extends GapErrorCode = GapErrorCode> extends Error {
  override readonly name = 'GapError';

  constructor(
    readonly code: C,
    readonly messages: LocalizedMessage,
    readonly params: Readonly<GapErrorParams[C]>,
  ) {
    super(messages.en);
  }
}

/** Constructors for every error, so that messages are written once. */
export const gapErrors = {
  tooFewValues: (count: number) =>
    new GapError(
      'TOO_FEW_VALUES',
      { en: `A gap needs the values of at least two authorities (got ${count})`, he: `למדידת פער נדרשים ערכים של שתי רשויות לפחות (התקבלו: ${count})` },
      { count },
    ),
  nonFiniteValue: (authorityId: string, value: number) =>
    new GapError(
      'NON_FINITE_VALUE',
      { en: `The value of "${authorityId}" must be a finite number (got ${value})`, he: `הערך של "${authorityId}" חייב להיות מספר סופי (התקבל ${value})` },
      { authorityId, value: String(value) },
    ),
  invalidWeight: (authorityId: string, weight: number | null, reason: GapWeightFault) => {
    const words: Record<GapWeightFault, LocalizedMessage> = {
      missing: { en: `The values are weighted, but "${authorityId}" has no weight`, he: `הערכים משוקללים, אך ל-"${authorityId}" אין משקל` },
      'not-finite': { en: `The weight of "${authorityId}" must be a finite number (got ${weight})`, he: `המשקל של "${authorityId}" חייב להיות מספר סופי (התקבל ${weight})` },
      'not-positive': { en: `The weight of "${authorityId}" must be positive (got ${weight})`, he: `המשקל של "${authorityId}" חייב להיות חיובי (התקבל ${weight})` },
    };
    return new GapError('INVALID_WEIGHT', words[reason], { authorityId, weight: weight === null ? null : String(weight), reason });
  },
  duplicateAuthority: (authorityId: string) =>
    new GapError('DUPLICATE_AUTHORITY', { en: `Authority "${authorityId}" is listed twice`, he: `הרשות "${authorityId}" מופיעה פעמיים` }, { authorityId }),
};

function weightFault(weight: number | null | undefined): GapWeightFault | null {
  if (weight === undefined || weight === null) return 'missing';
  if (!Number.isFinite(weight)) return 'not-finite';
  return weight > 0 ? null : 'not-positive';
}

/** The values and, when weighted, the weights (null otherwise: every weight 1), checked: the first fault in input order is thrown. */
function checked({ values, weighted = false }: GapInput): { xs: Float64Array; ws: Float64Array | null } {
  if (values.length < 2) throw gapErrors.tooFewValues(values.length);
  const seen = new Set<string>();
  const xs = new Float64Array(values.length);
  const ws = weighted ? new Float64Array(values.length) : null;
  for (let i = 0; i < values.length; i++) {
    const { authorityId, value, weight } = values[i]!;
    if (seen.has(authorityId)) throw gapErrors.duplicateAuthority(authorityId);
    seen.add(authorityId);
    if (!Number.isFinite(value)) throw gapErrors.nonFiniteValue(authorityId, value);
    xs[i] = value;
    if (ws === null) continue;
    const fault = weightFault(weight);
    if (fault) throw gapErrors.invalidWeight(authorityId, weight ?? null, fault);
    ws[i] = weight!;
  }
  return { xs, ws };
}

/**
 * The values in increasing order, with their weights in the same order; ties by weight, so that
 * every sum runs in one order whatever the input's, and the input's order changes no figure, to
 * the last bit. Unweighted, the typed array's own numeric sort (no comparator to call) does it.
 */
function increasing(xs: Float64Array, ws: Float64Array | null): { sorted: Float64Array; weights: Float64Array | null } {
  if (ws === null) return { sorted: xs.slice().sort(), weights: null };
  const order = Array.from(xs, (_, i) => i).sort((a, b) => xs[a]! - xs[b]! || ws[a]! - ws[b]!);
  const sorted = new Float64Array(xs.length);
  const weights = new Float64Array(xs.length);
  order.forEach((i, k) => {
    sorted[k] = xs[i]!;
    weights[k] = ws[i]!;
  });
  return { sorted, weights };
}

/** The p-quantile of sorted values, interpolated linearly between the order statistics at (n − 1)·p ("type 7"). */
function quantile(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const below = sorted[lo]!;
  return h === lo ? below : below + (h - lo) * (sorted[lo + 1]! - below);
}

const ratio = (numerator: number, denominator: number) => (denominator > 0 ? numerator / denominator : null);

/**
 * The mean, the coefficient of variation, Gini and Theil (as `GapMeasures` gives them) from the
 * values in increasing order. Gini = Σᵢ Σⱼ wᵢ wⱼ |xᵢ − xⱼ| / (2 (Σw)² mean): each pair is counted
 * once, by the larger of the two, as wᵢ (xᵢ Wᵢ − Sᵢ) with Wᵢ and Sᵢ the sums of w and w·x below it —
 * O(n) after the sort. Deviations from the mean stand for x there (the differences are the same),
 * so that large values close together lose no precision.
 */
function spread(sorted: Float64Array, weights: Float64Array | null) {
  const n = sorted.length;
  const min = sorted[0]!;
  const max = sorted[n - 1]!;
  let total = 0;
  let sum = 0;
  for (let k = 0; k < n; k++) {
    const w = weights === null ? 1 : weights[k]!;
    total += w;
    sum += w * sorted[k]!;
  }
  // Within [min, max] whatever the rounding, and exactly the value when all are equal.
  const mean = Math.min(max, Math.max(min, sum / total));
  let squares = 0;
  let theil = 0;
  let below = 0;
  let belowDeviation = 0;
  let pairs = 0;
  for (let k = 0; k < n; k++) {
    const w = weights === null ? 1 : weights[k]!;
    const d = sorted[k]! - mean;
    squares += w * d * d;
    pairs += w * (d * below - belowDeviation);
    below += w;
    belowDeviation += w * d;
    // A share so small that it rounds to 0 adds its limit, 0 (t ln t → 0), not 0 × −∞.
    const t = sorted[k]! / mean;
    if (t > 0) theil += w * t * Math.log(t);
  }
  return {
    mean,
    cv: mean > 0 ? Math.sqrt(squares / total) / mean : null,
    gini: mean > 0 ? Math.max(0, pairs / total / total / mean) : null,
    theil: min > 0 ? Math.max(0, theil / total) : null,
  };
}

/** The authorities whose value is `target`, in input order. */
const at = (input: GapInput, target: number) => input.values.filter((v) => v.value === target).map((v) => v.authorityId);

export function gapMeasures(input: GapInput): GapMeasures {
  const { xs, ws } = checked(input);
  const { sorted, weights } = increasing(xs, ws);
  const n = sorted.length;
  const min = sorted[0]!;
  const max = sorted[n - 1]!;
  const { mean, cv, gini, theil } = spread(sorted, weights);
  const q1 = quantile(sorted, 0.25);
  const q3 = quantile(sorted, 0.75);
  const higherIsBetter = input.direction === 'higher-is-better';
  return {
    n,
    mean,
    median: quantile(sorted, 0.5),
    min,
    max,
    range: max - min,
    maxMinRatio: ratio(max, min),
    cv,
    gini,
    theil,
    q1,
    q3,
    quartileRatio: ratio(q3, q1),
    worst: at(input, higherIsBetter ? min : max),
    best: at(input, higherIsBetter ? max : min),
  };
}
