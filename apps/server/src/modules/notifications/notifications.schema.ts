import { index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from '../users/users.schema';

export const notifications = pgTable(
  'notifications',
  {
    id: serial('id').primaryKey(),
    kind: text('kind').notNull(),
    role: text('role').notNull(),
    clusterSlug: text('cluster_slug'),
    authorityId: text('authority_id'),
    link: text('link').notNull(),
    params: jsonb('params').$type<Record<string, string>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('notifications_audience_idx').on(t.role, t.clusterSlug, t.authorityId)],
);

export const notificationReads = pgTable(
  'notification_reads',
  {
    notificationId: integer('notification_id').notNull().references(() => notifications.id),
    userId: text('user_id').notNull().references(() => users.id),
    readAt: timestamp('read_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.notificationId, t.userId] })],
);
