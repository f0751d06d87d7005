import type { ErrorCode, IssueCode, IssueParams } from '@eshkol/contracts/errors';
import type { ValueKind } from '@eshkol/contracts/measurement';
import { parsePeriod, periodFault, type Frequency, type Period } from '@eshkol/engine/measurement/periods';

/**
 * What is wrong with one value entered, as a form's refusal (`code`) and as an imported line's
 * issue (`issue`), with the same figures. Pure: what the database knows (who was a member when, who
 * joined the service when) is given.
 */
export type EntryFault = { code: ErrorCode; issue: IssueCode; path: string; params: IssueParams; message: string };

const fault = (code: ErrorCode, issue: IssueCode, path: string, message: string, params: IssueParams): EntryFault => ({ code, issue, path, params, message });

export type EntryIndicator = { frequency: string; minValue: number | null; maxValue: number | null };

/** The period of a value, when it is one of the indicator's frequency and (but for a target) has begun by `today`. */
export function periodOfEntry(indicator: EntryIndicator, text: string, kind: ValueKind, today: string): Period | EntryFault {
  const why = periodFault(text, indicator.frequency as Frequency);
  if (why) return fault('MEASUREMENT_PERIOD_INVALID', 'period_invalid', 'period', `not a period of the frequency ${indicator.frequency}`, { value: text, frequency: indicator.frequency });
  const period = parsePeriod(text)!;
  if (kind !== 'target' && period.from > today) return fault('MEASUREMENT_PERIOD_FUTURE', 'period_future', 'period', 'the period has not begun', { value: text });
  return period;
}

/** Whether the value falls in the indicator's range, where it has one. */
export function rangeFault(indicator: EntryIndicator, value: number): EntryFault | null {
  if ((indicator.minValue === null || value >= indicator.minValue) && (indicator.maxValue === null || value <= indicator.maxValue)) return null;
  return fault('MEASUREMENT_VALUE_OUT_OF_RANGE', 'not_a_number', 'value', 'outside the indicator’s range', { value: String(value), min: indicator.minValue, max: indicator.maxValue, whole: false });
}

/** A baseline is of before the authority joined the service: its period ends before the day it joined. */
export function baselineFault(kind: ValueKind, period: Period, authorityId: string, joinedOn: string | null): EntryFault | null {
  if (kind !== 'baseline' || joinedOn === null || period.to < joinedOn) return null;
  return fault('MEASUREMENT_BASELINE_AFTER_JOIN', 'baseline_after_join', 'period', 'a baseline of a period after the authority joined the service', { authorityId, period: period.key });
}

/**
 * Whether the reader may enter a value for the authority for the period: a representative for
 * their own authority; a cluster's staff for a member of their cluster in the period — refused as
 * not their own when the authority was never in their cluster, and as not a member then when it
 * was, at another time.
 */
export function scopeFault(
  actor: { role: string; clusterSlug: string | null; authorityId: string | null },
  t: { authorityId: string; period: string; clusterInPeriod: string | null; everInCluster: boolean },
): EntryFault | null {
  if (actor.role === 'authority_rep') return actor.authorityId === t.authorityId ? null : fault('FORBIDDEN', 'outside_scope', 'authorityId', 'not the reader’s authority', { authorityId: t.authorityId });
  if (actor.role !== 'cluster_staff' || actor.clusterSlug === null) return fault('FORBIDDEN', 'outside_scope', 'authorityId', 'the reader enters no values', { authorityId: t.authorityId });
  if (t.clusterInPeriod === actor.clusterSlug) return null;
  if (t.everInCluster) return fault('MEASUREMENT_NOT_MEMBER', 'not_member_in_period', 'authorityId', 'not a member of the cluster in the period', { authorityId: t.authorityId, period: t.period });
  return fault('FORBIDDEN', 'outside_scope', 'authorityId', 'not a member of the reader’s cluster', { authorityId: t.authorityId });
}

/**
 * What becomes of an entry against the value already there: a new value, or a new version; a
 * refusal while a version waits. A line of an import that holds the value there already changes
 * nothing (so that the same file imported again changes nothing); a form always sends a new version.
 */
export function entryOutcome(existing: { latestValue: number; latestState: string } | null, value: number, from: 'form' | 'import'): 'created' | 'updated' | 'unchanged' | EntryFault {
  if (!existing) return 'created';
  if (from === 'import' && existing.latestValue === value) return 'unchanged';
  if (existing.latestState === 'submitted') return fault('MEASUREMENT_VALUE_PENDING', 'value_pending', 'value', 'an earlier version waits for approval', {});
  return 'updated';
}

export const isFault = (x: unknown): x is EntryFault => typeof x === 'object' && x !== null && 'issue' in x && 'code' in x;
