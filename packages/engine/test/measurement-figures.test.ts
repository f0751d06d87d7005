import { describe, expect, it } from 'vitest';
import { beforeAfter, type BeforeAfterSeries } from '../src/measurement/before-after';
import { parsePeriod } from '../src/measurement/periods';
import { serviceSavings } from '../src/measurement/savings';
import { gapsByGroup, gapsOf, gapTrend } from '../src/measurement/trend';

/** Before and after, the savings, and the gaps over time and by group: each against figures worked by hand. */

/** A yearly series: each year's value. */
const yearly = (authorityId: string, joinedOn: string | null, values: Record<string, number>): BeforeAfterSeries => ({
  authorityId,
  joinedOn,
  values: Object.entries(values).map(([year, value]) => ({ from: parsePeriod(year)!.from, to: parsePeriod(year)!.to, value })),
});

describe('before and after joining, against those that did not join', () => {
  // A unit cost (lower is better). A joins on 1 January 2024; B on 1 March 2025, so 2025 counts on neither side
  // of B; F joins with values before only; C, D and E did not join, and E has a value on one side only.
  const series = [
    yearly('A', '2024-01-01', { 2022: 100, 2023: 110, 2024: 90, 2025: 80 }),
    yearly('B', '2025-03-01', { 2023: 50, 2024: 60, 2025: 1000, 2026: 45 }),
    yearly('F', '2026-01-01', { 2025: 70 }),
    yearly('C', null, { 2022: 100, 2023: 100, 2024: 100, 2025: 100, 2026: 100 }),
    yearly('D', null, { 2022: 80, 2023: 90, 2024: 95, 2025: 105, 2026: 120 }),
    yearly('E', null, { 2022: 70 }),
  ];
  const result = beforeAfter({ series, direction: 'lower-is-better' });

  it('gives each joined authority its change, its control’s and their difference', () => {
    const [a, b, f] = result.joined;
    // A: before (100 + 110)/2 = 105 over 2 years, after (90 + 80)/2 = 85: −20.
    expect(a).toMatchObject({ authorityId: 'A', before: { mean: 105, n: 2 }, after: { mean: 85, n: 2 }, change: -20 });
    // Its control over 2022–2023 and 2024–: C 100 → 100, D 85 → (95 + 105 + 120)/3 = 320/3; together 92.5 → 310/3, +65/6.
    expect(a!.control!.before).toEqual({ mean: 92.5, n: 2 });
    expect(a!.control!.after.mean).toBeCloseTo(310 / 3, 12);
    expect(a!.control!.change).toBeCloseTo(65 / 6, 12);
    expect(a!.difference).toBeCloseTo(-20 - 65 / 6, 12);
    // B: before 2022–2024 (50 + 60)/2 = 55, after 2026 alone 45: −10; 2025 (the year it joined) is on neither side.
    expect(b).toMatchObject({ before: { mean: 55, n: 2 }, after: { mean: 45, n: 1 }, change: -10 });
    // Its control: C 100 → 100, D (80 + 90 + 95)/3 = 265/3 → 120; together 565/6 → 110, +95/6.
    expect(b!.control!.before.mean).toBeCloseTo(565 / 6, 12);
    expect(b!.control!.after.mean).toBe(110);
    expect(b!.difference).toBeCloseTo(-10 - 95 / 6, 12);
    // F has no value after: no change, no control, no difference.
    expect(f).toEqual({ authorityId: 'F', joinedOn: '2026-01-01', before: { mean: 70, n: 1 }, after: null, change: null, control: null, difference: null });
  });

  it('gives the figures together with the authorities behind each', () => {
    // Treated: A and B, (105 + 55)/2 = 80 → (85 + 45)/2 = 65, −15.
    expect(result.treated).toEqual({ before: { mean: 80, n: 2 }, after: { mean: 65, n: 2 }, change: -15 });
    // Control: (92.5 + 565/6)/2 = 560/6 → (310/3 + 110)/2 = 320/3; +80/6; C and D behind it (E never has both sides).
    expect(result.control!.before.n).toBe(2);
    expect(result.control!.before.mean).toBeCloseTo(560 / 6, 12);
    expect(result.control!.after.mean).toBeCloseTo(320 / 3, 12);
    expect(result.control!.change).toBeCloseTo(80 / 6, 12);
    // The difference: −15 − 80/6 = −85/3, of 2 joined authorities against 2 that did not join; lower is better, so +85/3 is an improvement.
    expect(result.difference!.value).toBeCloseTo(-85 / 3, 12);
    expect(result.difference).toMatchObject({ n: 2, controls: 2 });
    expect(result.improvement).toBeCloseTo(85 / 3, 12);
  });

  it('has no control where every authority joined, and nothing where none did', () => {
    const all = beforeAfter({ series: series.slice(0, 2), direction: 'higher-is-better' });
    expect(all.treated).toEqual({ before: { mean: 80, n: 2 }, after: { mean: 65, n: 2 }, change: -15 });
    expect(all).toMatchObject({ control: null, difference: null, improvement: null });
    expect(all.joined.every((j) => j.control === null && j.difference === null)).toBe(true);
    expect(beforeAfter({ series: series.slice(3), direction: 'higher-is-better' })).toEqual({ joined: [], treated: null, control: null, difference: null, improvement: null });
  });
});

describe('a service’s savings', () => {
  it('holds the measured cost against the baseline and the promise, to the agora, counting who is behind each total', () => {
    const result = serviceSavings([
      // 1,000 tons: 420 ₪ a ton before, 380 measured, 390 promised.
      { authorityId: 'A', quantity: 1000, baselineUnitCost: 420, measuredUnitCost: 380, promisedUnitCost: 390 },
      // 250.5 tons at 300.125 before (75,181.3125 ₪ → 7,518,131 agorot), 310 measured (77,655 ₪), no promise.
      { authorityId: 'B', quantity: 250.5, baselineUnitCost: 300.125, measuredUnitCost: 310, promisedUnitCost: null },
      // 10 units: 50 ₪ measured against 40 promised, −10 ₪.
      { authorityId: 'C', quantity: 10, baselineUnitCost: null, measuredUnitCost: 5, promisedUnitCost: 4 },
    ]);
    expect(result.rows[0]).toEqual({
      authorityId: 'A', quantity: 1000, baselineCostAgorot: 42_000_000, measuredCostAgorot: 38_000_000, promisedCostAgorot: 39_000_000,
      achievedAgorot: 4_000_000, promisedAgorot: 3_000_000, againstPromiseAgorot: 1_000_000,
    });
    expect(result.rows[1]).toMatchObject({ baselineCostAgorot: 7_518_131, measuredCostAgorot: 7_765_500, achievedAgorot: -247_369, promisedAgorot: null, againstPromiseAgorot: null });
    expect(result.rows[2]).toMatchObject({ baselineCostAgorot: null, achievedAgorot: null, promisedAgorot: null, againstPromiseAgorot: -1000 });
    expect(result.totals).toEqual({ achieved: { agorot: 4_000_000 - 247_369, n: 2 }, promised: { agorot: 3_000_000, n: 1 }, againstPromise: { agorot: 1_000_000 - 1000, n: 2 } });
  });
});

describe('the gaps over time and by group', () => {
  const values = (xs: Record<string, number>) => Object.entries(xs).map(([authorityId, value]) => ({ authorityId, value }));

  it('measures each period, and gives one value its mean without a spread', () => {
    const trend = gapTrend(
      [
        { period: '2024', values: values({ A: 2, B: 4, C: 6, D: 8 }) },
        { period: '2025', values: values({ A: 3 }) },
        { period: '2026', values: [] },
      ],
      'higher-is-better',
    );
    // 2, 4, 6, 8: mean 5, range 6, Gini 40 / (2 · 16 · 5) = 0.25 (as the gap measures' own table has it).
    expect(trend[0]).toMatchObject({ period: '2024', n: 4, mean: 5, gaps: { range: 6, gini: 0.25, best: ['D'], worst: ['A'] } });
    expect(trend.slice(1)).toEqual([
      { period: '2025', n: 1, mean: 3, gaps: null },
      { period: '2026', n: 0, mean: null, gaps: null },
    ]);
  });

  it('splits by group in increasing order, the unknown last', () => {
    const cluster: Record<string, number | null> = { A: 3, B: 3, C: 1, D: null, E: 3 };
    const groups = gapsByGroup(values({ A: 10, B: 20, C: 5, D: 7, E: 30 }), (id) => cluster[id] ?? null, 'lower-is-better');
    expect(groups.map((g) => [g.group, g.n, g.mean])).toEqual([[1, 1, 5], [3, 3, 20], [null, 1, 7]]);
    // 10, 20, 30: range 20, max/min 3; lower is better, so A is best.
    expect(groups[1]!.gaps).toMatchObject({ range: 20, maxMinRatio: 3, best: ['A'], worst: ['E'] });
    expect(gapsOf([], 'higher-is-better')).toEqual({ n: 0, mean: null, gaps: null });
  });
});
