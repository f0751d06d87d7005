import type { BodyRules } from '@eshkol/contracts/governance';
import { date, index, integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { authorities } from '../authorities/authorities.schema';
import { clusters } from '../clusters/clusters.schema';
import { users } from '../users/users.schema';

/** A body of the programme (no cluster) or of a cluster: its kind, and a professional forum's domain. */
export const bodies = pgTable(
  'governance_bodies',
  {
    id: serial('id').primaryKey(),
    kind: text('kind').notNull(),
    clusterSlug: text('cluster_slug').references(() => clusters.slug),
    domain: text('domain'),
    nameHe: text('name_he').notNull(),
    nameEn: text('name_en'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('governance_bodies_cluster_idx').on(t.clusterSlug)],
);

/** A body's voting rules from a day on; only ever added to, so every past vote's rules stay known. */
export const bodyRules = pgTable(
  'governance_body_rules',
  {
    id: serial('id').primaryKey(),
    bodyId: integer('body_id').notNull().references(() => bodies.id),
    validFrom: date('valid_from').notNull(),
    rules: jsonb('rules').$type<BodyRules>().notNull(),
    note: text('note').notNull().default(''),
    createdBy: text('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('governance_body_rules_body_idx').on(t.bodyId, t.validFrom)],
);

/**
 * A seat: who holds it (a person, or an office by its title), in which role, on behalf of an
 * authority or an organisation, from a day to its last day. An authority's leaving its cluster
 * does not touch the row: the composition on a day reads the membership of that day.
 */
export const seats = pgTable(
  'governance_seats',
  {
    id: serial('id').primaryKey(),
    bodyId: integer('body_id').notNull().references(() => bodies.id),
    personName: text('person_name'),
    title: text('title').notNull(),
    email: text('email'),
    userId: text('user_id').references(() => users.id),
    role: text('role').notNull(),
    authorityId: text('authority_id').references(() => authorities.id),
    organisation: text('organisation'),
    fromOn: date('from_on').notNull(),
    toOn: date('to_on'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('governance_seats_body_idx').on(t.bodyId)],
);
