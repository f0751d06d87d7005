import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, serial, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { authorities } from '../authorities/authorities.schema';
import { clusters } from '../clusters/clusters.schema';
import { documents } from '../documents/documents.schema';
import { users } from '../users/users.schema';

/**
 * A cluster's legal forms over time, as sources give them: dates are partial (`2018`, `2013-01`,
 * `2018-03-05`) because sources often give a year; null where the source says nothing. Recorded,
 * and at most ended by the next form; never rewritten.
 */
export const standingLegalForms = pgTable(
  'standing_legal_forms',
  {
    id: serial('id').primaryKey(),
    clusterSlug: text('cluster_slug').notNull().references(() => clusters.slug),
    form: text('form').notNull(),
    fromOn: text('from_on'),
    untilOn: text('until_on'),
    source: text('source').notNull(),
    note: text('note').notNull().default(''),
    recordedBy: text('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('standing_legal_forms_cluster_idx').on(t.clusterSlug)],
);

/** The orders (צווים) that set a cluster up and amend it; one establishing order a cluster. */
export const standingOrders = pgTable(
  'standing_orders',
  {
    id: serial('id').primaryKey(),
    clusterSlug: text('cluster_slug').notNull().references(() => clusters.slug),
    kind: text('kind').notNull(),
    draft: boolean('draft').notNull().default(false),
    title: text('title').notNull(),
    datedOn: text('dated_on'),
    publication: text('publication').notNull().default(''),
    effect: text('effect').notNull().default(''),
    sourceUrl: text('source_url'),
    documentId: uuid('document_id').references(() => documents.id),
    recordedBy: text('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('standing_orders_cluster_idx').on(t.clusterSlug),
    uniqueIndex('standing_orders_one_establishing').on(t.clusterSlug).where(sql`${t.kind} = 'establishing'`),
  ],
);

/** The list of powers and tasks an authority may delegate, kept by the ministry; a retired one stays for the history. */
export const standingPowers = pgTable(
  'standing_powers',
  {
    id: serial('id').primaryKey(),
    nameHe: text('name_he').notNull(),
    nameEn: text('name_en').notNull(),
    retiredOn: date('retired_on'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('standing_powers_name_he_offered').on(t.nameHe).where(sql`${t.retiredOn} is null`)],
);

/** A member authority's delegation of a power to its cluster, by its council's decision, from a day to its last day (null: in force until ended). */
export const standingDelegations = pgTable(
  'standing_delegations',
  {
    id: serial('id').primaryKey(),
    clusterSlug: text('cluster_slug').notNull().references(() => clusters.slug),
    authorityId: text('authority_id').notNull().references(() => authorities.id),
    powerId: integer('power_id').notNull().references(() => standingPowers.id),
    fromDay: date('from_day').notNull(),
    untilDay: date('until_day'),
    decidedOn: date('decided_on').notNull(),
    decisionNumber: text('decision_number').notNull().default(''),
    decisionDocumentId: uuid('decision_document_id').references(() => documents.id),
    recordedBy: text('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('standing_delegations_cluster_idx').on(t.clusterSlug), index('standing_delegations_authority_power_idx').on(t.authorityId, t.powerId)],
);
