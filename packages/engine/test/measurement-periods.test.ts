import { describe, expect, it } from 'vitest';
import { dueItems, duePeriods, measuredIn } from '../src/measurement/due';
import { addDays, comparePeriods, nextPeriod, parsePeriod, periodAt, periodFault, periodOfDay, periodsBetween, yearFraction, type Frequency } from '../src/measurement/periods';

/** An indicator's periods and the values owed in them, by table. */

describe('a period as written', () => {
  it.each([
    ['2025', 'year', 1, '2025-01-01', '2025-12-31'],
    ['2024-H1', 'half', 1, '2024-01-01', '2024-06-30'],
    ['2024-H2', 'half', 2, '2024-07-01', '2024-12-31'],
    ['2025-Q1', 'quarter', 1, '2025-01-01', '2025-03-31'],
    ['2025-Q3', 'quarter', 3, '2025-07-01', '2025-09-30'],
    ['2024-02', 'month', 2, '2024-02-01', '2024-02-29'],
    ['2025-02', 'month', 2, '2025-02-01', '2025-02-28'],
    ['2025-12', 'month', 12, '2025-12-01', '2025-12-31'],
  ] as const)('%s is a %s, from %s… ', (text, frequency, index, from, to) => {
    expect(parsePeriod(text)).toEqual({ frequency, key: text, year: Number(text.slice(0, 4)), index, from, to });
  });

  it.each(['', '25', '2025-Q5', '2025-Q0', '2025-H3', '2025-13', '2025-00', '2025-1', '2025-q1', ' 2025', '2025-07-01', '1949', '2101', 'abcd'])('%j is none', (text) => {
    expect(parsePeriod(text)).toBeNull();
    expect(periodFault(text, 'year')).toBe('malformed');
  });

  it.each([
    ['2025', 'year', null],
    ['2025-Q3', 'year', 'other-frequency'],
    ['2025', 'quarter', 'other-frequency'],
    ['2025-07', 'quarter', 'other-frequency'],
    ['2025-07', 'month', null],
    ['2025-H2', 'half', null],
  ] as const)('%s for a %s indicator: %s', (text, frequency, fault) => {
    expect(periodFault(text, frequency)).toBe(fault);
  });
});

describe('periods in order', () => {
  it.each([
    ['2025-08-14', 'year', '2025'],
    ['2025-08-14', 'half', '2025-H2'],
    ['2025-06-30', 'half', '2025-H1'],
    ['2025-08-14', 'quarter', '2025-Q3'],
    ['2025-10-01', 'quarter', '2025-Q4'],
    ['2025-08-14', 'month', '2025-08'],
  ] as const)('%s falls in the %s %s', (day, frequency: Frequency, key) => {
    expect(periodOfDay(day, frequency)?.key).toBe(key);
  });

  it('steps over the year’s end and lists a span, both ends included', () => {
    expect(nextPeriod(parsePeriod('2025-Q4')!)?.key).toBe('2026-Q1');
    expect(nextPeriod(parsePeriod('2025-12')!)?.key).toBe('2026-01');
    expect(nextPeriod(parsePeriod('2100')!)).toBeNull();
    expect(periodsBetween(parsePeriod('2024-Q3')!, parsePeriod('2025-Q2')!).map((p) => p.key)).toEqual(['2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2']);
    expect(periodsBetween(parsePeriod('2025')!, parsePeriod('2024')!)).toEqual([]);
    expect(() => periodsBetween(parsePeriod('2025')!, parsePeriod('2025-Q1')!)).toThrow(RangeError);
    expect(comparePeriods(parsePeriod('2024-12')!, parsePeriod('2025-01')!)).toBeLessThan(0);
    expect(periodAt('quarter', 2025, 5)).toBeNull();
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect([yearFraction('year'), yearFraction('half'), yearFraction('quarter'), yearFraction('month')]).toEqual([1, 1 / 2, 1 / 4, 1 / 12]);
  });
});

describe('the values owed', () => {
  const quarterly = { frequency: 'quarter', fromPeriod: '2025-Q1', dueDays: 30 } as const;

  it('owes each period that has ended, overdue past its days of grace', () => {
    // 2025-Q1 ended on 31 March, due 30 April; Q2 ended 30 June, due 30 July; Q3 ends 30 September, not yet owed.
    expect(duePeriods(quarterly, '2025-07-30').map((d) => [d.period.key, d.dueOn, d.overdue])).toEqual([
      ['2025-Q1', '2025-04-30', true],
      ['2025-Q2', '2025-07-30', false],
    ]);
    expect(duePeriods(quarterly, '2025-07-31').map((d) => d.overdue)).toEqual([true, true]);
    expect(duePeriods(quarterly, '2025-03-31')).toEqual([]);
    expect(duePeriods({ frequency: 'year', fromPeriod: '2023', dueDays: 90 }, '2025-02-01').map((d) => [d.period.key, d.dueOn, d.overdue])).toEqual([
      ['2023', '2024-03-30', true],
      ['2024', '2025-03-31', false],
    ]);
    expect(() => duePeriods({ ...quarterly, fromPeriod: '2025' }, '2025-07-30')).toThrow(RangeError);
  });

  it('owes only by the authorities measured in the period, and not what is approved or waiting', () => {
    const q = parsePeriod('2025-Q2')!;
    expect(measuredIn({ authorityId: 'A', from: '2025-06-30', until: null }, q)).toBe(true);
    expect(measuredIn({ authorityId: 'A', from: '2025-07-01', until: null }, q)).toBe(false);
    expect(measuredIn({ authorityId: 'A', from: null, until: '2025-04-01' }, q)).toBe(false);
    expect(measuredIn({ authorityId: 'A', from: null, until: '2025-04-02' }, q)).toBe(true);
    expect(measuredIn({ authorityId: 'A', from: null, until: '2025-04-01' }, parsePeriod('2025-Q3')!)).toBe(false);
    expect(measuredIn({ authorityId: 'A', from: null, until: '2025-04-01' }, parsePeriod('2025-Q1')!)).toBe(true);

    const measured = [
      { authorityId: 'A', from: null, until: null },
      { authorityId: 'B', from: '2025-05-01', until: null },
      { authorityId: 'C', from: null, until: null },
    ];
    const standing = (id: string, period: string) => (id === 'A' && period === '2025-Q1' ? 'approved' : id === 'C' && period === '2025-Q1' ? 'returned' : id === 'C' && period === '2025-Q2' ? 'submitted' : null);
    expect(dueItems(quarterly, '2025-08-15', measured, standing).map((d) => [d.authorityId, d.period.key, d.overdue, d.returned])).toEqual([
      ['C', '2025-Q1', true, true],
      ['A', '2025-Q2', true, false],
      ['B', '2025-Q2', true, false],
    ]);
  });
});
