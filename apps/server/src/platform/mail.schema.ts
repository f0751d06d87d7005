import { integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

/** Mail waiting to go, or gone: the outbox the ministry reads when no mail server is configured. */
export const outbox = pgTable('mail_outbox', {
  id: serial('id').primaryKey(),
  to: text('to').notNull(),
  subject: text('subject').notNull(),
  text: text('text').notNull(),
  calendar: text('calendar'),
  /** The meeting it invites to, when it does. */
  meetingId: integer('meeting_id'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  sentAt: timestamp('sent_at', { withTimezone: true }),
});
