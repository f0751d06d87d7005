import { sql } from 'drizzle-orm';
import { bigint, bigserial, date, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { clusters } from '../clusters/clusters.schema';
import { decisions } from '../reviews/reviews.schema';
import { services } from '../services/services.schema';
import { users } from '../users/users.schema';

export const incentiveProgrammes = pgTable('incentive_programmes', {
  id: serial('id').primaryKey(),
  nameHe: text('name_he').notNull(),
  totalAgorot: bigint('total_agorot', { mode: 'number' }).notNull(),
  startsOn: date('starts_on').notNull(),
  endsOn: date('ends_on').notNull(),
  createdBy: text('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const budgetAccounts = pgTable(
  'budget_accounts',
  {
    programmeId: integer('programme_id').notNull().references(() => incentiveProgrammes.id),
    clusterSlug: text('cluster_slug').notNull().references(() => clusters.slug),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.clusterSlug] })],
);

export const milestones = pgTable(
  'milestones',
  {
    id: serial('id').primaryKey(),
    serviceId: integer('service_id').notNull().references(() => services.id),
    title: text('title').notNull(),
    plannedOn: date('planned_on').notNull(),
    amountAgorot: bigint('amount_agorot', { mode: 'number' }).notNull(),
    deliverable: text('deliverable').notNull(),
    state: text('state').notNull().default('planned'),
    doneAt: timestamp('done_at', { withTimezone: true }),
    doneBy: text('done_by').references(() => users.id),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    paidBy: text('paid_by').references(() => users.id),
  },
  (t) => [index('milestones_service_idx').on(t.serviceId)],
);

/**
 * A milestone's progress reports, each version kept: what was done, what it cost, the evidence,
 * and the ministry's review (approved, or returned with remarks for a new version).
 */
export const progressReports = pgTable(
  'milestone_progress_reports',
  {
    id: serial('id').primaryKey(),
    milestoneId: integer('milestone_id').notNull().references(() => milestones.id),
    version: integer('version').notNull(),
    narrative: text('narrative').notNull(),
    spentAgorot: bigint('spent_agorot', { mode: 'number' }).notNull(),
    documentIds: jsonb('document_ids').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    state: text('state').notNull().default('submitted'),
    remarks: text('remarks').notNull().default(''),
    submittedBy: text('submitted_by').references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    reviewedBy: text('reviewed_by').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('milestone_progress_reports_version_idx').on(t.milestoneId, t.version)],
);

export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    programmeId: integer('programme_id').notNull().references(() => incentiveProgrammes.id),
    kind: text('kind').notNull(),
    clusterSlug: text('cluster_slug').notNull().references(() => clusters.slug),
    serviceId: integer('service_id').references(() => services.id),
    milestoneId: integer('milestone_id').references(() => milestones.id),
    decisionId: integer('decision_id').references(() => decisions.id),
    amountAgorot: bigint('amount_agorot', { mode: 'number' }).notNull(),
    note: text('note').notNull().default(''),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    byUserId: text('by_user_id').references(() => users.id),
  },
  (t) => [index('ledger_entries_programme_idx').on(t.programmeId, t.clusterSlug)],
);
