import { customType, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { authorities } from '../authorities/authorities.schema';
import { clusters } from '../clusters/clusters.schema';
import { users } from '../users/users.schema';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

export const documents = pgTable('documents', {
  id: uuid('id').primaryKey(),
  fileName: text('file_name').notNull(),
  contentType: text('content_type').notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  sha256: text('sha256').notNull(),
  content: bytea('content').notNull(),
  clusterSlug: text('cluster_slug').references(() => clusters.slug),
  authorityId: text('authority_id').references(() => authorities.id),
  uploadedBy: text('uploaded_by').references(() => users.id),
  uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
});
