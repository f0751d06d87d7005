import type { ComplianceRules, Obligation, ObligationStatus } from '@eshkol/contracts/compliance';
import { obligationStatuses } from '@eshkol/contracts/compliance';

/** What an obligation is judged by, pure: the records as they stand on `today` (an Israel day). */

const dayMs = 86_400_000;
const daysFrom = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);

/** Met; else overdue after its due day; due soon within `dueSoonDays` of it; else not yet due. */
export function statusOf(met: boolean, dueOn: string, today: string, dueSoonDays: number): ObligationStatus {
  if (met) return 'met';
  if (dueOn < today) return 'overdue';
  return daysFrom(today, dueOn) <= dueSoonDays ? 'due_soon' : 'pending';
}

/** The calendar years an obligation of meetings is judged for on `today`: this one and the one before. */
export const yearsOf = (today: string) => [Number(today.slice(0, 4)) - 1, Number(today.slice(0, 4))];

/**
 * A body's meetings a year: held (closed) meetings whose day fell in the year, against the rule's
 * count, due by the year's last day. A body not recorded at all is unknown, never overdue.
 */
export function meetingObligations(
  kind: 'board_meetings' | 'steering_meetings',
  heldDays: readonly string[] | null,
  required: number,
  today: string,
  rules: Pick<ComplianceRules, 'dueSoonDays'>,
): Obligation[] {
  return yearsOf(today).map((year) => {
    const dueOn = `${year}-12-31`;
    const held = (heldDays ?? []).filter((d) => d.startsWith(`${year}-`) && d <= today).length;
    const status = heldDays === null ? 'unknown' : statusOf(held >= required, dueOn, today, rules.dueSoonDays);
    return { kind, year, held, required, dueOn, status };
  });
}

/** A milestone not yet paid owes a progress report by its planned day: met once one is submitted or approved. */
export function progressObligations(
  milestones: readonly { id: number; serviceId: number; title: string; serviceName: string; plannedOn: string; state: string; report: string | null }[],
  today: string,
  rules: Pick<ComplianceRules, 'dueSoonDays'>,
): Obligation[] {
  return milestones
    .filter((m) => m.state !== 'paid')
    .map((m) => ({
      kind: 'progress_report' as const,
      milestoneId: m.id,
      serviceId: m.serviceId,
      title: m.title,
      serviceName: m.serviceName,
      dueOn: m.plannedOn,
      status: statusOf(m.report === 'submitted' || m.report === 'approved', m.plannedOn, today, rules.dueSoonDays),
    }));
}

/** The worst status among obligations (the traffic light), and how many are of each. */
export function summaryOf(obligations: readonly Obligation[]): { status: ObligationStatus; counts: Record<ObligationStatus, number> } {
  const counts = Object.fromEntries(obligationStatuses.map((s) => [s, 0])) as Record<ObligationStatus, number>;
  for (const o of obligations) counts[o.status] += 1;
  const status = obligationStatuses.find((s) => counts[s] > 0) ?? 'met';
  return { status, counts };
}
