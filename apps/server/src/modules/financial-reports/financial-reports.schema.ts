import type { FinancialFigures } from '@eshkol/contracts/financial-reports';
import { index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { clusters } from '../clusters/clusters.schema';
import { documents } from '../documents/documents.schema';
import { users } from '../users/users.schema';

/** A cluster's annual financial report for one fiscal (calendar) year: one per cluster and year. */
export const financialReports = pgTable(
  'financial_reports',
  {
    id: serial('id').primaryKey(),
    clusterSlug: text('cluster_slug').notNull().references(() => clusters.slug),
    fiscalYear: integer('fiscal_year').notNull(),
    state: text('state').notNull().default('submitted'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('financial_reports_cluster_year_idx').on(t.clusterSlug, t.fiscalYear), index('financial_reports_state_idx').on(t.state)],
);

/** Every version of a report as it was sent (its statements and figures), with the regulator's outcome and remarks. */
export const financialReportVersions = pgTable(
  'financial_report_versions',
  {
    id: serial('id').primaryKey(),
    reportId: integer('report_id').notNull().references(() => financialReports.id),
    version: integer('version').notNull(),
    figures: jsonb('figures').$type<FinancialFigures>().notNull(),
    statementsDocumentId: uuid('statements_document_id').notNull().references(() => documents.id),
    /** `form` or `import` (the regulator's Excel). */
    via: text('via').notNull().default('form'),
    submittedBy: text('submitted_by').references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    outcome: text('outcome'),
    remarks: text('remarks').notNull().default(''),
    reviewedBy: text('reviewed_by').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('financial_report_versions_version_idx').on(t.reportId, t.version), index('financial_report_versions_document_idx').on(t.statementsDocumentId)],
);
