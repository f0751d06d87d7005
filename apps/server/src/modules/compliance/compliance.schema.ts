import type { ComplianceRules } from '@eshkol/contracts/compliance';
import { date, index, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { clusters } from '../clusters/clusters.schema';
import { users } from '../users/users.schema';

/** The programme's compliance rules from a day on; only ever added to, so every past judgement's rules stay known. */
export const complianceRuleSets = pgTable(
  'compliance_rules',
  {
    id: serial('id').primaryKey(),
    validFrom: date('valid_from').notNull(),
    rules: jsonb('rules').$type<ComplianceRules>().notNull(),
    note: text('note').notNull().default(''),
    createdBy: text('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('compliance_rules_valid_from_idx').on(t.validFrom)],
);

/** A cluster's calendar subscription: the hash of its secret address's token; revoked, it answers no more. */
export const complianceFeeds = pgTable(
  'compliance_feeds',
  {
    id: serial('id').primaryKey(),
    clusterSlug: text('cluster_slug').notNull().references(() => clusters.slug),
    tokenHash: text('token_hash').notNull(),
    createdBy: text('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('compliance_feeds_token_idx').on(t.tokenHash), index('compliance_feeds_cluster_idx').on(t.clusterSlug)],
);

/** That a cluster's staff (or, `programme`, the ministry) were told of an obligation due soon or overdue: each once. */
export const complianceNotices = pgTable(
  'compliance_notices',
  {
    id: serial('id').primaryKey(),
    /** A cluster's slug, or `programme`. */
    scope: text('scope').notNull(),
    obligation: text('obligation').notNull(),
    status: text('status').notNull(),
    toldOn: date('told_on').notNull(),
  },
  (t) => [uniqueIndex('compliance_notices_once_idx').on(t.scope, t.obligation, t.status)],
);
