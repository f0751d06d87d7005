import type { Role } from '@eshkol/contracts/auth';
import { and, desc, eq, isNull, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { notificationReads, notifications } from './notifications.schema';
import type { Actor } from '../../platform/access';

/** Who a notification is for: a role, narrowed to one cluster or one authority for scoped roles. */
export type Audience = { role: Role; clusterSlug?: string | null; authorityId?: string | null };

export type NewNotification = Audience & {
  kind: 'invitation' | 'submission' | 'decision' | 'milestone_done' | 'meeting_invitation' | 'item_forwarded' | 'minutes_to_approve' | 'decision_assigned' | 'decision_overdue' | 'progress_report' | 'progress_report_reviewed' | 'obligation_due_soon' | 'obligation_overdue' | 'financial_report_reviewed' | 'measurement_to_approve' | 'measurement_returned' | 'measurement_overdue';
  link: string;
  params: Record<string, string>;
};

/** Notifications addressed to this actor: their role, and their cluster or authority when the notification names one. */
function addressedTo(actor: Actor) {
  return and(
    eq(notifications.role, actor.role),
    or(isNull(notifications.clusterSlug), actor.clusterSlug ? eq(notifications.clusterSlug, actor.clusterSlug) : sql`false`),
    or(isNull(notifications.authorityId), actor.authorityId ? eq(notifications.authorityId, actor.authorityId) : sql`false`),
  );
}

export function createNotificationsRepo() {
  return {
    /** Call inside the transaction of the change that calls for action. */
    async notify(tx: DbOrTx, n: NewNotification) {
      await tx.insert(notifications).values({
        kind: n.kind,
        role: n.role,
        clusterSlug: n.clusterSlug ?? null,
        authorityId: n.authorityId ?? null,
        link: n.link,
        params: n.params,
      });
    },

    listFor(db: DbOrTx, actor: Actor, limit = 50) {
      return db
        .select({
          id: notifications.id,
          kind: notifications.kind,
          link: notifications.link,
          params: notifications.params,
          createdAt: notifications.createdAt,
          readAt: notificationReads.readAt,
        })
        .from(notifications)
        .leftJoin(notificationReads, and(eq(notificationReads.notificationId, notifications.id), eq(notificationReads.userId, actor.userId)))
        .where(addressedTo(actor))
        .orderBy(desc(notifications.id))
        .limit(limit);
    },

    async unreadCount(db: DbOrTx, actor: Actor): Promise<number> {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(notifications)
        .leftJoin(notificationReads, and(eq(notificationReads.notificationId, notifications.id), eq(notificationReads.userId, actor.userId)))
        .where(and(addressedTo(actor), isNull(notificationReads.readAt)));
      return Number(row?.n ?? 0);
    },

    /** Marks read the given notifications (or all) of this actor; ids not addressed to them are ignored. */
    async markRead(db: DbOrTx, actor: Actor, ids: number[] | 'all') {
      const mine = await db
        .select({ id: notifications.id })
        .from(notifications)
        .where(and(addressedTo(actor), ids === 'all' ? undefined : sql`${notifications.id} in ${ids.length > 0 ? ids : [0]}`));
      if (mine.length === 0) return;
      await db
        .insert(notificationReads)
        .values(mine.map((m) => ({ notificationId: m.id, userId: actor.userId })))
        .onConflictDoNothing();
    },
  };
}
export type NotificationsRepo = ReturnType<typeof createNotificationsRepo>;
