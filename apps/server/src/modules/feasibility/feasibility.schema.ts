import { boolean, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { services } from '../services/services.schema';
import { users } from '../users/users.schema';

export const feasibilityStudies = pgTable(
  'feasibility_studies',
  {
    id: serial('id').primaryKey(),
    serviceId: integer('service_id').notNull().references(() => services.id),
    version: integer('version').notNull(),
    input: jsonb('input').notNull(),
    result: jsonb('result').notNull(),
    submitted: boolean('submitted').notNull().default(false),
    createdBy: text('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('feasibility_studies_version_idx').on(t.serviceId, t.version)],
);
