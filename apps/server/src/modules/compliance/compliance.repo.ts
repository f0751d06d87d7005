import { defaultComplianceRules } from '@eshkol/contracts/compliance';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { complianceFeeds, complianceNotices, complianceRuleSets as complianceRules } from './compliance.schema';

export type ComplianceRulesRow = Awaited<ReturnType<ReturnType<typeof createComplianceRepo>['rules']>>[number];

export function createComplianceRepo() {
  return {
    /** Every set of rules, the newest first; a rule added since a set was stored reads as shipped. */
    rules: async (db: DbOrTx) =>
      (await db.select().from(complianceRules).orderBy(desc(complianceRules.validFrom), desc(complianceRules.id))).map((r) => ({ ...r, rules: { ...defaultComplianceRules, ...r.rules } })),
    insertRules: async (db: DbOrTx, row: typeof complianceRules.$inferInsert) => (await db.insert(complianceRules).values(row).returning())[0]!,
    activeFeed: async (db: DbOrTx, clusterSlug: string) =>
      (await db.select().from(complianceFeeds).where(and(eq(complianceFeeds.clusterSlug, clusterSlug), isNull(complianceFeeds.revokedAt))))[0] ?? null,
    feedByToken: async (db: DbOrTx, tokenHash: string) => (await db.select().from(complianceFeeds).where(and(eq(complianceFeeds.tokenHash, tokenHash), isNull(complianceFeeds.revokedAt))))[0] ?? null,
    insertFeed: async (db: DbOrTx, row: typeof complianceFeeds.$inferInsert) => (await db.insert(complianceFeeds).values(row).returning())[0]!,
    revokeFeeds: (db: DbOrTx, clusterSlug: string, at: Date) =>
      db.update(complianceFeeds).set({ revokedAt: at }).where(and(eq(complianceFeeds.clusterSlug, clusterSlug), isNull(complianceFeeds.revokedAt))).returning(),
    /** Records a notice unless it was given before; true when it is new. */
    noticeOnce: async (db: DbOrTx, row: typeof complianceNotices.$inferInsert) =>
      (await db.insert(complianceNotices).values(row).onConflictDoNothing().returning()).length > 0,
  };
}
export type ComplianceRepo = ReturnType<typeof createComplianceRepo>;
