import { sql } from 'drizzle-orm';
import { boolean, date, doublePrecision, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { authorities } from '../authorities/authorities.schema';

/**
 * Why a period ended at an unknown date, as the import that ended it found: a source places the
 * authority in another cluster (`moved`, as of that source's date), or a complete list of the
 * cluster's members as of a date leaves it out (`not_listed`). Kept as data, worded by each page.
 */
export type MembershipEnding = { kind: 'moved'; clusterSlug: string; asOf: string | null } | { kind: 'not_listed'; asOf: string };

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
    /** Why it ended, when an import ended it at an unknown date (see `MembershipEnding`). */
    endReason: jsonb('end_reason').$type<MembershipEnding>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('memberships_cluster_idx').on(t.clusterSlug),
    // An authority's whole history (its page, each join and leave, each row of an import), not only its open membership.
    index('memberships_authority_idx').on(t.authorityId),
    // The database itself refuses a second open membership: an authority is in one cluster at a time.
    uniqueIndex('memberships_one_open_per_authority').on(t.authorityId).where(sql`${t.ended} = false`),
  ],
);

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

export const statedFigures = pgTable('stated_figures', {
  id: serial('id').primaryKey(),
  subject: text('subject').notNull(),
  key: text('key').notNull(),
  value: doublePrecision('value').notNull(),
  asOf: text('as_of'),
  source: text('source').notNull(),
});
