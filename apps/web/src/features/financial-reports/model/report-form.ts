import { expenseKinds, financialReportLimits, revenueSources, type FinancialFigures, type FinancialReportVersion, type ResubmitFinancialReport, type SubmitFinancialReport } from '@eshkol/contracts/financial-reports';
import type { NumberRule } from '../../../lib/numbers';

/**
 * The report's form, pure: each figure as typed (in shekels, read exactly by its field, or null
 * while empty or refused), the totals it shows as the figures are typed, and whether they add up.
 * Nothing here changes a figure: the form checks what was typed and sends it as it is, in agorot.
 */

/** A figure's place in the request, which is also the path of the server's issue about it. */
export const revenueFields = revenueSources.map((s) => `figures.revenue.${s}` as const);
export const expenseFields = expenseKinds.map((k) => `figures.expenses.${k}` as const);
export const surplusField = 'figures.surplus';
export const balanceField = 'figures.accumulatedBalance';
export const figureFields = [...revenueFields, ...expenseFields, surplusField, balanceField] as const;
export type FigureField = (typeof figureFields)[number];
export type FormField = FigureField | 'fiscalYear' | 'statementsDocumentId';

/** Each figure's label, under the feature's `lines.` words. */
export const lineKeys = {
  'figures.revenue.memberFees': 'lines.revenue.memberFees',
  'figures.revenue.ministryGrants': 'lines.revenue.ministryGrants',
  'figures.revenue.otherGovernment': 'lines.revenue.otherGovernment',
  'figures.revenue.donors': 'lines.revenue.donors',
  'figures.revenue.ownIncome': 'lines.revenue.ownIncome',
  'figures.expenses.staff': 'lines.expenses.staff',
  'figures.expenses.servicesBought': 'lines.expenses.servicesBought',
  'figures.expenses.overheads': 'lines.expenses.overheads',
  'figures.surplus': 'lines.surplus',
  'figures.accumulatedBalance': 'lines.accumulatedBalance',
} as const satisfies Record<FigureField, string>;

/** A revenue or expense line: nothing is an answer too, to the agora, up to the contract's largest. */
export const lineRule: NumberRule = { min: 0, max: financialReportLimits.figureMaxAgorot / 100, decimals: 2 };
/** A surplus or accumulated balance: negative for a deficit. */
export const signedRule: NumberRule = { min: -financialReportLimits.balanceMaxAgorot / 100, max: financialReportLimits.balanceMaxAgorot / 100, decimals: 2 };
export const ruleOf = (field: FigureField): NumberRule => (field === surplusField || field === balanceField ? signedRule : lineRule);

export type FigureValues = Record<FigureField, number | null>;
export const emptyFigures = (): FigureValues => Object.fromEntries(figureFields.map((f) => [f, null])) as FigureValues;

/** Shekels as typed (at most two decimals) in agorot, exactly. */
export const toAgorot = (shekels: number) => Math.round(shekels * 100);

/** The figures of a version, in shekels, to start a new version from. */
export function valuesOf(figures: FinancialFigures): FigureValues {
  return {
    ...(Object.fromEntries(revenueSources.map((s) => [`figures.revenue.${s}`, figures.revenue[s] / 100])) as Record<(typeof revenueFields)[number], number>),
    ...(Object.fromEntries(expenseKinds.map((k) => [`figures.expenses.${k}`, figures.expenses[k] / 100])) as Record<(typeof expenseFields)[number], number>),
    [surplusField]: figures.surplus / 100,
    [balanceField]: figures.accumulatedBalance / 100,
  };
}

const sumOf = (v: FigureValues, fields: readonly FigureField[]) => fields.reduce((sum, f) => sum + toAgorot(v[f] ?? 0), 0);

/**
 * The totals as typed so far, in agorot (an empty line counts as nothing), and the surplus they
 * call for; `balanced` is null until every line and the surplus are given.
 */
export function liveTotals(v: FigureValues) {
  const revenue = sumOf(v, revenueFields);
  const expenses = sumOf(v, expenseFields);
  const needed: readonly FigureField[] = [...revenueFields, ...expenseFields, surplusField];
  const complete = needed.every((f) => v[f] !== null);
  return { revenue, expenses, expected: revenue - expenses, balanced: complete ? toAgorot(v[surplusField]!) === revenue - expenses : null };
}

export type FormError = 'required' | 'unbalanced';
type Built<T> = { ok: true; body: T } | { ok: false; errors: Partial<Record<FormField, FormError>> };

function figuresOf(v: FigureValues): FinancialFigures {
  const at = (f: FigureField) => toAgorot(v[f]!);
  return {
    revenue: Object.fromEntries(revenueSources.map((s) => [s, at(`figures.revenue.${s}`)])) as FinancialFigures['revenue'],
    expenses: Object.fromEntries(expenseKinds.map((k) => [k, at(`figures.expenses.${k}`)])) as FinancialFigures['expenses'],
    surplus: at(surplusField),
    accumulatedBalance: at(balanceField),
  };
}

/** A new version's body: every figure given, the figures adding up, the statements attached. */
export function buildVersion(v: FigureValues, statementsDocumentId: string | null): Built<ResubmitFinancialReport> {
  const errors: Partial<Record<FormField, FormError>> = {};
  for (const f of figureFields) if (v[f] === null) errors[f] = 'required';
  if (!statementsDocumentId) errors.statementsDocumentId = 'required';
  if (liveTotals(v).balanced === false) errors[surplusField] = 'unbalanced';
  if (Object.keys(errors).length > 0 || !statementsDocumentId) return { ok: false, errors };
  return { ok: true, body: { statementsDocumentId, figures: figuresOf(v) } };
}

/** A new report's body: its year too. */
export function buildReport(fiscalYear: number | null, v: FigureValues, statementsDocumentId: string | null): Built<SubmitFinancialReport> {
  const version = buildVersion(v, statementsDocumentId);
  if (fiscalYear === null) return { ok: false, errors: { ...(version.ok ? {} : version.errors), fiscalYear: 'required' } };
  return version.ok ? { ok: true, body: { fiscalYear, ...version.body } } : version;
}

/** The figures of a version that differ from the version before it, to mark them where versions are compared. */
export function changedFrom(current: FinancialReportVersion, previous: FinancialReportVersion | undefined): Set<FigureField> {
  if (!previous) return new Set();
  const a = valuesOf(current.figures);
  const b = valuesOf(previous.figures);
  return new Set(figureFields.filter((f) => a[f] !== b[f]));
}
