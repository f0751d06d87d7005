import { bigint, boolean, index, integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { feasibilityStudies } from '../feasibility/feasibility.schema';
import { services } from '../services/services.schema';
import { users } from '../users/users.schema';

export const submissions = pgTable(
  'submissions',
  {
    id: serial('id').primaryKey(),
    serviceId: integer('service_id').notNull().references(() => services.id),
    studyId: integer('study_id').notNull().references(() => feasibilityStudies.id),
    requestedGrantAgorot: bigint('requested_grant_agorot', { mode: 'number' }).notNull(),
    package: jsonb('package').notNull(),
    pending: boolean('pending').notNull().default(true),
    submittedBy: text('submitted_by').notNull().references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('submissions_service_idx').on(t.serviceId), index('submissions_pending_idx').on(t.pending)],
);

export const decisions = pgTable(
  'decisions',
  {
    id: serial('id').primaryKey(),
    submissionId: integer('submission_id').notNull().references(() => submissions.id),
    outcome: text('outcome').notNull(),
    checklist: jsonb('checklist').notNull(),
    reasons: text('reasons').notNull().default(''),
    grantAgorot: bigint('grant_agorot', { mode: 'number' }),
    decidedBy: text('decided_by').notNull().references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('decisions_submission_idx').on(t.submissionId)],
);

export const decisionConditions = pgTable('decision_conditions', {
  id: serial('id').primaryKey(),
  decisionId: integer('decision_id').notNull().references(() => decisions.id),
  text: text('text').notNull(),
  metAt: timestamp('met_at', { withTimezone: true }),
  metBy: text('met_by').references(() => users.id),
});
