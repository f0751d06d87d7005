import { z } from 'zod';
import { isoDateSchema, slugSchema } from './common';

/**
 * The compliance calendar: what each cluster owes and when, computed from the records (never
 * stored), by the programme's rules, which are data with their history.
 */
/** Days in each month of a common year: a due day must fall in every year, so never 29 February. */
const daysInMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export const complianceRulesSchema = z.strictObject({
  /** The steering committee meets at least this many times a calendar year. */
  steeringMeetingsPerYear: z.number().int().min(0).max(52),
  /** Each cluster's board meets at least this many times a calendar year. */
  boardMeetingsPerYear: z.number().int().min(0).max(52),
  /** An obligation this many days from its due day or fewer is "due soon". */
  dueSoonDays: z.number().int().min(1).max(365),
  /** A fiscal year's financial report is due on this month and day of the year after it. */
  financialReportDueMonth: z.number().int().min(1).max(12).default(6),
  financialReportDueDay: z.number().int().min(1).max(31).default(30),
}).superRefine((r, ctx) => {
  if (r.financialReportDueDay > daysInMonth[r.financialReportDueMonth - 1]!) ctx.addIssue({ code: 'custom', path: ['financialReportDueDay'], message: 'no such day in that month' });
});
export type ComplianceRules = z.infer<typeof complianceRulesSchema>;

export const setComplianceRulesSchema = z.strictObject({
  validFrom: isoDateSchema,
  rules: complianceRulesSchema,
  note: z.string().trim().max(1000).default(''),
});
export type SetComplianceRules = z.infer<typeof setComplianceRulesSchema>;

/** The programme's rules as first shipped, until the ministry sets its own. */
export const defaultComplianceRules: ComplianceRules = { steeringMeetingsPerYear: 1, boardMeetingsPerYear: 4, dueSoonDays: 30, financialReportDueMonth: 6, financialReportDueDay: 30 };

/** A fiscal year's financial report's due day by the rules: the month and day of the year after it. */
export const financialReportDueOn = (rules: Pick<ComplianceRules, 'financialReportDueMonth' | 'financialReportDueDay'>, fiscalYear: number) =>
  `${fiscalYear + 1}-${String(rules.financialReportDueMonth).padStart(2, '0')}-${String(rules.financialReportDueDay).padStart(2, '0')}`;

/** `validFrom` null: the rules as shipped, before any was set. */
export const complianceRulesEntrySchema = z.object({ validFrom: isoDateSchema.nullable(), rules: complianceRulesSchema, note: z.string(), createdAt: z.string().nullable() });
export const complianceRulesViewSchema = z.object({
  current: complianceRulesEntrySchema,
  history: z.array(complianceRulesEntrySchema),
  actions: z.array(z.enum(['set'])),
});

/** met; due soon; overdue; not yet due; unknown (nothing recorded to judge by, e.g. no board in Eshkol). */
export const obligationStatuses = ['overdue', 'due_soon', 'pending', 'unknown', 'met'] as const;
export type ObligationStatus = (typeof obligationStatuses)[number];

export const obligationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('board_meetings'), year: z.number().int(), held: z.number().int(), required: z.number().int(), dueOn: isoDateSchema, status: z.enum(obligationStatuses) }),
  z.object({ kind: z.literal('steering_meetings'), year: z.number().int(), held: z.number().int(), required: z.number().int(), dueOn: isoDateSchema, status: z.enum(obligationStatuses) }),
  z.object({
    kind: z.literal('progress_report'),
    milestoneId: z.number().int(),
    serviceId: z.number().int(),
    title: z.string(),
    serviceName: z.string(),
    dueOn: isoDateSchema,
    status: z.enum(obligationStatuses),
  }),
  z.object({
    kind: z.literal('financial_report'),
    fiscalYear: z.number().int(),
    /** The report's state as its module keeps it; null when none was submitted. Met once accepted. */
    reportState: z.enum(['submitted', 'returned', 'accepted']).nullable(),
    dueOn: isoDateSchema,
    status: z.enum(obligationStatuses),
  }),
  z.object({
    kind: z.literal('positions_approved'),
    /** People recorded in the cluster's positions, and how many of them started before their position was approved. */
    people: z.number().int(),
    breaches: z.number().int(),
    /** The day the earliest of them started; null when none did. */
    dueOn: isoDateSchema.nullable(),
    status: z.enum(obligationStatuses),
  }),
]);
export type Obligation = z.infer<typeof obligationSchema>;

export const clusterComplianceSchema = z.object({
  clusterSlug: slugSchema,
  nameHe: z.string().nullable(),
  nameEn: z.string().nullable(),
  /** The worst status of its obligations: what its traffic light shows. */
  status: z.enum(obligationStatuses),
  counts: z.record(z.enum(obligationStatuses), z.number().int()),
  obligations: z.array(obligationSchema),
});
export type ClusterCompliance = z.infer<typeof clusterComplianceSchema>;

export const complianceOverviewSchema = z.object({
  asOf: isoDateSchema,
  rules: complianceRulesSchema,
  /** The programme's own obligations (the steering committee's meetings). */
  programme: z.array(obligationSchema),
  clusters: z.array(clusterComplianceSchema),
});
export type ComplianceOverview = z.infer<typeof complianceOverviewSchema>;

/** What waits for a reviewer on the desk: a report or a request, its cluster, since when and where it is reviewed. */
export const deskItemKinds = ['progress_report', 'financial_report', 'staffing_request'] as const;
export const deskItemSchema = z.object({
  kind: z.enum(deskItemKinds),
  id: z.number().int(),
  clusterSlug: slugSchema,
  clusterNameHe: z.string().nullable(),
  clusterNameEn: z.string().nullable(),
  /** What it is about, as its record names it (a milestone and its service, a fiscal year, a position). */
  title: z.string(),
  submittedAt: z.string(),
  /** Whole days since it was submitted, on Israel's calendar. */
  ageDays: z.number().int(),
  link: z.string(),
});
export type DeskItem = z.infer<typeof deskItemSchema>;
export const deskSchema = z.object({ items: z.array(deskItemSchema) });
