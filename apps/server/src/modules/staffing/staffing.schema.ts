import type { StaffingProposal } from '@eshkol/contracts/staffing';
import { bigint, date, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { clusters } from '../clusters/clusters.schema';
import { users } from '../users/users.schema';

/**
 * A cluster's positions (its establishment, תקן): requested with the request that opens them,
 * approved or rejected by the regulator. The terms are the approved ones once approved, the
 * proposed ones before.
 */
export const staffingPositions = pgTable(
  'staffing_positions',
  {
    id: serial('id').primaryKey(),
    clusterSlug: text('cluster_slug').notNull().references(() => clusters.slug),
    kind: text('kind').notNull(),
    title: text('title').notNull().default(''),
    scopePercent: integer('scope_percent').notNull(),
    funding: text('funding').notNull(),
    grossAgorot: bigint('gross_agorot', { mode: 'number' }).notNull(),
    state: text('state').notNull().default('requested'),
    approvedOn: date('approved_on'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('staffing_positions_cluster_idx').on(t.clusterSlug)],
);

/** A request of a cluster's staff to the regulator: open a position, change one, or approve a person's salary in one. */
export const staffingRequests = pgTable(
  'staffing_requests',
  {
    id: serial('id').primaryKey(),
    clusterSlug: text('cluster_slug').notNull().references(() => clusters.slug),
    kind: text('kind').notNull(),
    positionId: integer('position_id').notNull().references(() => staffingPositions.id),
    state: text('state').notNull().default('submitted'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('staffing_requests_cluster_idx').on(t.clusterSlug), index('staffing_requests_state_idx').on(t.state)],
);

/** Every version of a request as it was sent, with the regulator's outcome and remarks on it. */
export const staffingRequestVersions = pgTable(
  'staffing_request_versions',
  {
    id: serial('id').primaryKey(),
    requestId: integer('request_id').notNull().references(() => staffingRequests.id),
    version: integer('version').notNull(),
    proposal: jsonb('proposal').$type<StaffingProposal>().notNull(),
    submittedBy: text('submitted_by').references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    outcome: text('outcome'),
    remarks: text('remarks').notNull().default(''),
    reviewedBy: text('reviewed_by').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('staffing_request_versions_version_idx').on(t.requestId, t.version)],
);

/** A person employed in a position, from the approval of their salary request: personal data. */
export const staffingPeople = pgTable(
  'staffing_people',
  {
    id: serial('id').primaryKey(),
    positionId: integer('position_id').notNull().references(() => staffingPositions.id),
    clusterSlug: text('cluster_slug').notNull().references(() => clusters.slug),
    personName: text('person_name').notNull(),
    fromDay: date('from_day').notNull(),
    untilDay: date('until_day'),
    scopePercent: integer('scope_percent').notNull(),
    grossAgorot: bigint('gross_agorot', { mode: 'number' }).notNull(),
    requestId: integer('request_id').references(() => staffingRequests.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('staffing_people_cluster_idx').on(t.clusterSlug), uniqueIndex('staffing_people_request_idx').on(t.requestId)],
);
