import type { ItemLink } from '@eshkol/contracts/meetings';
import type { Tally } from '@eshkol/engine';
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { authorities } from '../authorities/authorities.schema';
import { clusters } from '../clusters/clusters.schema';
import { users } from '../users/users.schema';
import { bodies, seats } from './governance.schema';

/** A meeting of a body: when (an instant; Israel's wall clock is derived), where, and whether it is over. */
export const meetings = pgTable(
  'governance_meetings',
  {
    id: serial('id').primaryKey(),
    bodyId: integer('body_id').notNull().references(() => bodies.id),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    place: text('place').notNull().default(''),
    onlineUrl: text('online_url'),
    status: text('status').notNull().default('scheduled'),
    isPublic: boolean('is_public').notNull().default(false),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdBy: text('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('governance_meetings_body_idx').on(t.bodyId, t.startsAt)],
);

/** An agenda item; a forwarded one names the item (of another body) it came from. */
export const agendaItems = pgTable(
  'governance_agenda_items',
  {
    id: serial('id').primaryKey(),
    meetingId: integer('meeting_id').notNull().references(() => meetings.id),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    presenter: text('presenter').notNull().default(''),
    description: text('description').notNull().default(''),
    needsDecision: boolean('needs_decision').notNull().default(false),
    link: jsonb('link').$type<ItemLink>(),
    documentIds: jsonb('document_ids').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    forwardedFromItemId: integer('forwarded_from_item_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('governance_agenda_items_meeting_idx').on(t.meetingId, t.position), index('governance_agenda_items_from_idx').on(t.forwardedFromItemId)],
);

/**
 * An invitation to a voting unit (a member authority, or an organisation), answered for it:
 * attending, an alternate, or excused. `unit` is the authority's id or `org:` and the organisation.
 */
export const invitations = pgTable(
  'governance_invitations',
  {
    id: serial('id').primaryKey(),
    meetingId: integer('meeting_id').notNull().references(() => meetings.id),
    unit: text('unit').notNull(),
    authorityId: text('authority_id').references(() => authorities.id),
    organisation: text('organisation'),
    answer: text('answer'),
    alternateName: text('alternate_name'),
    note: text('note').notNull().default(''),
    answeredBy: text('answered_by').references(() => users.id),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('governance_invitations_unit_idx').on(t.meetingId, t.unit)],
);

/** A person present at a meeting, for a unit. */
export const attendance = pgTable(
  'governance_attendance',
  {
    id: serial('id').primaryKey(),
    meetingId: integer('meeting_id').notNull().references(() => meetings.id),
    seatId: integer('seat_id').references(() => seats.id),
    personName: text('person_name'),
    title: text('title').notNull().default(''),
    role: text('role').notNull(),
    unit: text('unit').notNull(),
    authorityId: text('authority_id').references(() => authorities.id),
    organisation: text('organisation'),
    recordedBy: text('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('governance_attendance_meeting_idx').on(t.meetingId), uniqueIndex('governance_attendance_seat_idx').on(t.meetingId, t.seatId)],
);

/** A unit's vote on an item: one per unit (the unique index keeps it so). */
export const ballots = pgTable(
  'governance_ballots',
  {
    id: serial('id').primaryKey(),
    itemId: integer('item_id').notNull().references(() => agendaItems.id),
    unit: text('unit').notNull(),
    authorityId: text('authority_id').references(() => authorities.id),
    organisation: text('organisation'),
    vote: text('vote').notNull(),
  },
  (t) => [uniqueIndex('governance_ballots_unit_idx').on(t.itemId, t.unit)],
);

/** A decision on an item, with the tally it was taken by; its follow-up status moves after the meeting. */
export const bodyDecisions = pgTable(
  'governance_decisions',
  {
    id: serial('id').primaryKey(),
    itemId: integer('item_id').notNull().references(() => agendaItems.id),
    meetingId: integer('meeting_id').notNull().references(() => meetings.id),
    bodyId: integer('body_id').notNull().references(() => bodies.id),
    year: integer('year').notNull(),
    serial: integer('serial').notNull(),
    text: text('text').notNull(),
    owner: text('owner').notNull().default(''),
    ownerAuthorityId: text('owner_authority_id').references(() => authorities.id),
    dueOn: date('due_on'),
    /** The day its owners were told it is overdue: they are told once. */
    overdueNotifiedOn: date('overdue_notified_on'),
    outcome: text('outcome').notNull(),
    tally: jsonb('tally').$type<Tally>().notNull(),
    status: text('status').notNull().default('open'),
    statusNote: text('status_note').notNull().default(''),
    decidedOn: date('decided_on').notNull(),
    createdBy: text('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('governance_decisions_item_idx').on(t.itemId), uniqueIndex('governance_decisions_number_idx').on(t.bodyId, t.year, t.serial)],
);

/** A meeting's minutes: a draft until approved, then frozen. */
export const minutes = pgTable('governance_minutes', {
  meetingId: integer('meeting_id')
    .primaryKey()
    .references(() => meetings.id),
  text: text('text').notNull(),
  status: text('status').notNull().default('draft'),
  approvedBy: text('approved_by'),
  approvalDecisionId: integer('approval_decision_id').references(() => bodyDecisions.id),
  approvedOn: date('approved_on'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A cluster's own governance settings: whether a submission needs its board's approving decision first. */
export const clusterGovernance = pgTable('governance_cluster_settings', {
  clusterSlug: text('cluster_slug')
    .primaryKey()
    .references(() => clusters.slug),
  boardApprovalRequired: boolean('board_approval_required').notNull().default(false),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
