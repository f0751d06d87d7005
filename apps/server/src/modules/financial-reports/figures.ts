import { expenseKinds, revenueSources, type FinancialFigures, type FinancialTotals, type Residents } from '@eshkol/contracts/financial-reports';

/** The key figures' arithmetic, pure: totals, the balance of the year, and figures per resident. */

export function totalsOf(f: FinancialFigures): FinancialTotals {
  return {
    revenue: revenueSources.reduce((sum, s) => sum + f.revenue[s], 0),
    expenses: expenseKinds.reduce((sum, k) => sum + f.expenses[k], 0),
  };
}

/** What the surplus must be: total revenue less total expenses. */
export const expectedSurplus = (f: FinancialFigures) => {
  const t = totalsOf(f);
  return t.revenue - t.expenses;
};

/** Whether the figures add up: total revenue − total expenses = surplus (a deficit is negative). */
export const isBalanced = (f: FinancialFigures) => expectedSurplus(f) === f.surplus;

/** An amount in agorot per resident, to the agora; none when the residents are unknown or none. */
export const perResident = (agorot: number, residents: number | null) => (residents === null || residents <= 0 ? null : Math.round(agorot / residents));

/** The year's revenue, expenses and accumulated balance per resident; null without figures or without a known population. */
export function perResidentOf(f: FinancialFigures | null, population: Pick<Residents, 'residents'>) {
  if (!f || population.residents === null || population.residents <= 0) return null;
  const t = totalsOf(f);
  return {
    revenue: perResident(t.revenue, population.residents)!,
    expenses: perResident(t.expenses, population.residents)!,
    accumulatedBalance: perResident(f.accumulatedBalance, population.residents)!,
  };
}

/** A cluster's residents from its current members' figures: known only when every member's is. */
export function residentsOf(members: readonly { population: number | null; populationYear: number | null }[]): Pick<Residents, 'residents' | 'year' | 'unknownMembers'> {
  const unknownMembers = members.filter((m) => m.population === null).length;
  const years = members.flatMap((m) => (m.populationYear === null ? [] : [m.populationYear]));
  return {
    residents: members.length === 0 || unknownMembers > 0 ? null : members.reduce((sum, m) => sum + m.population!, 0),
    year: years.length === 0 ? null : Math.max(...years),
    unknownMembers,
  };
}

/** The first fiscal years that have ended by `today` (an Israel day), the latest first. */
export function endedYears(first: number, today: string): number[] {
  const last = Number(today.slice(0, 4)) - 1;
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => last - i);
}
