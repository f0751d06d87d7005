import type { StaffingFlag } from '@eshkol/contracts/staffing';

/** The establishment against the people employed in it, pure: positions and people as they stand on `today` (an Israel day). */

export type PositionFacts = { id: number; state: string; scopePercent: number; grossAgorot: number; approvedOn: string | null };
export type PersonFacts = { id: number; positionId: number; fromDay: string; untilDay: string | null; scopePercent: number; grossAgorot: number };

/** Employed today: started on or before it, and not ended before it. */
export const isCurrent = (p: Pick<PersonFacts, 'fromDay' | 'untilDay'>, today: string) => p.fromDay <= today && (p.untilDay === null || p.untilDay >= today);

/** Whether a person was recorded in a position that was not approved on the day they started: the rule "each position is approved before it is filled". */
export const filledBeforeApproval = (position: Pick<PositionFacts, 'state' | 'approvedOn'> | undefined, person: Pick<PersonFacts, 'fromDay'>) =>
  position?.state !== 'approved' || position.approvedOn === null || person.fromDay < position.approvedOn;

/** Each position's people today, and the scope they fill together. */
export function filling(positions: readonly PositionFacts[], people: readonly PersonFacts[], today: string) {
  const of = new Map(positions.map((p) => [p.id, { headcount: 0, filledPercent: 0 }]));
  for (const person of people.filter((x) => isCurrent(x, today))) {
    const f = of.get(person.positionId);
    if (!f) continue;
    f.headcount += 1;
    f.filledPercent += person.scopePercent;
  }
  return of;
}

/** The establishment's totals: approved positions and their scope and cost, against today's people. */
export function summaryOf(positions: readonly PositionFacts[], people: readonly PersonFacts[], today: string) {
  const approved = positions.filter((p) => p.state === 'approved');
  const current = people.filter((x) => isCurrent(x, today));
  const sum = <T,>(xs: readonly T[], f: (x: T) => number) => xs.reduce((s, x) => s + f(x), 0);
  return {
    approvedPositions: approved.length,
    approvedScopePercent: sum(approved, (p) => p.scopePercent),
    headcount: current.length,
    filledScopePercent: sum(current, (p) => p.scopePercent),
    approvedCostAgorot: sum(approved, (p) => p.grossAgorot),
    salaryCostAgorot: sum(current, (p) => p.grossAgorot),
  };
}

/**
 * Where the staffing is above the approved establishment ("lean HQ"): more people today than
 * approved positions; a position's people filling more than its approved scope; a person's gross
 * above their position's approved gross (a salary's figure, only for readers of salaries); and a
 * person recorded from a day before their position's approval.
 */
export function flagsOf(positions: readonly PositionFacts[], people: readonly PersonFacts[], today: string, readsSalaries: boolean): StaffingFlag[] {
  const flags: StaffingFlag[] = [];
  const summary = summaryOf(positions, people, today);
  if (summary.headcount > summary.approvedPositions) flags.push({ kind: 'headcount_above', headcount: summary.headcount, positions: summary.approvedPositions });
  const byId = new Map(positions.map((p) => [p.id, p]));
  for (const [id, f] of filling(positions, people, today)) {
    const p = byId.get(id)!;
    if (p.state === 'approved' && f.filledPercent > p.scopePercent) flags.push({ kind: 'scope_above', positionId: id, filledPercent: f.filledPercent, approvedPercent: p.scopePercent });
  }
  if (readsSalaries) {
    for (const person of people.filter((x) => isCurrent(x, today))) {
      const p = byId.get(person.positionId);
      if (p && person.grossAgorot > p.grossAgorot) flags.push({ kind: 'terms_above', positionId: p.id, personId: person.id });
    }
  }
  const early = new Set(people.filter((x) => filledBeforeApproval(byId.get(x.positionId), x)).map((x) => x.positionId));
  for (const positionId of early) flags.push({ kind: 'filled_before_approval', positionId });
  return flags;
}
