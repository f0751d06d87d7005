/**
 * Which values are owed: an indicator is measured from its first period on; a period's actual
 * value is owed once the period has ended, by each authority measured in it, and is overdue once
 * the indicator's days of grace after the period's last day have passed. A value approved, or
 * waiting for approval, is owed no more; a returned one is owed again.
 */
import { addDays, nextPeriod, parsePeriod, periodLimits, type Frequency, type Period } from './periods';

export interface DueRule {
  readonly frequency: Frequency;
  /** The first period values are owed for. */
  readonly fromPeriod: string;
  /** Days after a period's last day by which its value is due. */
  readonly dueDays: number;
}

export interface DuePeriod {
  readonly period: Period;
  /** The last day to enter the value on. */
  readonly dueOn: string;
  readonly overdue: boolean;
}

/** The periods whose values are owed by `today`: from the rule's first to the last that has ended before it. */
export function duePeriods(rule: DueRule, today: string): DuePeriod[] {
  const first = parsePeriod(rule.fromPeriod);
  if (!first || first.frequency !== rule.frequency) throw new RangeError(`${rule.fromPeriod} is not a period of the frequency ${rule.frequency}`);
  const out: DuePeriod[] = [];
  for (let p: Period | null = first; p && p.to < today && out.length < periodLimits.maxPeriods; p = nextPeriod(p)) {
    const dueOn = addDays(p.to, rule.dueDays);
    out.push({ period: p, dueOn, overdue: today > dueOn });
  }
  return out;
}

/**
 * Who is measured in a period: an authority from the day it started (its joining a service, or
 * always when null) to the day it stopped (exclusive; never when null) — measured when the two
 * spans share a day.
 */
export interface Measured {
  readonly authorityId: string;
  readonly from: string | null;
  readonly until: string | null;
}

export const measuredIn = (m: Measured, p: Period) => (m.from === null || m.from <= p.to) && (m.until === null || m.until > p.from);

/** Where an authority's value for a period stands: approved, waiting for approval, returned, or none yet. */
export type ValueStanding = 'approved' | 'submitted' | 'returned' | null;

export interface DueItem {
  readonly authorityId: string;
  readonly period: Period;
  readonly dueOn: string;
  readonly overdue: boolean;
  /** A value was entered and returned with a remark: it is owed again. */
  readonly returned: boolean;
}

/**
 * The values owed: for each period due, each authority measured in it whose value is neither
 * approved nor waiting; by period, then in the order the authorities are given.
 */
export function dueItems(rule: DueRule, today: string, measured: readonly Measured[], standing: (authorityId: string, period: string) => ValueStanding): DueItem[] {
  const out: DueItem[] = [];
  for (const d of duePeriods(rule, today)) {
    for (const m of measured) {
      if (!measuredIn(m, d.period)) continue;
      const s = standing(m.authorityId, d.period.key);
      if (s === 'approved' || s === 'submitted') continue;
      out.push({ authorityId: m.authorityId, period: d.period, dueOn: d.dueOn, overdue: d.overdue, returned: s === 'returned' });
    }
  }
  return out;
}
