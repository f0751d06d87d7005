import type { DelegationStatus } from '@eshkol/contracts/standing';

/**
 * The pure rules of a cluster's standing. A legal form's period runs from the first day of its
 * start (`2018` → 2018-01-01) up to, not including, the first day of its end, so that "a company
 * until 2018" and "a cities association from 2018" meet without overlapping; an unknown start is
 * the beginning of time and no end the end of it. A delegation runs from its first day to its last
 * day, both included.
 */

const beginning = '0000-01-01';
const forever = '9999-12-31';

/** First day of a partial date: `2018` → `2018-01-01`, `2013-01` → `2013-01-01`. */
export const firstDayOf = (partial: string) => (partial.length === 4 ? `${partial}-01-01` : partial.length === 7 ? `${partial}-01` : partial);

export type FormPeriod = { id: number; fromOn: string | null; untilOn: string | null };

const startOf = (p: Pick<FormPeriod, 'fromOn'>) => (p.fromOn === null ? beginning : firstDayOf(p.fromOn));
const endOf = (p: Pick<FormPeriod, 'untilOn'>) => (p.untilOn === null ? forever : firstDayOf(p.untilOn));

/** Whether a form's end is before its start. */
export const formEndsBeforeStart = (p: Omit<FormPeriod, 'id'>) => p.fromOn !== null && p.untilOn !== null && firstDayOf(p.untilOn) < firstDayOf(p.fromOn);

const formsOverlap = (a: Omit<FormPeriod, 'id'>, b: Omit<FormPeriod, 'id'>) => startOf(a) < endOf(b) && startOf(b) < endOf(a);

/**
 * Where a new form goes among the recorded ones: it may end the open form (recorded without an end)
 * on its own start, when it too has no end and starts after that one; it may not overlap any other.
 */
export function placeForm(existing: readonly FormPeriod[], added: Omit<FormPeriod, 'id'>): { ok: true; ends: FormPeriod | null } | { ok: false } {
  const open = existing.find((p) => p.untilOn === null) ?? null;
  const ends = open && added.untilOn === null && added.fromOn !== null && startOf(added) > startOf(open) ? open : null;
  const after = existing.map((p) => (p === ends ? { ...p, untilOn: added.fromOn } : p));
  return after.some((p) => formsOverlap(p, added)) ? { ok: false } : { ok: true, ends };
}

/** The form recorded for a day: the one whose period holds it. */
export const formOn = <P extends FormPeriod>(forms: readonly P[], day: string): P | null => forms.find((p) => startOf(p) <= day && day < endOf(p)) ?? null;

/** The forms, the earliest first (an unknown start first). */
export const byStart = <P extends FormPeriod>(forms: readonly P[]): P[] => [...forms].sort((a, b) => startOf(a).localeCompare(startOf(b)) || a.id - b.id);

export type DelegationPeriod = { fromDay: string; untilDay: string | null };

/** Whether two delegations share a day. */
export const delegationsOverlap = (a: DelegationPeriod, b: DelegationPeriod) => a.fromDay <= (b.untilDay ?? forever) && b.fromDay <= (a.untilDay ?? forever);

/** A delegation on a day: not yet begun, in force, or ended. */
export function statusOn(d: DelegationPeriod, day: string): DelegationStatus {
  if (d.fromDay > day) return 'upcoming';
  return d.untilDay === null || d.untilDay >= day ? 'in_force' : 'ended';
}

export type CellDelegation = DelegationPeriod & { id: number; authorityId: string; powerId: number };

/** A matrix cell: the delegation in force on the day, and every delegation of the power by the authority, the latest first. */
export function cellOf(delegations: readonly CellDelegation[], authorityId: string, powerId: number, day: string) {
  const own = delegations.filter((d) => d.authorityId === authorityId && d.powerId === powerId).sort((a, b) => b.fromDay.localeCompare(a.fromDay) || b.id - a.id);
  return { powerId, currentId: own.find((d) => statusOn(d, day) === 'in_force')?.id ?? null, historyIds: own.map((d) => d.id) };
}
