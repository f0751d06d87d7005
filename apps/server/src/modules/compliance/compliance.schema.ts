import type { ComplianceRules } from '@eshkol/contracts/compliance';
import { date, index, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
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
