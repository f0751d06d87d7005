import { parsePeriod } from '@eshkol/engine/measurement/periods';
import { describe, expect, it } from 'vitest';
import { baselineFault, entryOutcome, isFault, periodOfEntry, rangeFault, scopeFault } from './entry-rules';

/** What a value entered may be refused for, by table. */

const yearly = { frequency: 'year', minValue: 0, maxValue: 100 };
const today = '2026-06-15';
const codeOf = (x: unknown) => (isFault(x) ? x.code : 'ok');

describe('the period of a value', () => {
  it.each([
    ['2025', 'actual', 'ok'],
    ['2026', 'actual', 'ok'],
    ['2027', 'actual', 'MEASUREMENT_PERIOD_FUTURE'],
    ['2027', 'baseline', 'MEASUREMENT_PERIOD_FUTURE'],
    ['2027', 'target', 'ok'],
    ['2025-Q3', 'actual', 'MEASUREMENT_PERIOD_INVALID'],
    ['2025-07', 'target', 'MEASUREMENT_PERIOD_INVALID'],
    ['20255', 'actual', 'MEASUREMENT_PERIOD_INVALID'],
  ] as const)('%s as a %s value of a yearly indicator: %s', (period, kind, code) => {
    expect(codeOf(periodOfEntry(yearly, period, kind, today))).toBe(code);
  });

  it('gives the fault its figures, for the form and for the line of a sheet', () => {
    expect(periodOfEntry(yearly, '2025-Q3', 'actual', today)).toEqual({
      code: 'MEASUREMENT_PERIOD_INVALID',
      issue: 'period_invalid',
      path: 'period',
      params: { value: '2025-Q3', frequency: 'year' },
      message: 'not a period of the frequency year',
    });
  });
});

describe('the value, its range and its baseline', () => {
  it.each([
    [0, 'ok'],
    [100, 'ok'],
    [100.5, 'MEASUREMENT_VALUE_OUT_OF_RANGE'],
    [-1, 'MEASUREMENT_VALUE_OUT_OF_RANGE'],
  ])('%s in 0–100: %s', (value, code) => {
    expect(rangeFault(yearly, value)?.code ?? 'ok').toBe(code);
  });

  it('takes any value where the indicator has no range, and a baseline only of before the authority joined', () => {
    expect(rangeFault({ frequency: 'year', minValue: null, maxValue: null }, -1e9)).toBeNull();
    const y2024 = parsePeriod('2024')!;
    expect(baselineFault('baseline', y2024, 'A', '2025-01-01')).toBeNull();
    expect(baselineFault('baseline', y2024, 'A', '2024-12-31')?.code).toBe('MEASUREMENT_BASELINE_AFTER_JOIN');
    expect(baselineFault('baseline', y2024, 'A', null)).toBeNull();
    expect(baselineFault('actual', y2024, 'A', '2020-01-01')).toBeNull();
  });
});

describe('who enters for whom', () => {
  const staff = { role: 'cluster_staff', clusterSlug: 'negev', authorityId: null };
  const rep = { role: 'authority_rep', clusterSlug: null, authorityId: 'A' };
  it.each([
    [staff, 'negev', true, 'ok'],
    [staff, 'galil', true, 'MEASUREMENT_NOT_MEMBER'],
    [staff, null, true, 'MEASUREMENT_NOT_MEMBER'],
    [staff, 'galil', false, 'FORBIDDEN'],
    [rep, null, false, 'ok'],
    [{ ...rep, authorityId: 'B' }, 'negev', true, 'FORBIDDEN'],
    [{ role: 'ministry', clusterSlug: null, authorityId: null }, 'negev', true, 'FORBIDDEN'],
    [{ ...staff, clusterSlug: null }, 'negev', true, 'FORBIDDEN'],
  ])('%o for A, in %s in the period (ever in the cluster: %s): %s', (actor, clusterInPeriod, everInCluster, code) => {
    expect(scopeFault(actor, { authorityId: 'A', period: '2025', clusterInPeriod, everInCluster })?.code ?? 'ok').toBe(code);
  });
});

describe('what an entry does to the value there', () => {
  it.each([
    [null, 5, 'form', 'created'],
    [{ latestValue: 5, latestState: 'approved' }, 5, 'form', 'updated'],
    [{ latestValue: 5, latestState: 'approved' }, 5, 'import', 'unchanged'],
    [{ latestValue: 5, latestState: 'submitted' }, 5, 'import', 'unchanged'],
    [{ latestValue: 5, latestState: 'submitted' }, 6, 'import', 'MEASUREMENT_VALUE_PENDING'],
    [{ latestValue: 5, latestState: 'submitted' }, 5, 'form', 'MEASUREMENT_VALUE_PENDING'],
    [{ latestValue: 5, latestState: 'returned' }, 6, 'import', 'updated'],
  ] as const)('%o, %s from a %s: %s', (existing, value, from, outcome) => {
    const got = entryOutcome(existing, value, from);
    expect(isFault(got) ? got.code : got).toBe(outcome);
  });
});
