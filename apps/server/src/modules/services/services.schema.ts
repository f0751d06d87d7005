import { sql } from 'drizzle-orm';
import { bigserial, date, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { authorities } from '../authorities/authorities.schema';
import { clusters } from '../clusters/clusters.schema';
import { documents } from '../documents/documents.schema';
import { users } from '../users/users.schema';

export const services = pgTable(
  'services',
  {
    id: serial('id').primaryKey(),
    clusterSlug: text('cluster_slug').notNull().references(() => clusters.slug),
    nameHe: text('name_he').notNull(),
    nameEn: text('name_en'),
    domain: text('domain').notNull(),
    kind: text('kind').notNull(),
    funders: jsonb('funders').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    description: text('description').notNull().default(''),
    state: text('state').notNull().default('planning'),
    createdBy: text('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('services_cluster_idx').on(t.clusterSlug)],
);

export const serviceParticipants = pgTable(
  'service_participants',
  {
    serviceId: integer('service_id').notNull().references(() => services.id),
    authorityId: text('authority_id').notNull().references(() => authorities.id),
    status: text('status').notNull().default('invited'),
    since: date('since'),
    leftOn: date('left_on'),
    approvalBody: text('approval_body'),
    approvalDecidedOn: date('approval_decided_on'),
    approvalResolution: text('approval_resolution'),
    approvalDocumentId: uuid('approval_document_id').references(() => documents.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.authorityId] })],
);

export const serviceParticipationEvents = pgTable(
  'service_participation_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    serviceId: integer('service_id').notNull().references(() => services.id),
    authorityId: text('authority_id').notNull().references(() => authorities.id),
    status: text('status').notNull(),
    approval: jsonb('approval'),
    note: text('note'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    byUserId: text('by_user_id').references(() => users.id),
  },
  (t) => [index('service_participation_events_service_idx').on(t.serviceId, t.authorityId)],
);
