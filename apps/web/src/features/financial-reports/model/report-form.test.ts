import { describe, expect, it } from 'vitest';
import { buildReport, buildVersion, changedFrom, emptyFigures, liveTotals, toAgorot, valuesOf, type FigureValues } from './report-form';

const typed = (): FigureValues => ({
  ...emptyFigures(),
  'figures.revenue.memberFees': 120_000,
  'figures.revenue.ministryGrants': 300_000.5,
  'figures.revenue.otherGovernment': 50_000,
  'figures.revenue.donors': 0,
  'figures.revenue.ownIncome': 29_999.5,
  'figures.expenses.staff': 250_000,
  'figures.expenses.servicesBought': 150_000.1,
  'figures.expenses.overheads': 39_999.9,
  'figures.surplus': 60_000,
  'figures.accumulatedBalance': -15_000,
});

describe('the financial report’s form', () => {
  it('totals the revenue and the expenses as they are typed, to the agora', () => {
    expect(liveTotals(typed())).toEqual({ revenue: 50_000_000, expenses: 44_000_000, expected: 6_000_000, balanced: true });
    expect(toAgorot(0.1 + 0.2)).toBe(30);
    const partial = { ...emptyFigures(), 'figures.revenue.memberFees': 1000 };
    expect(liveTotals(partial)).toEqual({ revenue: 100_000, expenses: 0, expected: 100_000, balanced: null });
  });

  it('says the figures do not add up when revenue less expenses is not the surplus, a deficit negative', () => {
    expect(liveTotals({ ...typed(), 'figures.surplus': 59_999.99 }).balanced).toBe(false);
    const deficit = { ...typed(), 'figures.expenses.staff': 370_000 };
    expect(liveTotals({ ...deficit, 'figures.surplus': -60_000 }).balanced).toBe(true);
    expect(buildVersion({ ...deficit, 'figures.surplus': 60_000 }, 'doc').ok).toBe(false);
    expect(buildVersion({ ...deficit, 'figures.surplus': 60_000 }, 'doc')).toEqual({ ok: false, errors: { 'figures.surplus': 'unbalanced' } });
  });

  it('sends every figure as typed, in agorot, with the statements and the year', () => {
    expect(buildReport(2024, typed(), 'doc-1')).toEqual({
      ok: true,
      body: {
        fiscalYear: 2024,
        statementsDocumentId: 'doc-1',
        figures: {
          revenue: { memberFees: 12_000_000, ministryGrants: 30_000_050, otherGovernment: 5_000_000, donors: 0, ownIncome: 2_999_950 },
          expenses: { staff: 25_000_000, servicesBought: 15_000_010, overheads: 3_999_990 },
          surplus: 6_000_000,
          accumulatedBalance: -1_500_000,
        },
      },
    });
  });

  it('asks for every figure, the statements and the year', () => {
    const built = buildReport(null, { ...typed(), 'figures.revenue.donors': null }, null);
    expect(built).toEqual({ ok: false, errors: { 'figures.revenue.donors': 'required', statementsDocumentId: 'required', fiscalYear: 'required' } });
  });

  it('starts a new version from the figures of the last, and marks what changed between versions', () => {
    const built = buildVersion(typed(), 'doc');
    if (!built.ok) throw new Error('not built');
    expect(valuesOf(built.body.figures)).toEqual(typed());
    const version = (figures: typeof built.body.figures) => ({ version: 1, figures, totals: { revenue: 0, expenses: 0 }, statements: { id: 'doc', fileName: '' }, via: 'form' as const, submittedAt: '', outcome: null, remarks: '', reviewedAt: null });
    const changed = { ...built.body.figures, revenue: { ...built.body.figures.revenue, donors: 100 }, surplus: 6_000_100 };
    expect([...changedFrom(version(changed), version(built.body.figures))].sort()).toEqual(['figures.revenue.donors', 'figures.surplus']);
    expect(changedFrom(version(changed), undefined).size).toBe(0);
  });
});
