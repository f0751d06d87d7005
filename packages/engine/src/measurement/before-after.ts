/**
 * Before and after an authority joined a service, against those that did not join: a
 * difference-in-differences. For each authority that joined, its mean over the periods that ended
 * before the day it joined and its mean over those that began on or after it (the period it joined
 * in counts as neither); its change is the second less the first. The authorities that did not join
 * are measured over the same two spans of days, each one's mean over each span, and the control's
 * change is the mean of theirs less the mean of theirs before. The difference is the joined
 * authority's change less the control's; the figures together are means over the joined
 * authorities, each behind them counted.
 */
import type { GapDirection } from './gaps';

export interface BeforeAfterValue {
  /** The period's first and last days. */
  readonly from: string;
  readonly to: string;
  readonly value: number;
}

export interface BeforeAfterSeries {
  readonly authorityId: string;
  /** The day it joined the service; null for an authority that did not join (a control). */
  readonly joinedOn: string | null;
  readonly values: readonly BeforeAfterValue[];
}

export interface BeforeAfterInput {
  readonly series: readonly BeforeAfterSeries[];
  readonly direction: GapDirection;
}

/** A mean and the number of authorities (or, for one authority, of periods) behind it. */
export interface Mean {
  readonly mean: number;
  readonly n: number;
}

export interface JoinedAuthority {
  readonly authorityId: string;
  readonly joinedOn: string;
  /** Its mean over the periods before, and after; null when it has no value there. */
  readonly before: Mean | null;
  readonly after: Mean | null;
  readonly change: number | null;
  /** The authorities that did not join, over the same spans: those with a value in both. */
  readonly control: { readonly before: Mean; readonly after: Mean; readonly change: number } | null;
  readonly difference: number | null;
}

export interface BeforeAfter {
  readonly joined: JoinedAuthority[];
  /** Means over the joined authorities with values before and after (`n` of them). */
  readonly treated: { readonly before: Mean; readonly after: Mean; readonly change: number } | null;
  /** Means of the control figures of those of them that have one; `n` is how many distinct control authorities are behind them. */
  readonly control: { readonly before: Mean; readonly after: Mean; readonly change: number } | null;
  /** The mean difference-in-differences over the joined authorities that have one (`n`), with `controls` distinct control authorities behind it. */
  readonly difference: { readonly value: number; readonly n: number; readonly controls: number } | null;
  /** The difference turned so that a positive figure is an improvement (the indicator's direction). */
  readonly improvement: number | null;
}

const meanOf = (xs: readonly number[]): number | null => (xs.length === 0 ? null : xs.reduce((s, x) => s + x, 0) / xs.length);

/** An authority's mean over its values of the periods that ended before `day`, and of those that began on or after it. */
function sides(values: readonly BeforeAfterValue[], day: string): { before: Mean | null; after: Mean | null } {
  const before = values.filter((v) => v.to < day).map((v) => v.value);
  const after = values.filter((v) => v.from >= day).map((v) => v.value);
  const b = meanOf(before);
  const a = meanOf(after);
  return { before: b === null ? null : { mean: b, n: before.length }, after: a === null ? null : { mean: a, n: after.length } };
}

function controlOf(controls: readonly BeforeAfterSeries[], day: string): { figures: JoinedAuthority['control']; ids: string[] } {
  const both = controls.map((c) => ({ id: c.authorityId, ...sides(c.values, day) })).filter((c) => c.before !== null && c.after !== null);
  if (both.length === 0) return { figures: null, ids: [] };
  const before = meanOf(both.map((c) => c.before!.mean))!;
  const after = meanOf(both.map((c) => c.after!.mean))!;
  return { figures: { before: { mean: before, n: both.length }, after: { mean: after, n: both.length }, change: after - before }, ids: both.map((c) => c.id) };
}

export function beforeAfter(input: BeforeAfterInput): BeforeAfter {
  const controls = input.series.filter((s) => s.joinedOn === null);
  const controlIds = new Set<string>();
  const joined: JoinedAuthority[] = input.series.flatMap((s) => {
    if (s.joinedOn === null) return [];
    const { before, after } = sides(s.values, s.joinedOn);
    const change = before && after ? after.mean - before.mean : null;
    const { figures: control, ids } = change === null ? { figures: null, ids: [] } : controlOf(controls, s.joinedOn);
    for (const id of ids) controlIds.add(id);
    return [{ authorityId: s.authorityId, joinedOn: s.joinedOn, before, after, change, control, difference: change !== null && control ? change - control.change : null }];
  });

  const both = joined.filter((j) => j.change !== null);
  const treated = both.length === 0 ? null : averaged(both.map((j) => ({ before: j.before!.mean, after: j.after!.mean })), both.length);
  const withControl = both.filter((j) => j.control !== null);
  const control = withControl.length === 0 ? null : averaged(withControl.map((j) => ({ before: j.control!.before.mean, after: j.control!.after.mean })), controlIds.size);
  const value = meanOf(withControl.map((j) => j.difference!));
  const difference = value === null ? null : { value, n: withControl.length, controls: controlIds.size };
  return { joined, treated, control, difference, improvement: difference === null ? null : input.direction === 'higher-is-better' ? difference.value : -difference.value };
}

function averaged(rows: readonly { before: number; after: number }[], n: number) {
  const before = meanOf(rows.map((r) => r.before))!;
  const after = meanOf(rows.map((r) => r.after))!;
  return { before: { mean: before, n }, after: { mean: after, n }, change: after - before };
}
