import { sql } from 'drizzle-orm';
import {
  bigserial, boolean, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex,
} from 'drizzle-orm/pg-core';

export const authorities = pgTable(
  'authorities',
  {
    id: text('id').primaryKey(),
    cbsCode: integer('cbs_code').notNull(),
    moiCode: text('moi_code'),
    type: text('type').notNull(),
    nameHe: text('name_he').notNull(),
    nameEn: text('name_en'),
    district: text('district'),
    population: integer('population'),
    populationYear: integer('population_year'),
    socioEconomicCluster: integer('socioeconomic_cluster'),
    socioEconomicYear: integer('socioeconomic_year'),
    peripheralityCluster: integer('peripherality_cluster'),
    peripheralityYear: integer('peripherality_year'),
    areaKm2: doublePrecision('area_km2'),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    locationDerived: boolean('location_derived').notNull().default(false),
    source: text('source'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('authorities_type_idx').on(t.type), index('authorities_district_idx').on(t.district)],
);

export const clusters = pgTable('clusters', {
  slug: text('slug').primaryKey(),
  nameHe: text('name_he'),
  nameEn: text('name_en'),
  /** The as-of date of the source that gave the current main name. */
  nameAsOf: text('name_as_of'),
  otherNames: jsonb('other_names').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
  status: text('status').notNull().default('active'),
  legalForm: text('legal_form').notNull().default('unknown'),
  foundedOn: date('founded_on'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A period of membership; history is appended to, never overwritten (docs/adr/0002-membership-history.md). */
export const memberships = pgTable(
  'memberships',
  {
    id: serial('id').primaryKey(),
    authorityId: text('authority_id').notNull().references(() => authorities.id),
    clusterSlug: text('cluster_slug').notNull().references(() => clusters.slug),
    joinedOn: date('joined_on'),
    leftOn: date('left_on'),
    ended: boolean('ended').notNull().default(false),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('memberships_cluster_idx').on(t.clusterSlug),
    // The database itself refuses a second open membership: an authority is in one cluster at a time.
    uniqueIndex('memberships_one_open_per_authority').on(t.authorityId).where(sql`${t.ended} = false`),
  ],
);

/** A source attesting a membership at a date (`2016` per the programme's slides, `2025-10` per the Ministry). */
export const membershipObservations = pgTable(
  'membership_observations',
  {
    id: serial('id').primaryKey(),
    membershipId: integer('membership_id').notNull().references(() => memberships.id),
    asOf: text('as_of'),
    source: text('source').notNull(),
  },
  (t) => [index('membership_observations_membership_idx').on(t.membershipId)],
);

/** Figures the programme's documents state (e.g. a slide's member count), kept beside the computed ones. */
export const statedFigures = pgTable('stated_figures', {
  id: serial('id').primaryKey(),
  subject: text('subject').notNull(),
  key: text('key').notNull(),
  value: doublePrecision('value').notNull(),
  asOf: text('as_of'),
  source: text('source').notNull(),
});

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

export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: text('actor_user_id'),
    actorEmail: text('actor_email'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [index('audit_events_entity_idx').on(t.entityType, t.entityId)],
);
