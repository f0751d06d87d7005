import { index, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { authorities } from '../authorities/authorities.schema';
import { clusters } from '../clusters/clusters.schema';

export const authorityDomains = pgTable(
  'authority_domains',
  {
    authorityId: text('authority_id').notNull().references(() => authorities.id),
    domain: text('domain').notNull(),
    clusterSlug: text('cluster_slug').notNull().references(() => clusters.slug),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.authorityId, t.domain] }), index('authority_domains_cluster_idx').on(t.clusterSlug)],
);
