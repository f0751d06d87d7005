import { and, eq, gt, inArray, lt } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { sessions, users } from './users.schema';

export type UserRow = typeof users.$inferSelect;

export function createUsersRepo() {
  return {
    /** Display names of the given users, for views that say who did something. */
    async displayNames(db: DbOrTx, ids: readonly (string | null)[]): Promise<Map<string, string>> {
      const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
      if (wanted.length === 0) return new Map();
      const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, wanted));
      return new Map(rows.map((r) => [r.id, r.name]));
    },
    /** E-mail addresses of the given users, for lists that name who wrote each line. */
    async emails(db: DbOrTx, ids: readonly (string | null)[]): Promise<Map<string, string>> {
      const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
      if (wanted.length === 0) return new Map();
      const rows = await db.select({ id: users.id, email: users.email }).from(users).where(inArray(users.id, wanted));
      return new Map(rows.map((r) => [r.id, r.email]));
    },
    findByEmail: async (db: DbOrTx, email: string) => (await db.select().from(users).where(eq(users.email, email)))[0] ?? null,
    insert: (db: DbOrTx, row: typeof users.$inferInsert) => db.insert(users).values(row),
    insertMany: (db: DbOrTx, rows: (typeof users.$inferInsert)[]) => db.insert(users).values(rows).onConflictDoNothing(),
    hasDemo: async (db: DbOrTx) => (await db.select({ id: users.id }).from(users).where(eq(users.isDemo, true)).limit(1)).length > 0,
    countDemo: async (db: DbOrTx) => (await db.select({ id: users.id }).from(users).where(eq(users.isDemo, true))).length,
    createSession: (db: DbOrTx, tokenHash: string, userId: string, expiresAt: Date) =>
      db.insert(sessions).values({ tokenHash, userId, expiresAt }),
    findSessionUser: async (db: DbOrTx, tokenHash: string, now: Date) => {
      const rows = await db
        .select({ user: users })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)));
      return rows[0]?.user ?? null;
    },
    deleteSession: (db: DbOrTx, tokenHash: string) => db.delete(sessions).where(eq(sessions.tokenHash, tokenHash)),
    deleteExpiredSessions: (db: DbOrTx, now: Date) => db.delete(sessions).where(lt(sessions.expiresAt, now)),
  };
}
export type UsersRepo = ReturnType<typeof createUsersRepo>;
