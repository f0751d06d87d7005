import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GapError, gapErrorCodes, gapMeasures, type GapDirection, type GapErrorCode, type GapInput, type GapMeasures, type GapValue } from '../src/measurement/gaps';

/** The gaps between authorities on one indicator: hand-computed cases, the errors, then properties. */

const input = (values: readonly (readonly [string, number, number?])[], over: Partial<GapInput> = {}): GapInput => ({
  values: values.map(([authorityId, value, weight]) => (weight === undefined ? { authorityId, value } : { authorityId, value, weight })),
  direction: 'higher-is-better',
  ...over,
});

describe('the measures, by hand', () => {
  it('four values unweighted', () => {
    // 2, 4, 6, 8: mean 5; σ² = (9 + 1 + 1 + 9)/4 = 5, cv = √5/5.
    // Gini: the pairs differ by 2, 4, 6, 2, 4, 2 = 20, each counted both ways: 40 / (2 · 4² · 5) = 0.25.
    // Theil: ¼ Σ (x/5) ln(x/5). Quantiles at (n − 1)p: median at 1.5 → 4 + ½·2 = 5, q1 at 0.75 → 2 + ¾·2 = 3.5,
    // q3 at 2.25 → 6 + ¼·2 = 6.5, q3/q1 = 13/7; max/min = 4.
    const theil = (0.4 * Math.log(0.4) + 0.8 * Math.log(0.8) + 1.2 * Math.log(1.2) + 1.6 * Math.log(1.6)) / 4;
    expectMeasures(gapMeasures(input([['A', 2], ['B', 4], ['C', 6], ['D', 8]])), {
      n: 4, mean: 5, median: 5, min: 2, max: 8, range: 6, maxMinRatio: 4, cv: Math.sqrt(5) / 5, gini: 0.25, theil,
      q1: 3.5, q3: 6.5, quartileRatio: 13 / 7, worst: ['A'], best: ['D'],
    });
    expect(theil).toBeCloseTo(0.10644, 5);
  });

  it('two values weighted by population (the README example)', () => {
    // Σw = 15,000; mean = (12,000 · 12.5 + 3,000 · 7) / 15,000 = 171,000 / 15,000 = 11.4.
    // σ² = (12,000 · 1.1² + 3,000 · 4.4²) / 15,000 = (14,520 + 58,080) / 15,000 = 4.84, σ = 2.2, cv = 2.2/11.4 = 11/57.
    // Gini = 2 · 12,000 · 3,000 · 5.5 / (2 · 15,000² · 11.4) = 198,000,000 / 2,565,000,000 = 22/285.
    // Theil = 0.8 · (12.5/11.4) ln(12.5/11.4) + 0.2 · (7/11.4) ln(7/11.4).
    // Unweighted: median 9.75, q1 = 7 + ¼ · 5.5 = 8.375, q3 = 11.125, q3/q1 = 89/67; max/min = 25/14.
    const theil = 0.8 * (12.5 / 11.4) * Math.log(12.5 / 11.4) + 0.2 * (7 / 11.4) * Math.log(7 / 11.4);
    expectMeasures(gapMeasures(input([['A', 12.5, 12_000], ['B', 7, 3_000]], { weighted: true })), {
      n: 2, mean: 11.4, median: 9.75, min: 7, max: 12.5, range: 5.5, maxMinRatio: 25 / 14, cv: 11 / 57, gini: 22 / 285, theil,
      q1: 8.375, q3: 11.125, quartileRatio: 89 / 67, worst: ['B'], best: ['A'],
    });
  });

  it('three values weighted 1, 2, 1, as if the middle one were there twice', () => {
    // Σw = 4, mean = (1 + 4 + 4)/4 = 2.25; σ² = (1.25² + 2 · 0.25² + 1.75²)/4 = 4.75/4 = 1.1875.
    // Gini: w·w·|Δ| over the pairs, 1·2·1 + 1·1·3 + 2·1·2 = 9, both ways 18: 18 / (2 · 4² · 2.25) = 0.25.
    // Theil: ¼ [(4/9) ln(4/9) + 2 (8/9) ln(8/9) + (16/9) ln(16/9)]. Quantiles unweighted: 1.5, 2, 3.
    const t = (x: number) => (x / 2.25) * Math.log(x / 2.25);
    expectMeasures(gapMeasures(input([['A', 1, 1], ['B', 2, 2], ['C', 4, 1]], { weighted: true, direction: 'lower-is-better' })), {
      n: 3, mean: 2.25, median: 2, min: 1, max: 4, range: 3, maxMinRatio: 4, cv: Math.sqrt(1.1875) / 2.25, gini: 0.25, theil: (t(1) + 2 * t(2) + t(4)) / 4,
      q1: 1.5, q3: 3, quartileRatio: 2, worst: ['C'], best: ['A'],
    });
  });

  it('ignores the weights unless weighted, even weights that could not be used', () => {
    const values: [string, number, number][] = [['A', 2, 0], ['B', 4, -1], ['C', 6, Number.NaN], ['D', 8, 5]];
    expect(gapMeasures(input(values))).toEqual(gapMeasures(input([['A', 2], ['B', 4], ['C', 6], ['D', 8]])));
  });

  it('lists every authority tied for best and worst, in input order', () => {
    const tied = gapMeasures(input([['A', 3], ['B', 1], ['C', 3], ['D', 1]], { direction: 'lower-is-better' }));
    expect([tied.best, tied.worst]).toEqual([['B', 'D'], ['A', 'C']]);
    const higher = gapMeasures(input([['A', 3], ['B', 1], ['C', 3], ['D', 1]]));
    expect([higher.best, higher.worst]).toEqual([['A', 'C'], ['B', 'D']]);
    const equal = gapMeasures(input([['A', 7], ['B', 7], ['C', 7]]));
    expect(equal).toMatchObject({ best: ['A', 'B', 'C'], worst: ['A', 'B', 'C'], range: 0, cv: 0, gini: 0, theil: 0, maxMinRatio: 1, quartileRatio: 1 });
  });
});

describe('means of zero or below, and values of zero or below', () => {
  it('a mean of 0: no cv or Gini, no Theil, no ratios over a denominator of 0 or below', () => {
    // −2 and 2: mean 0; q1 = −2 + ¼ · 4 = −1, q3 = 1.
    expect(gapMeasures(input([['A', -2], ['B', 2]], { direction: 'lower-is-better' }))).toEqual({
      n: 2, mean: 0, median: 0, min: -2, max: 2, range: 4, maxMinRatio: null, cv: null, gini: null, theil: null,
      q1: -1, q3: 1, quartileRatio: null, worst: ['B'], best: ['A'],
    });
  });

  it('a negative mean: no cv or Gini either', () => {
    expect(gapMeasures(input([['A', -5], ['B', -1]]))).toMatchObject({ mean: -3, cv: null, gini: null, theil: null, maxMinRatio: null, quartileRatio: null });
    expect(gapMeasures(input([['A', -4], ['B', -4]]))).toMatchObject({ mean: -4, range: 0, cv: null, gini: null, theil: null });
  });

  it('a value of 0 with a positive mean: cv and Gini, but no Theil and no max/min', () => {
    // 0 and 10: mean 5, σ = 5, cv = 1; Gini = 2 · 10 / (2 · 2² · 5) = 0.5; q1 = 2.5, q3 = 7.5.
    expect(gapMeasures(input([['A', 0], ['B', 10]]))).toMatchObject({ mean: 5, cv: 1, gini: 0.5, theil: null, maxMinRatio: null, q1: 2.5, q3: 7.5, quartileRatio: 3 });
  });

  it('a negative value with a positive mean: Gini beyond 1', () => {
    // −2 and 4: mean 1, σ = 3, cv = 3; Gini = 2 · 6 / (2 · 2² · 1) = 1.5.
    expect(gapMeasures(input([['A', -2], ['B', 4]]))).toMatchObject({ mean: 1, cv: 3, gini: 1.5, theil: null });
  });
});

function errorOf(request: GapInput): GapError {
  try {
    gapMeasures(request);
  } catch (error) {
    if (error instanceof GapError) return error;
    throw error;
  }
  throw new Error('expected a GapError');
}

describe('the errors', () => {
  const weighted = (weight: number | null | undefined): GapInput => ({
    values: [{ authorityId: 'A', value: 1, weight: 2 }, weight === undefined ? { authorityId: 'B', value: 3 } : { authorityId: 'B', value: 3, weight }],
    direction: 'higher-is-better',
    weighted: true,
  });
  const cases: [string, GapInput, GapErrorCode, object, string, string][] = [
    ['no value', input([]), 'TOO_FEW_VALUES', { count: 0 }, 'at least two authorities (got 0)', 'שתי רשויות לפחות (התקבלו: 0)'],
    ['one value', input([['A', 1]]), 'TOO_FEW_VALUES', { count: 1 }, 'at least two authorities (got 1)', 'שתי רשויות לפחות (התקבלו: 1)'],
    ['NaN', input([['A', 1], ['B', Number.NaN]]), 'NON_FINITE_VALUE', { authorityId: 'B', value: 'NaN' }, 'The value of "B" must be a finite number (got NaN)', 'הערך של "B" חייב להיות מספר סופי'],
    ['an infinite value', input([['A', -Infinity], ['B', 1]]), 'NON_FINITE_VALUE', { authorityId: 'A', value: '-Infinity' }, '(got -Infinity)', '(התקבל -Infinity)'],
    ['a missing weight', weighted(undefined), 'INVALID_WEIGHT', { authorityId: 'B', weight: null, reason: 'missing' }, 'The values are weighted, but "B" has no weight', 'ל-"B" אין משקל'],
    ['a null weight', weighted(null), 'INVALID_WEIGHT', { authorityId: 'B', weight: null, reason: 'missing' }, '"B" has no weight', 'אין משקל'],
    ['a zero weight', weighted(0), 'INVALID_WEIGHT', { authorityId: 'B', weight: '0', reason: 'not-positive' }, 'The weight of "B" must be positive (got 0)', 'המשקל של "B" חייב להיות חיובי (התקבל 0)'],
    ['a negative weight', weighted(-3), 'INVALID_WEIGHT', { authorityId: 'B', weight: '-3', reason: 'not-positive' }, 'must be positive (got -3)', 'חיובי (התקבל -3)'],
    ['an infinite weight', weighted(Infinity), 'INVALID_WEIGHT', { authorityId: 'B', weight: 'Infinity', reason: 'not-finite' }, 'The weight of "B" must be a finite number (got Infinity)', 'מספר סופי'],
    ['a weight of NaN', weighted(Number.NaN), 'INVALID_WEIGHT', { authorityId: 'B', weight: 'NaN', reason: 'not-finite' }, 'must be a finite number (got NaN)', 'מספר סופי'],
    ['an authority twice', input([['A', 1], ['B', 2], ['A', 3]]), 'DUPLICATE_AUTHORITY', { authorityId: 'A' }, 'Authority "A" is listed twice', 'הרשות "A" מופיעה פעמיים'],
  ];

  it.each(cases)('%s', (_, request, code, params, en, he) => {
    const error = errorOf(request);
    expect(error).toMatchObject({ name: 'GapError', code, params, message: error.messages.en });
    expect(error.messages.en).toContain(en);
    expect(error.messages.he).toContain(he);
  });

  it('every code is one of the cases above', () => {
    expect(new Set(cases.map(([, , code]) => code))).toEqual(new Set(gapErrorCodes));
  });

  it('the first fault in input order is the one told', () => {
    expect(errorOf(input([['A', Number.NaN], ['A', 1]])).code).toBe('NON_FINITE_VALUE');
    expect(errorOf(input([['A', 1], ['A', Number.NaN]])).code).toBe('DUPLICATE_AUTHORITY');
    expect(errorOf({ ...weighted(0), values: [{ authorityId: 'A', value: 1 }, { authorityId: 'B', value: Number.NaN, weight: 0 }] }).params).toEqual({ authorityId: 'A', weight: null, reason: 'missing' });
  });
});

/** Every figure equal, or as close as floating point allows: within a billionth of the larger, or 10⁻¹² near 0. */
const close = (a: number | null, b: number | null) => a === b || (a !== null && b !== null && Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)) + 1e-12);

function expectMeasures(actual: GapMeasures, expected: GapMeasures): void {
  const { worst, best, ...figures } = actual;
  expect({ worst, best }).toEqual({ worst: expected.worst, best: expected.best });
  for (const [name, value] of Object.entries(figures)) expect(close(value, expected[name as keyof typeof figures]), `${name}: ${value} against ${expected[name as keyof typeof figures]}`).toBe(true);
}

const runs = { numRuns: 200 };
const directions = fc.constantFrom<GapDirection>('higher-is-better', 'lower-is-better');
/** A value and a weight; `+ 0` makes −0 plain 0, so that equal values look alike. */
const entry = (value: fc.Arbitrary<number>) => fc.record({ value: value.map((x) => x + 0), weight: fc.double({ min: 1e-3, max: 1e6, noNaN: true }) });
const anyValue = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const positiveValue = fc.double({ min: 1e-3, max: 1e6, noNaN: true });
/** Few distinct values: many ties. */
const tiedValue = fc.integer({ min: 0, max: 4 });

const gapInput = (value: fc.Arbitrary<number>, maxLength = 60) =>
  fc.record({ entries: fc.array(entry(value), { minLength: 2, maxLength }), direction: directions, weighted: fc.boolean() }).map(
    ({ entries, direction, weighted }): GapInput => ({ values: entries.map((e, i): GapValue => ({ authorityId: `a${i}`, ...e })), direction, weighted }),
  );

/** Gini by its definition, Σᵢ Σⱼ wᵢ wⱼ |xᵢ − xⱼ| / (2 (Σw)² mean): every pair, O(n²). */
function giniByDefinition({ values, weighted }: GapInput, mean: number): number {
  const w = (v: GapValue) => (weighted ? v.weight! : 1);
  let pairs = 0;
  let total = 0;
  for (const a of values) {
    total += w(a);
    for (const b of values) pairs += w(a) * w(b) * Math.abs(a.value - b.value);
  }
  return pairs / (2 * total * total * mean);
}

describe('properties', () => {
  it('Gini in O(n log n) equals its O(n²) definition, weighted or not', () => {
    for (const value of [anyValue, positiveValue, tiedValue]) {
      fc.assert(
        fc.property(gapInput(value), (request) => {
          const { gini, mean } = gapMeasures(request);
          expect(gini === null).toBe(mean <= 0);
          if (gini !== null) expect(close(gini, giniByDefinition(request, mean)), `${gini} against ${giniByDefinition(request, mean)}`).toBe(true);
        }),
        runs,
      );
    }
  });

  it('scaling every value by a positive constant leaves cv, Gini and Theil as they were, and scales the mean', () => {
    fc.assert(
      fc.property(gapInput(positiveValue), fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (request, c) => {
        const before = gapMeasures(request);
        const after = gapMeasures({ ...request, values: request.values.map((v) => ({ ...v, value: v.value * c })) });
        for (const name of ['cv', 'gini', 'theil'] as const) expect(close(after[name], before[name]), `${name}: ${after[name]} against ${before[name]}`).toBe(true);
        expect(close(after.mean, before.mean * c)).toBe(true);
      }),
      runs,
    );
  });

  it('equal values have no spread: cv, Gini, Theil and the range are 0', () => {
    fc.assert(
      fc.property(positiveValue, gapInput(positiveValue), (x, request) => {
        const measures = gapMeasures({ ...request, values: request.values.map((v) => ({ ...v, value: x })) });
        expect(measures).toMatchObject({ mean: x, cv: 0, gini: 0, theil: 0, range: 0 });
        expect(measures.best).toEqual(measures.worst);
      }),
      runs,
    );
  });

  it('the order of the input changes no figure, to the last bit, only the order of best and worst', () => {
    const shuffled = fc.oneof(gapInput(anyValue), gapInput(tiedValue)).chain((request) =>
      fc.shuffledSubarray([...request.values], { minLength: request.values.length, maxLength: request.values.length }).map((values) => [request, { ...request, values }] as const),
    );
    fc.assert(
      fc.property(shuffled, ([request, permuted]) => {
        const a = gapMeasures(request);
        const b = gapMeasures(permuted);
        expect({ ...b, best: a.best, worst: a.worst }).toEqual(a);
        expect([[...b.best].sort(), [...b.worst].sort()]).toEqual([[...a.best].sort(), [...a.worst].sort()]);
        const inOrder = (ids: string[]) => permuted.values.map((v) => v.authorityId).filter((id) => ids.includes(id));
        expect([b.best, b.worst]).toEqual([inOrder(b.best), inOrder(b.worst)]);
      }),
      runs,
    );
  });

  it('a whole weight k counts as the value listed k times', () => {
    const whole = fc.array(fc.record({ value: positiveValue, weight: fc.integer({ min: 1, max: 4 }) }), { minLength: 2, maxLength: 30 });
    fc.assert(
      fc.property(whole, directions, (entries, direction) => {
        const weighted = gapMeasures({ values: entries.map((e, i) => ({ authorityId: `a${i}`, ...e })), direction, weighted: true });
        const listed = entries.flatMap((e, i) => Array.from({ length: e.weight }, (_, k) => ({ authorityId: `a${i}#${k}`, value: e.value })));
        const repeated = gapMeasures({ values: listed, direction });
        for (const name of ['mean', 'cv', 'gini', 'theil'] as const) expect(close(weighted[name], repeated[name]), `${name}: ${weighted[name]} against ${repeated[name]}`).toBe(true);
      }),
      runs,
    );
  });

  it('a value so small beside the others that its share rounds to 0 adds nothing to Theil', () => {
    const m = gapMeasures(input([['A', 6], ['B', 5e-324], ['C', 5e-324]]));
    expect(m.theil).not.toBeNaN();
    expect(close(m.theil, Math.log(3))).toBe(true);
  });

  it('the figures keep their order and bounds', () => {
    fc.assert(
      fc.property(fc.oneof(gapInput(anyValue), gapInput(positiveValue), gapInput(tiedValue)), (request) => {
        const m = gapMeasures(request);
        expect(m.n).toBe(request.values.length);
        expect([m.min <= m.q1, m.q1 <= m.median, m.median <= m.q3, m.q3 <= m.max, m.min <= m.mean, m.mean <= m.max]).toEqual([true, true, true, true, true, true]);
        if (m.cv !== null) expect(m.cv).toBeGreaterThanOrEqual(0);
        if (m.theil !== null) expect(m.theil).toBeGreaterThanOrEqual(0);
        if (m.gini !== null && m.min >= 0) expect(m.gini).toBeLessThanOrEqual(1);
        const ends = [...m.best, ...m.worst].map((id) => request.values.find((v) => v.authorityId === id)!.value);
        expect(ends.every((x) => x === m.min || x === m.max)).toBe(true);
      }),
      runs,
    );
  });
});
