import { and, eq, gt, lt } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { sessions, users } from './users.schema';

export type UserRow = typeof users.$inferSelect;

export function createUsersRepo() {
  return {
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
