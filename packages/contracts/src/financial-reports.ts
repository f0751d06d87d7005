import { z } from 'zod';
import { citationSchema, isoDateSchema, rowIdParamSchema, slugSchema } from './common';

/**
 * Each cluster's annual financial report to the regulator: one per cluster and fiscal (calendar)
 * year, from 2012 to the last year that has ended. A report is a series of versions, each with the
 * audited statements (a PDF of the documents module) and the key figures in integer agorot; the
 * regulator accepts the version waiting for it or returns it with remarks, and the cluster's staff
 * send a new version. The figures of an accepted report are public (the audited statements of a
 * public body); versions under review, returned ones and every remark are read only by the
 * cluster's own staff, the regulator, the ministry and the finance ministry.
 */

export const revenueSources = ['memberFees', 'ministryGrants', 'otherGovernment', 'donors', 'ownIncome'] as const;
export type RevenueSource = (typeof revenueSources)[number];
export const expenseKinds = ['staff', 'servicesBought', 'overheads'] as const;
export type ExpenseKind = (typeof expenseKinds)[number];

/** Submitted (waiting for the regulator), returned with remarks (the cluster sends a new version), accepted (final). */
export const financialReportStates = ['submitted', 'returned', 'accepted'] as const;
export type FinancialReportState = (typeof financialReportStates)[number];

export const financialReportLimits = {
  /** The first fiscal year the programme asks a report for. */
  firstFiscalYear: 2012,
  /** A bound of the schema only: the server refuses the current year and any later one. */
  lastFiscalYear: 2100,
  /** The largest revenue or expense line: ₪1,000,000,000. */
  figureMaxAgorot: 100_000_000_000,
  /** The largest surplus, deficit or accumulated balance either way: ₪10,000,000,000. */
  balanceMaxAgorot: 1_000_000_000_000,
  remarks: 2000,
  /** The regulator's Excel is a few kilobytes; anything beyond 2 MB is not it. */
  importMaxBytes: 2 * 1024 * 1024,
} as const;

export const fiscalYearSchema = z.number().int().min(financialReportLimits.firstFiscalYear).max(financialReportLimits.lastFiscalYear);
const amountSchema = z.number().int().min(0).max(financialReportLimits.figureMaxAgorot);
const signedSchema = z.number().int().min(-financialReportLimits.balanceMaxAgorot).max(financialReportLimits.balanceMaxAgorot);

/**
 * The key figures of a year, in agorot: revenue by source, expenses by kind, the year's surplus
 * (negative: a deficit) and the accumulated balance (negative: an accumulated deficit). The surplus
 * must be total revenue less total expenses (`FINANCIAL_REPORT_UNBALANCED`).
 */
export const financialFiguresSchema = z.strictObject({
  revenue: z.strictObject(Object.fromEntries(revenueSources.map((s) => [s, amountSchema])) as Record<RevenueSource, typeof amountSchema>),
  expenses: z.strictObject(Object.fromEntries(expenseKinds.map((k) => [k, amountSchema])) as Record<ExpenseKind, typeof amountSchema>),
  surplus: signedSchema,
  accumulatedBalance: signedSchema,
});
export type FinancialFigures = z.infer<typeof financialFiguresSchema>;

/** A new report: its year, the audited statements (a PDF uploaded through the documents module) and the figures. */
export const submitFinancialReportSchema = z.strictObject({
  fiscalYear: fiscalYearSchema,
  statementsDocumentId: z.string().uuid(),
  figures: financialFiguresSchema,
});
export type SubmitFinancialReport = z.infer<typeof submitFinancialReportSchema>;

/** A returned report sent again: a new version, for the same year. */
export const resubmitFinancialReportSchema = submitFinancialReportSchema.omit({ fiscalYear: true });
export type ResubmitFinancialReport = z.infer<typeof resubmitFinancialReportSchema>;

/** The regulator's decision on the version waiting: accepted (remarks optional), or returned with remarks. */
export const reviewFinancialReportSchema = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('accept'), remarks: z.string().trim().max(financialReportLimits.remarks).default('') }),
  z.strictObject({ decision: z.literal('return'), remarks: z.string().trim().min(2).max(financialReportLimits.remarks) }),
]);
export type ReviewFinancialReport = z.infer<typeof reviewFinancialReportSchema>;

/** The upload of the regulator's Excel: the statements it goes with, uploaded first through the documents module. */
export const importFinancialReportQuerySchema = z.strictObject({ statementsDocumentId: z.string().uuid() });
/** The template, with the year filled in when one is asked for. */
export const financialReportTemplateQuerySchema = z.strictObject({ fiscalYear: z.coerce.number().int().min(financialReportLimits.firstFiscalYear).max(financialReportLimits.lastFiscalYear).optional() });
export const financialComparisonQuerySchema = z.strictObject({ fiscalYear: z.coerce.number().int().min(financialReportLimits.firstFiscalYear).max(financialReportLimits.lastFiscalYear) });

export const financialReportIdSchema = rowIdParamSchema;

/** Total revenue and total expenses, as the server computed them from the lines. */
export const financialTotalsSchema = z.object({ revenue: z.number().int(), expenses: z.number().int() });
export type FinancialTotals = z.infer<typeof financialTotalsSchema>;

export const financialReportVersionSchema = z.object({
  version: z.number().int(),
  figures: financialFiguresSchema,
  totals: financialTotalsSchema,
  /** The audited statements; its name, and its id to download it. */
  statements: z.object({ id: z.string().uuid(), fileName: z.string() }),
  /** Typed in the form, or read from the regulator's Excel. */
  via: z.enum(['form', 'import']),
  submittedAt: z.string(),
  outcome: z.enum(['accepted', 'returned']).nullable(),
  /** The regulator's remarks on this version (empty for readers of accepted figures only). */
  remarks: z.string(),
  reviewedAt: z.string().nullable(),
});
export type FinancialReportVersion = z.infer<typeof financialReportVersionSchema>;

export const financialReportActionSchema = z.enum(['resubmit', 'review']);
export type FinancialReportAction = z.infer<typeof financialReportActionSchema>;

export const financialReportSchema = z.object({
  id: z.number().int(),
  clusterSlug: slugSchema,
  fiscalYear: z.number().int(),
  state: z.enum(financialReportStates),
  dueOn: isoDateSchema,
  /** The Israel day of the first version, and of the acceptance. */
  firstSubmittedOn: isoDateSchema,
  acceptedOn: isoDateSchema.nullable(),
  /** When its latest version was sent. */
  waitingSince: z.string(),
  /**
   * Every version, newest first, with the regulator's remarks, for readers of drafts; for every
   * other reader the accepted version alone (without remarks), or none.
   */
  versions: z.array(financialReportVersionSchema),
  actions: z.array(financialReportActionSchema),
});
export type FinancialReport = z.infer<typeof financialReportSchema>;

/** A year of the cluster's finances as the chart and its table show it: the accepted figures, or (for readers of drafts) the latest version's. */
export const financialYearFiguresSchema = z.object({
  fiscalYear: z.number().int(),
  figures: financialFiguresSchema,
  totals: financialTotalsSchema,
  accepted: z.boolean(),
});
export type FinancialYearFigures = z.infer<typeof financialYearFiguresSchema>;

export const clusterFinancialReportsSchema = z.object({
  clusterSlug: slugSchema,
  asOf: isoDateSchema,
  /** Whether the reader reads versions under review, returned ones and remarks. */
  readsDrafts: z.boolean(),
  /** Every fiscal year from the first to the last that has ended, the latest first, each with its due day and its report. */
  years: z.array(z.object({ fiscalYear: z.number().int(), dueOn: isoDateSchema, report: financialReportSchema.nullable() })),
  /** The years with figures, the earliest first. */
  series: z.array(financialYearFiguresSchema),
  actions: z.array(z.enum(['submit'])),
});
export type ClusterFinancialReports = z.infer<typeof clusterFinancialReportsSchema>;

/** The regulator's queue: the reports waiting for review, the oldest first, each with its age in days. */
export const financialReportQueueSchema = z.object({
  asOf: isoDateSchema,
  items: z.array(
    z.object({
      id: z.number().int(),
      clusterSlug: slugSchema,
      clusterNameHe: z.string().nullable(),
      clusterNameEn: z.string().nullable(),
      fiscalYear: z.number().int(),
      version: z.number().int(),
      dueOn: isoDateSchema,
      waitingSince: z.string(),
      ageDays: z.number().int(),
      actions: z.array(financialReportActionSchema),
    }),
  ),
});
export type FinancialReportQueue = z.infer<typeof financialReportQueueSchema>;

/**
 * A cluster's residents as its current members' registry gives them: their sum, the latest year of
 * a member's figure, and its sources; unknown (null) when any member's population is unknown.
 */
export const residentsSchema = z.object({
  residents: z.number().int().nullable(),
  year: z.number().int().nullable(),
  unknownMembers: z.number().int(),
  sources: z.array(citationSchema),
});
export type Residents = z.infer<typeof residentsSchema>;

/** The clusters side by side for a year, per resident: revenue, expenses and accumulated balance in agorot per resident. */
export const financialComparisonSchema = z.object({
  fiscalYear: z.number().int(),
  clusters: z.array(
    z.object({
      clusterSlug: slugSchema,
      nameHe: z.string().nullable(),
      nameEn: z.string().nullable(),
      /** The year's report, if any: its figures are the accepted version's, else the latest one's. */
      state: z.enum(financialReportStates).nullable(),
      totals: financialTotalsSchema.nullable(),
      surplus: z.number().int().nullable(),
      accumulatedBalance: z.number().int().nullable(),
      population: residentsSchema,
      /** Null when there are no figures or the residents are unknown. */
      perResident: z.object({ revenue: z.number().int(), expenses: z.number().int(), accumulatedBalance: z.number().int() }).nullable(),
    }),
  ),
});
export type FinancialComparison = z.infer<typeof financialComparisonSchema>;
