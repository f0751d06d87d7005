/**
 * The periods an indicator is measured in: a year (`2025`), a half (`2025-H1`), a quarter
 * (`2025-Q3`) or a month (`2025-07`). Each is a span of calendar days, from its first day to its
 * last, written as ISO days. Pure: no clock, no time zone — "today" is given as a day.
 */

export const frequencies = ['year', 'half', 'quarter', 'month'] as const;
export type Frequency = (typeof frequencies)[number];

/** The years a period may fall in: wide enough for any baseline and any target. */
export const periodLimits = { minYear: 1950, maxYear: 2100, maxPeriods: 1200 } as const;

/** How many periods of each frequency a year holds. */
const perYear: Record<Frequency, number> = { year: 1, half: 2, quarter: 4, month: 12 };
const monthsOf: Record<Frequency, number> = { year: 12, half: 6, quarter: 3, month: 1 };

export interface Period {
  readonly frequency: Frequency;
  /** As it is written: `2025`, `2025-H1`, `2025-Q3`, `2025-07`. */
  readonly key: string;
  readonly year: number;
  /** Its place in its year, from 1 (the year itself is 1). */
  readonly index: number;
  /** Its first and last days. */
  readonly from: string;
  readonly to: string;
}

/** Why a text is not a period of an indicator: not a period at all, or one of another frequency. */
export type PeriodFault = 'malformed' | 'other-frequency';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function keyOf(frequency: Frequency, year: number, index: number): string {
  switch (frequency) {
    case 'year':
      return String(year);
    case 'half':
      return `${year}-H${index}`;
    case 'quarter':
      return `${year}-Q${index}`;
    case 'month':
      return `${year}-${pad(index)}`;
  }
}

/** The period of a frequency, year and index (1-based); null when out of range. */
export function periodAt(frequency: Frequency, year: number, index: number): Period | null {
  if (!Number.isInteger(year) || !Number.isInteger(index)) return null;
  if (year < periodLimits.minYear || year > periodLimits.maxYear || index < 1 || index > perYear[frequency]) return null;
  const firstMonth = (index - 1) * monthsOf[frequency] + 1;
  const lastMonth = firstMonth + monthsOf[frequency] - 1;
  return {
    frequency,
    key: keyOf(frequency, year, index),
    year,
    index,
    from: `${pad(year, 4)}-${pad(firstMonth)}-01`,
    to: `${pad(year, 4)}-${pad(lastMonth)}-${pad(lastDayOfMonth(year, lastMonth))}`,
  };
}

const shapes: readonly [Frequency, RegExp][] = [
  ['year', /^(\d{4})$/],
  ['half', /^(\d{4})-H([12])$/],
  ['quarter', /^(\d{4})-Q([1-4])$/],
  ['month', /^(\d{4})-(\d{2})$/],
];

/** A period as written, whatever its frequency; null when the text is none (`2025-Q5`, `2025-13`, `25`). */
export function parsePeriod(text: string): Period | null {
  for (const [frequency, shape] of shapes) {
    const m = shape.exec(text);
    if (m) return periodAt(frequency, Number(m[1]), m[2] === undefined ? 1 : Number(m[2]));
  }
  return null;
}

/** Why `text` is not a period of the frequency, or null when it is one. */
export function periodFault(text: string, frequency: Frequency): PeriodFault | null {
  const p = parsePeriod(text);
  if (!p) return 'malformed';
  return p.frequency === frequency ? null : 'other-frequency';
}

/** The period of the frequency a day falls in (`2025-08-14` → `2025-Q3`); null for a day out of range. */
export function periodOfDay(day: string, frequency: Frequency): Period | null {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  return periodAt(frequency, year, Math.floor((month - 1) / monthsOf[frequency]) + 1);
}

/** The period after; null past the last year. */
export function nextPeriod(p: Period): Period | null {
  return p.index < perYear[p.frequency] ? periodAt(p.frequency, p.year, p.index + 1) : periodAt(p.frequency, p.year + 1, 1);
}

/** Negative, zero or positive as `a` comes before, is, or comes after `b` (of one frequency). */
export const comparePeriods = (a: Period, b: Period) => a.year - b.year || a.index - b.index;

/**
 * Every period from `from` to `to`, both included, in order (none when `to` is before `from`).
 * Both of one frequency; at most `periodLimits.maxPeriods` (a century of months), the first ones.
 */
export function periodsBetween(from: Period, to: Period): Period[] {
  if (from.frequency !== to.frequency) throw new RangeError(`periods of two frequencies: ${from.key} and ${to.key}`);
  const out: Period[] = [];
  for (let p: Period | null = from; p && comparePeriods(p, to) <= 0 && out.length < periodLimits.maxPeriods; p = nextPeriod(p)) out.push(p);
  return out;
}

/** The day `days` after `day` (both ISO days). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The fraction of a year a period is: a year 1, a half ½, a quarter ¼, a month 1/12. */
export const yearFraction = (frequency: Frequency) => 1 / perYear[frequency];
