import { asc, desc } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { complianceRuleSets as complianceRules } from './compliance.schema';

export type ComplianceRulesRow = typeof complianceRules.$inferSelect;

export function createComplianceRepo() {
  return {
    /** Every set of rules, the newest first. */
    rules: (db: DbOrTx) => db.select().from(complianceRules).orderBy(desc(complianceRules.validFrom), desc(complianceRules.id)),
    insertRules: async (db: DbOrTx, row: typeof complianceRules.$inferInsert) => (await db.insert(complianceRules).values(row).returning())[0]!,
    first: async (db: DbOrTx) => (await db.select().from(complianceRules).orderBy(asc(complianceRules.validFrom)).limit(1))[0] ?? null,
  };
}
export type ComplianceRepo = ReturnType<typeof createComplianceRepo>;
