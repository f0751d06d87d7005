import type { ComplianceRules, Obligation, ObligationStatus } from '@eshkol/contracts/compliance';
import { financialReportDueOn, obligationStatuses } from '@eshkol/contracts/compliance';

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

export type FinancialReportState = 'submitted' | 'returned' | 'accepted';

/** The fiscal years whose financial reports are judged on `today`: the two whose due days fall in this calendar year and the one before. */
export const fiscalYearsOf = (today: string) => [Number(today.slice(0, 4)) - 2, Number(today.slice(0, 4)) - 1];

/**
 * A fiscal year's financial report is due on the rules' day of the year after it, and met once the
 * regulator accepted it: one submitted and waiting, or returned, is not yet met.
 */
export function financialReportObligations(
  states: ReadonlyMap<number, FinancialReportState>,
  today: string,
  rules: Pick<ComplianceRules, 'dueSoonDays' | 'financialReportDueMonth' | 'financialReportDueDay'>,
): Extract<Obligation, { kind: 'financial_report' }>[] {
  return fiscalYearsOf(today).map((fiscalYear) => {
    const dueOn = financialReportDueOn(rules, fiscalYear);
    const reportState = states.get(fiscalYear) ?? null;
    return { kind: 'financial_report' as const, fiscalYear, reportState, dueOn, status: statusOf(reportState === 'accepted', dueOn, today, rules.dueSoonDays) };
  });
}

/**
 * Each position is approved before it is filled: broken (overdue since the earliest such start)
 * while anyone is recorded in a position not approved on the day they started; unknown while the
 * cluster records no position and no one in one.
 */
export function positionsObligation(facts: { approvedPositions: number; people: number; breaches: readonly { fromDay: string }[] } | undefined): Obligation {
  const people = facts?.people ?? 0;
  const breaches = facts?.breaches ?? [];
  const earliest = breaches.map((b) => b.fromDay).sort()[0] ?? null;
  const recorded = (facts?.approvedPositions ?? 0) > 0 || people > 0;
  const status: ObligationStatus = breaches.length > 0 ? 'overdue' : recorded ? 'met' : 'unknown';
  return { kind: 'positions_approved', people, breaches: breaches.length, dueOn: earliest, status };
}

/** The worst status among obligations (the traffic light), and how many are of each. */
export function summaryOf(obligations: readonly Obligation[]): { status: ObligationStatus; counts: Record<ObligationStatus, number> } {
  const counts = Object.fromEntries(obligationStatuses.map((s) => [s, 0])) as Record<ObligationStatus, number>;
  for (const o of obligations) counts[o.status] += 1;
  const status = obligationStatuses.find((s) => counts[s] > 0) ?? 'met';
  return { status, counts };
}
