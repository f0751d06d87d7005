/**
 * Pure rules of membership history. A period is attested by a join date and/or by observations
 * (a source saying "member as of 2016"); a period ends on a leave date, or at an unknown date when a
 * later source places the authority elsewhere. An authority is in one cluster at a time.
 */
export type Observation = { asOf: string | null; source: string };
export type Period = {
  id: number;
  clusterSlug: string;
  joinedOn: string | null;
  leftOn: string | null;
  ended: boolean;
  observations: Observation[];
};

/** First day of a partial date: `2016` → `2016-01-01`, `2025-10` → `2025-10-01`. */
export function startOf(asOf: string): string {
  return asOf.length === 4 ? `${asOf}-01-01` : asOf.length === 7 ? `${asOf}-01` : asOf;
}

function evidenceDays(p: Period): string[] {
  const days = p.observations.flatMap((o) => (o.asOf ? [startOf(o.asOf)] : []));
  if (p.joinedOn) days.push(p.joinedOn);
  return days.sort();
}
const earliest = (p: Period) => evidenceDays(p)[0] ?? null;
const latest = (p: Period) => evidenceDays(p).at(-1) ?? null;
/** A period's cluster and the earliest date its evidence gives, as a source would date it. */
function attested(p: Period): { clusterSlug: string; asOf: string | null } {
  const dated = p.observations.flatMap((o) => (o.asOf ? [o.asOf] : [])).sort((a, b) => startOf(a).localeCompare(startOf(b)));
  const first = [...dated, ...(p.joinedOn ? [p.joinedOn] : [])].sort((a, b) => startOf(a).localeCompare(startOf(b)))[0];
  return { clusterSlug: p.clusterSlug, asOf: first ?? null };
}

export type ObservationPlan =
  | { kind: 'unchanged' }
  | { kind: 'add-observation'; periodId: number }
  | { kind: 'open-period'; endPeriodId?: number }
  /** A period that ended before `later`, the authority's next period elsewhere. */
  | { kind: 'closed-period'; later: { clusterSlug: string; asOf: string | null } }
  | { kind: 'conflict'; otherClusterSlug: string; otherAsOf: string | null };

/** Where a source's "authority A was in cluster C as of D" goes in A's history. */
export function planObservation(periods: Period[], clusterSlug: string, obs: Observation): ObservationPlan {
  const same = (p: Period) => p.observations.some((o) => o.asOf === obs.asOf && o.source === obs.source);
  const open = periods.find((p) => !p.ended);
  const day = obs.asOf ? startOf(obs.asOf) : null;

  if (open && open.clusterSlug === clusterSlug) return same(open) ? { kind: 'unchanged' } : { kind: 'add-observation', periodId: open.id };

  const closedHere = periods.find(
    (p) => p.ended && p.clusterSlug === clusterSlug && day !== null && (earliest(p) ?? day) <= day && day <= (p.leftOn ?? latest(p) ?? day),
  );
  if (closedHere) return same(closedHere) ? { kind: 'unchanged' } : { kind: 'add-observation', periodId: closedHere.id };

  if (!open) {
    const laterEnded = periods
      .filter((p) => p.ended && day !== null && (earliest(p) ?? '') > day)
      .sort((a, b) => (earliest(a) ?? '').localeCompare(earliest(b) ?? ''))[0];
    return laterEnded ? { kind: 'closed-period', later: attested(laterEnded) } : { kind: 'open-period' };
  }
  const openStart = earliest(open);
  const openLatest = latest(open);
  if (day !== null && openLatest !== null && day > openLatest && !open.leftOn) return { kind: 'open-period', endPeriodId: open.id };
  if (day !== null && openStart !== null && day < openStart) return { kind: 'closed-period', later: attested(open) };
  return { kind: 'conflict', otherClusterSlug: open.clusterSlug, otherAsOf: open.observations[0]?.asOf ?? open.joinedOn };
}

/** Why a new membership from `joinedOn` cannot be recorded, or null when it can. */
export function joinConflict(periods: Period[], joinedOn: string): Period | null {
  for (const p of periods) {
    if (!p.ended) return p;
    const end = p.leftOn ?? latest(p);
    if (end !== null && end > joinedOn) return p;
  }
  return null;
}

/** Whether a period may end on `leftOn`: not before it began nor before a source last saw it. */
export function canLeaveOn(period: Period, leftOn: string): boolean {
  const last = latest(period);
  return last === null || leftOn >= last;
}

/** A stored membership as the rules see it. */
export function toPeriod(m: Period): Period {
  return { id: m.id, clusterSlug: m.clusterSlug, joinedOn: m.joinedOn, leftOn: m.leftOn, ended: m.ended, observations: m.observations };
}

/**
 * Whether the period makes its authority a member on `day`: from the day it joined (or the
 * earliest day a source saw it; a period with no date at all counts from always) to the day
 * before it left. A period ended at an unknown date counts up to the last day a source saw it.
 */
export function coversDay(p: Period, day: string): boolean {
  const start = earliest(p);
  if (start !== null && day < start) return false;
  if (p.leftOn !== null) return day < p.leftOn;
  if (!p.ended) return true;
  const last = latest(p);
  return last !== null && day <= last;
}

/**
 * A cluster's membership on a day: who is a member, and of those who were and no longer are,
 * the day each left (null when no source gives it).
 */
export function membershipOn(periods: readonly (Period & { authorityId: string })[], day: string): { members: Set<string>; left: Map<string, string | null> } {
  const members = new Set(periods.filter((p) => coversDay(p, day)).map((p) => p.authorityId));
  const left = new Map<string, string | null>();
  for (const p of [...periods].sort((a, b) => (a.leftOn ?? '').localeCompare(b.leftOn ?? ''))) {
    if (members.has(p.authorityId) || !p.ended || (earliest(p) ?? '') > day) continue;
    if (p.leftOn === null || p.leftOn <= day) left.set(p.authorityId, p.leftOn);
  }
  return { members, left };
}

/**
 * Who was a member of which cluster in each span of days: a member on the span's first day or on
 * its last (so that an authority that joined or left within it counts, in the cluster it was in
 * on the later of the two days).
 */
export function membersDuring(periods: readonly (Period & { authorityId: string })[], spans: readonly { from: string; to: string }[]): Map<string, string>[] {
  const byCluster = new Map<string, (Period & { authorityId: string })[]>();
  for (const p of periods) byCluster.set(p.clusterSlug, [...(byCluster.get(p.clusterSlug) ?? []), p]);
  return spans.map(({ from, to }) => {
    const members = new Map<string, string>();
    for (const day of [from, to]) {
      for (const [slug, ofCluster] of byCluster) for (const id of membershipOn(ofCluster, day).members) members.set(id, slug);
    }
    return members;
  });
}
