import { sql } from 'drizzle-orm';
import {
  bigint, bigserial, boolean, customType, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex, uuid,
} from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

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

/** A period of membership; history is appended to, never overwritten (docs/adr/0001-membership-history.md). */
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
    /** The shared service the event belongs to, so that its whole story reads as one. */
    serviceId: integer('service_id'),
  },
  (t) => [index('audit_events_entity_idx').on(t.entityType, t.entityId), index('audit_events_service_idx').on(t.serviceId)],
);

// ---- Shared services, feasibility studies, committee review, incentive budget ----

/** A shared service or regional project of a cluster; `state` follows the engine's review machine. */
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

/** Uploaded files (council approvals), kept in the database with their checked type and hash. */
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

/** An authority's current part in a service; every answer is also kept in `service_participation_events`. */
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

/** Immutable versions of a service's feasibility study, with the engine's result as computed then. */
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

/** A submission to the professional committee, with its package frozen as submitted. */
export const submissions = pgTable(
  'submissions',
  {
    id: serial('id').primaryKey(),
    serviceId: integer('service_id').notNull().references(() => services.id),
    studyId: integer('study_id').notNull().references(() => feasibilityStudies.id),
    requestedGrantAgorot: bigint('requested_grant_agorot', { mode: 'number' }).notNull(),
    package: jsonb('package').notNull(),
    pending: boolean('pending').notNull().default(true),
    submittedBy: text('submitted_by').notNull().references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('submissions_service_idx').on(t.serviceId), index('submissions_pending_idx').on(t.pending)],
);

/** The committee's decisions; never edited, a later decision supersedes an earlier one. */
export const decisions = pgTable(
  'decisions',
  {
    id: serial('id').primaryKey(),
    submissionId: integer('submission_id').notNull().references(() => submissions.id),
    outcome: text('outcome').notNull(),
    checklist: jsonb('checklist').notNull(),
    reasons: text('reasons').notNull().default(''),
    grantAgorot: bigint('grant_agorot', { mode: 'number' }),
    decidedBy: text('decided_by').notNull().references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('decisions_submission_idx').on(t.submissionId)],
);

export const decisionConditions = pgTable('decision_conditions', {
  id: serial('id').primaryKey(),
  decisionId: integer('decision_id').notNull().references(() => decisions.id),
  text: text('text').notNull(),
  metAt: timestamp('met_at', { withTimezone: true }),
  metBy: text('met_by').references(() => users.id),
});

export const incentiveProgrammes = pgTable('incentive_programmes', {
  id: serial('id').primaryKey(),
  nameHe: text('name_he').notNull(),
  totalAgorot: bigint('total_agorot', { mode: 'number' }).notNull(),
  startsOn: date('starts_on').notNull(),
  endsOn: date('ends_on').notNull(),
  createdBy: text('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One lock row per programme and cluster: writers that commit a cluster's money take it
 * `FOR UPDATE` first, so that concurrent approvals see each other's commitments.
 */
export const budgetAccounts = pgTable(
  'budget_accounts',
  {
    programmeId: integer('programme_id').notNull().references(() => incentiveProgrammes.id),
    clusterSlug: text('cluster_slug').notNull().references(() => clusters.slug),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.clusterSlug] })],
);

export const milestones = pgTable(
  'milestones',
  {
    id: serial('id').primaryKey(),
    serviceId: integer('service_id').notNull().references(() => services.id),
    title: text('title').notNull(),
    plannedOn: date('planned_on').notNull(),
    amountAgorot: bigint('amount_agorot', { mode: 'number' }).notNull(),
    deliverable: text('deliverable').notNull(),
    state: text('state').notNull().default('planned'),
    doneAt: timestamp('done_at', { withTimezone: true }),
    doneBy: text('done_by').references(() => users.id),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    paidBy: text('paid_by').references(() => users.id),
  },
  (t) => [index('milestones_service_idx').on(t.serviceId)],
);

/** Append-only: a trigger in the migration refuses UPDATE and DELETE. Amounts are positive agorot. */
export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    programmeId: integer('programme_id').notNull().references(() => incentiveProgrammes.id),
    kind: text('kind').notNull(),
    clusterSlug: text('cluster_slug').notNull().references(() => clusters.slug),
    serviceId: integer('service_id').references(() => services.id),
    milestoneId: integer('milestone_id').references(() => milestones.id),
    decisionId: integer('decision_id').references(() => decisions.id),
    amountAgorot: bigint('amount_agorot', { mode: 'number' }).notNull(),
    note: text('note').notNull().default(''),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    byUserId: text('by_user_id').references(() => users.id),
  },
  (t) => [index('ledger_entries_programme_idx').on(t.programmeId, t.clusterSlug)],
);

/** In-app notifications, addressed to a role within a scope; read per user. */
export const notifications = pgTable(
  'notifications',
  {
    id: serial('id').primaryKey(),
    kind: text('kind').notNull(),
    role: text('role').notNull(),
    clusterSlug: text('cluster_slug'),
    authorityId: text('authority_id'),
    link: text('link').notNull(),
    params: jsonb('params').$type<Record<string, string>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('notifications_audience_idx').on(t.role, t.clusterSlug, t.authorityId)],
);

export const notificationReads = pgTable(
  'notification_reads',
  {
    notificationId: integer('notification_id').notNull().references(() => notifications.id),
    userId: text('user_id').notNull().references(() => users.id),
    readAt: timestamp('read_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.notificationId, t.userId] })],
);
