import { boolean, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { authorities } from '../authorities/authorities.schema';
import { clusters } from '../clusters/clusters.schema';

export const users = pgTable('users', {
  id: text('id').primaryKey(),
  email: text('email').notNull().unique(),
  passwordHash: text('password_hash').notNull(),
  displayName: text('display_name').notNull(),
  role: text('role').notNull(),
  clusterSlug: text('cluster_slug').references(() => clusters.slug),
  authorityId: text('authority_id').references(() => authorities.id),
  isDemo: boolean('is_demo').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const sessions = pgTable('sessions', {
  tokenHash: text('token_hash').primaryKey(),
  userId: text('user_id').notNull().references(() => users.id),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});
