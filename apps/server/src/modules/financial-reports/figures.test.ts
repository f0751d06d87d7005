import { describe, expect, it } from 'vitest';
import { endedYears, expectedSurplus, isBalanced, perResident, perResidentOf, residentsOf, totalsOf } from './figures';

const figures = {
  revenue: { memberFees: 100_000, ministryGrants: 250_000, otherGovernment: 0, donors: 5_000, ownIncome: 45_000 },
  expenses: { staff: 200_000, servicesBought: 120_000, overheads: 30_000 },
  surplus: 50_000,
  accumulatedBalance: -20_000,
};

describe('a financial report’s figures', () => {
  it('total the revenue by source and the expenses by kind', () => {
    expect(totalsOf(figures)).toEqual({ revenue: 400_000, expenses: 350_000 });
    expect(expectedSurplus(figures)).toBe(50_000);
  });

  it('add up when revenue less expenses is the surplus, a deficit negative', () => {
    expect(isBalanced(figures)).toBe(true);
    expect(isBalanced({ ...figures, surplus: 49_999 })).toBe(false);
    const deficit = { ...figures, expenses: { ...figures.expenses, staff: 300_000 } };
    expect(isBalanced({ ...deficit, surplus: -50_000 })).toBe(true);
    expect(isBalanced({ ...deficit, surplus: 50_000 })).toBe(false);
  });

  it('divide by the residents, to the agora, and are unknown without them', () => {
    expect(perResident(1000, 3)).toBe(333);
    expect(perResident(-1000, 3)).toBe(-333);
    expect(perResident(1000, null)).toBeNull();
    expect(perResident(1000, 0)).toBeNull();
    expect(perResidentOf(figures, { residents: 100 })).toEqual({ revenue: 4000, expenses: 3500, accumulatedBalance: -200 });
    expect(perResidentOf(figures, { residents: null })).toBeNull();
    expect(perResidentOf(null, { residents: 100 })).toBeNull();
  });

  it('know a cluster’s residents only when every member’s population is known', () => {
    expect(residentsOf([{ population: 1000, populationYear: 2022 }, { population: 500, populationYear: 2023 }])).toEqual({ residents: 1500, year: 2023, unknownMembers: 0 });
    expect(residentsOf([{ population: 1000, populationYear: 2022 }, { population: null, populationYear: null }])).toEqual({ residents: null, year: 2022, unknownMembers: 1 });
    expect(residentsOf([])).toEqual({ residents: null, year: null, unknownMembers: 0 });
  });

  it('are asked for every year that has ended, from the first, the latest first', () => {
    expect(endedYears(2012, '2026-03-01')).toEqual([2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017, 2016, 2015, 2014, 2013, 2012]);
    expect(endedYears(2012, '2013-01-01')).toEqual([2012]);
    expect(endedYears(2012, '2012-12-31')).toEqual([]);
  });
});
