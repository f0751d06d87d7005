import { sql } from 'drizzle-orm';
import { boolean, date, doublePrecision, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { authorities } from '../authorities/authorities.schema';
import { services } from '../services/services.schema';
import { users } from '../users/users.schema';

/** An indicator the measurement partner defines: what is measured, in what unit, how often, which way is better. */
export const measurementIndicators = pgTable('measurement_indicators', {
  id: serial('id').primaryKey(),
  nameHe: text('name_he').notNull(),
  nameEn: text('name_en'),
  unitHe: text('unit_he').notNull(),
  unitEn: text('unit_en'),
  description: text('description').notNull().default(''),
  direction: text('direction').notNull(),
  frequency: text('frequency').notNull(),
  kind: text('kind').notNull(),
  domain: text('domain').notNull(),
  serviceId: integer('service_id').references(() => services.id),
  owner: text('owner').notNull(),
  public: boolean('public').notNull().default(false),
  minValue: doublePrecision('min_value'),
  maxValue: doublePrecision('max_value'),
  fromPeriod: text('from_period').notNull(),
  dueDays: integer('due_days').notNull().default(90),
  createdBy: text('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * An authority's value of one kind (baseline, target, actual) for one period of an indicator. Its
 * versions are kept below; the row says which approved version counts (the latest approved) and
 * where the latest stands, so that the dashboards read one row a value.
 */
export const measurementValues = pgTable(
  'measurement_values',
  {
    id: serial('id').primaryKey(),
    indicatorId: integer('indicator_id').notNull().references(() => measurementIndicators.id),
    authorityId: text('authority_id').notNull().references(() => authorities.id),
    kind: text('kind').notNull(),
    period: text('period').notNull(),
    /** The approved version that counts, and its value; null until one is approved. */
    approvedVersion: integer('approved_version'),
    approvedValue: doublePrecision('approved_value'),
    /** The latest version: its number, value and state (an import of the same value again changes nothing). */
    latestVersion: integer('latest_version').notNull(),
    latestValue: doublePrecision('latest_value').notNull(),
    latestState: text('latest_state').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('measurement_values_key_idx').on(t.indicatorId, t.authorityId, t.kind, t.period),
    // A dashboard reads an indicator's values of a kind for some authorities over a span of periods.
    index('measurement_values_indicator_idx').on(t.indicatorId, t.kind, t.period),
    index('measurement_values_authority_idx').on(t.authorityId),
    index('measurement_values_waiting_idx').on(t.latestState).where(sql`${t.latestState} = 'submitted'`),
  ],
);

/** Every version of a value as it was entered, with the partner's decision and remark on it. */
export const measurementValueVersions = pgTable(
  'measurement_value_versions',
  {
    id: serial('id').primaryKey(),
    valueId: integer('value_id').notNull().references(() => measurementValues.id),
    version: integer('version').notNull(),
    value: doublePrecision('value').notNull(),
    comment: text('comment').notNull().default(''),
    documentIds: jsonb('document_ids').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    source: text('source').notNull().default('entry'),
    state: text('state').notNull().default('submitted'),
    submittedBy: text('submitted_by').references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    remark: text('remark').notNull().default(''),
    reviewedBy: text('reviewed_by').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('measurement_value_versions_version_idx').on(t.valueId, t.version)],
);

/** That a value owed and overdue was told of, to a cluster's staff (`cluster:<slug>`) or an authority's representative (`authority:<id>`): once each. */
export const measurementNotices = pgTable(
  'measurement_notices',
  {
    id: serial('id').primaryKey(),
    scope: text('scope').notNull(),
    indicatorId: integer('indicator_id').notNull().references(() => measurementIndicators.id),
    period: text('period').notNull(),
    toldOn: date('told_on').notNull(),
  },
  (t) => [uniqueIndex('measurement_notices_once_idx').on(t.scope, t.indicatorId, t.period)],
);
