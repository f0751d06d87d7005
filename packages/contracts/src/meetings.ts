import { z } from 'zod';
import { authorityIdSchema, isoDateSchema, rowIdParamSchema, rowIdSchema, slugSchema } from './common';
import { bodyKindSchema, governanceLimits, onBehalfOfOne, rulesEntrySchema, seatRoleSchema, tallySchema, voteSchema } from './governance';

/**
 * A body's meetings: scheduled on a day and hour in Israel, with an agenda, invitations answered
 * for each authority, attendance by person, each authority's vote on an item and the tally, the
 * decisions, and then closed. Votes are counted by the unit a seat sits for: a member authority
 * in a cluster's body, an organisation in the programme's bodies.
 */

export const meetingLimits = {
  place: 300,
  url: 500,
  title: 300,
  presenter: 200,
  itemText: 5_000,
  decisionText: 5_000,
  owner: 200,
  minutes: 100_000,
  items: 100,
  documentsPerItem: 20,
  attendance: 1_000,
  /** The longest meeting, in minutes. */
  duration: 24 * 60,
  /** How far ahead a meeting may be scheduled, in days. */
  ahead: 3 * 366,
} as const;

/** A wall-clock time in Israel, `YYYY-MM-DDTHH:mm`: a meeting's start as its invitees read it. */
export const localDateTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'expected YYYY-MM-DDTHH:mm')
  .refine((s) => {
    const [d, t] = s.split('T') as [string, string];
    const [y, m, day] = d.split('-').map(Number) as [number, number, number];
    const [h, min] = t.split(':').map(Number) as [number, number];
    const probe = new Date(Date.UTC(y, m - 1, day));
    return probe.getUTCMonth() === m - 1 && probe.getUTCDate() === day && h < 24 && min < 60;
  }, 'not a real day and time');

const textOf = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max);

export const meetingStatusSchema = z.enum(['scheduled', 'closed', 'cancelled']);
export type MeetingStatus = z.infer<typeof meetingStatusSchema>;

export const scheduleMeetingSchema = z.strictObject({
  startsAt: localDateTimeSchema,
  durationMinutes: z.number().int().min(15).max(meetingLimits.duration).default(120),
  place: optionalText(meetingLimits.place).default(''),
  onlineUrl: z.url({ protocol: /^https?$/ }).max(meetingLimits.url).nullable().default(null),
  /** Whether its decisions and approved minutes are shown to the public. */
  public: z.boolean().default(false),
});
export type ScheduleMeeting = z.infer<typeof scheduleMeetingSchema>;

export const updateMeetingSchema = z
  .strictObject({
    startsAt: localDateTimeSchema,
    durationMinutes: z.number().int().min(15).max(meetingLimits.duration),
    place: optionalText(meetingLimits.place),
    onlineUrl: z.url({ protocol: /^https?$/ }).max(meetingLimits.url).nullable(),
    public: z.boolean(),
  })
  .partial()
  .refine((p) => Object.keys(p).length > 0, 'nothing to change');
export type UpdateMeeting = z.infer<typeof updateMeetingSchema>;

/** What an agenda item is about, when it is about something Eshkol holds. */
export const itemLinkKinds = ['service', 'submission', 'study', 'decision'] as const;
export const itemLinkSchema = z.strictObject({ kind: z.enum(itemLinkKinds), id: rowIdSchema });
export type ItemLink = z.infer<typeof itemLinkSchema>;

/** Documents uploaded through the document upload, each attached once. */
const documentIdsSchema = z.array(z.uuid()).max(meetingLimits.documentsPerItem).refine((ids) => new Set(ids).size === ids.length, 'each document once');

export const addItemSchema = z.strictObject({
  title: textOf(meetingLimits.title),
  presenter: optionalText(meetingLimits.presenter).default(''),
  description: optionalText(meetingLimits.itemText).default(''),
  /** Whether the body votes on it. */
  needsDecision: z.boolean().default(false),
  link: itemLinkSchema.nullable().default(null),
  documentIds: documentIdsSchema.default([]),
});
export type AddItem = z.infer<typeof addItemSchema>;

export const updateItemSchema = z
  .strictObject({
    title: textOf(meetingLimits.title),
    presenter: optionalText(meetingLimits.presenter),
    description: optionalText(meetingLimits.itemText),
    needsDecision: z.boolean(),
    link: itemLinkSchema.nullable(),
    documentIds: documentIdsSchema,
  })
  .partial()
  .refine((p) => Object.keys(p).length > 0, 'nothing to change');
export type UpdateItem = z.infer<typeof updateItemSchema>;

/** A representative's answer for their authority: attending, sending an alternate, or excused. */
export const answerKinds = ['attending', 'alternate', 'excused'] as const;
export const answerSchema = z
  .strictObject({
    /** The unit answered for: a member authority, or an organisation. */
    authorityId: authorityIdSchema.nullable().default(null),
    organisation: z.string().trim().min(2).max(governanceLimits.organisation).nullable().default(null),
    answer: z.enum(answerKinds),
    /** Who comes instead, when an alternate is sent. */
    alternateName: z.string().trim().min(2).max(governanceLimits.personName).nullable().default(null),
    note: optionalText(governanceLimits.note).default(''),
  })
  .refine(onBehalfOfOne, { message: 'for one authority or one organisation', path: ['authorityId'] })
  .refine((a) => (a.answer === 'alternate') === (a.alternateName !== null), { message: 'an alternate has a name, and only an alternate', path: ['alternateName'] });
export type Answer = z.infer<typeof answerSchema>;

/** A person present: a seat's holder, or someone else (an alternate, a guest) on behalf of an authority or an organisation. */
export const recordAttendanceSchema = z.union([
  z.strictObject({ seatId: rowIdSchema }),
  z
    .strictObject({
      personName: z.string().trim().min(2).max(governanceLimits.personName),
      title: optionalText(governanceLimits.title).default(''),
      role: seatRoleSchema,
      authorityId: authorityIdSchema.nullable().default(null),
      organisation: z.string().trim().min(2).max(governanceLimits.organisation).nullable().default(null),
    })
    .refine(onBehalfOfOne, { message: 'on behalf of one authority or one organisation', path: ['authorityId'] }),
]);
export type RecordAttendance = z.infer<typeof recordAttendanceSchema>;

/** A voting unit's ballot on an item: a member authority's, or (in the programme's bodies) an organisation's. */
export const ballotSchema = z
  .strictObject({ authorityId: authorityIdSchema.nullable().default(null), organisation: z.string().trim().min(2).max(governanceLimits.organisation).nullable().default(null), vote: voteSchema })
  .refine(onBehalfOfOne, { message: 'on behalf of one authority or one organisation', path: ['authorityId'] });
export const setBallotsSchema = z.strictObject({ ballots: z.array(ballotSchema).max(1_000) });
export type SetBallots = z.infer<typeof setBallotsSchema>;

export const decisionStatuses = ['open', 'in_progress', 'done', 'cancelled'] as const;
export const decisionStatusSchema = z.enum(decisionStatuses);
export type DecisionStatus = z.infer<typeof decisionStatusSchema>;

export const recordDecisionSchema = z.strictObject({
  text: textOf(meetingLimits.decisionText),
  owner: optionalText(meetingLimits.owner).default(''),
  /** The member authority that carries it out, when one does: its representatives are told, and told again when it is overdue. */
  ownerAuthorityId: authorityIdSchema.nullable().default(null),
  dueOn: isoDateSchema.nullable().default(null),
});
export type RecordDecision = z.infer<typeof recordDecisionSchema>;

export const followUpSchema = z.strictObject({ status: decisionStatusSchema, note: optionalText(governanceLimits.note).default('') });
export type FollowUp = z.infer<typeof followUpSchema>;

/** Forwards a decided item (a forum's recommendation) to another body of the cluster: to its next scheduled meeting. */
export const forwardItemSchema = z.strictObject({ toBodyId: rowIdSchema });
export type ForwardItem = z.infer<typeof forwardItemSchema>;

export const editMinutesSchema = z.strictObject({ text: z.string().max(meetingLimits.minutes) });
/** Minutes are approved by the chair, or by a decision of a later meeting of the body that passed. */
export const approveMinutesSchema = z.union([z.strictObject({ by: z.literal('chair') }), z.strictObject({ by: z.literal('vote'), decisionId: rowIdSchema })]);
export type ApproveMinutes = z.infer<typeof approveMinutesSchema>;

const namesSchema = z.object({ nameHe: z.string(), nameEn: z.string().nullable() });
/** A voting unit: a member authority (with its names) or an organisation. */
export const unitSchema = z.object({ authorityId: authorityIdSchema.nullable(), organisation: z.string().nullable(), names: namesSchema });
export type Unit = z.infer<typeof unitSchema>;

export const decisionSchema = z.object({
  id: z.number().int(),
  /** The body's own number for it: the year and a running count, "2026/3". */
  number: z.string(),
  bodyId: z.number().int(),
  body: namesSchema.extend({ kind: bodyKindSchema }),
  clusterSlug: z.string().nullable(),
  meetingId: z.number().int(),
  meetingStartsAt: z.string(),
  itemId: z.number().int(),
  itemTitle: z.string(),
  text: z.string(),
  owner: z.string(),
  /** The member authority that carries it out, with its names; null when none was named. */
  ownerAuthority: z.object({ authorityId: authorityIdSchema, names: namesSchema }).nullable(),
  dueOn: isoDateSchema.nullable(),
  status: decisionStatusSchema,
  statusNote: z.string(),
  outcome: z.enum(['passed', 'failed']),
  tally: tallySchema,
  link: itemLinkSchema.nullable(),
  overdue: z.boolean(),
  public: z.boolean(),
  decidedOn: isoDateSchema,
  /** What the reader may do with it: move its follow-up on. */
  actions: z.array(z.enum(['followUp'])),
});
export type Decision = z.infer<typeof decisionSchema>;

export const itemSchema = z.object({
  id: z.number().int(),
  position: z.number().int(),
  title: z.string(),
  presenter: z.string(),
  description: z.string(),
  needsDecision: z.boolean(),
  link: itemLinkSchema.nullable(),
  /** Where the link leads: the service's page (a service, its study or its submission) or the decision's meeting. */
  linked: z.object({ serviceId: z.number().int().nullable(), meetingId: z.number().int().nullable() }).nullable(),
  documentIds: z.array(z.string()),
  /** The documents attached, with their file names. */
  documents: z.array(z.object({ id: z.string(), fileName: z.string() })),
  ballots: z.array(unitSchema.extend({ vote: voteSchema })),
  /** The tally of the ballots recorded so far, with the attendance now; null for an item without a vote. */
  tally: tallySchema.nullable(),
  decision: decisionSchema.nullable(),
  /** The item it was forwarded from (another body's), and the items it was forwarded to. */
  forwardedFrom: z.object({ itemId: z.number().int(), meetingId: z.number().int(), bodyId: z.number().int(), body: namesSchema, decision: decisionSchema.nullable() }).nullable(),
  forwardedTo: z.array(z.object({ itemId: z.number().int(), meetingId: z.number().int(), bodyId: z.number().int(), body: namesSchema })),
});
export type Item = z.infer<typeof itemSchema>;

export const attendanceSchema = z.object({
  id: z.number().int(),
  seatId: z.number().int().nullable(),
  personName: z.string().nullable(),
  title: z.string(),
  role: seatRoleSchema,
  unit: unitSchema,
  /** Whether the person's unit is a voting member (observers and invitees never count). */
  counts: z.boolean(),
});

export const invitationSchema = z.object({
  unit: unitSchema,
  answer: z.enum(answerKinds).nullable(),
  alternateName: z.string().nullable(),
  note: z.string(),
  answeredAt: z.string().nullable(),
  /** Whether the reader may answer for this unit. */
  mine: z.boolean(),
});

export const minutesSchema = z.object({
  status: z.enum(['draft', 'approved']),
  text: z.string(),
  approvedBy: z.enum(['chair', 'vote']).nullable(),
  approvedOn: isoDateSchema.nullable(),
  /** The decision that approved them, when a vote did. */
  approvalDecisionId: z.number().int().nullable(),
});
export type Minutes = z.infer<typeof minutesSchema>;

export const meetingActionSchema = z.enum(['manage', 'answer', 'record', 'close', 'minutes', 'approveMinutes']);
export type MeetingAction = z.infer<typeof meetingActionSchema>;

export const meetingSummarySchema = z.object({
  id: z.number().int(),
  bodyId: z.number().int(),
  body: namesSchema.extend({ kind: bodyKindSchema }),
  clusterSlug: z.string().nullable(),
  /** The start as an instant (ISO with offset), and as the wall-clock time in Israel. */
  startsAt: z.string(),
  startsAtLocal: z.string(),
  durationMinutes: z.number().int(),
  place: z.string(),
  onlineUrl: z.string().nullable(),
  status: meetingStatusSchema,
  public: z.boolean(),
  minutesStatus: z.enum(['none', 'draft', 'approved']),
});
export type MeetingSummary = z.infer<typeof meetingSummarySchema>;

export const meetingDetailSchema = meetingSummarySchema.extend({
  actions: z.array(meetingActionSchema),
  /** The voting units on the meeting's day, and the rules the body votes by then. */
  members: z.array(unitSchema),
  rules: rulesEntrySchema.nullable(),
  items: z.array(itemSchema),
  invitations: z.array(invitationSchema),
  attendance: z.array(attendanceSchema),
  /** The quorum now: units present against the rule. */
  quorum: tallySchema.shape.quorum.nullable(),
  minutes: minutesSchema.nullable(),
});
export type MeetingDetail = z.infer<typeof meetingDetailSchema>;

export const meetingListSchema = z.object({ items: z.array(meetingSummarySchema), actions: z.array(z.enum(['schedule'])) });

export const decisionListQuerySchema = z.strictObject({
  /** A cluster's register, or the programme's (`programme`). */
  scope: z.union([z.literal('programme'), slugSchema]),
  status: decisionStatusSchema.optional(),
  body: rowIdParamSchema.optional(),
  q: z.string().trim().max(200).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  service: rowIdParamSchema.optional(),
});
export const decisionListSchema = z.object({ items: z.array(decisionSchema) });

export const outboxSchema = z.object({
  items: z.array(z.object({ id: z.number().int(), to: z.string(), subject: z.string(), text: z.string(), meetingId: z.number().int().nullable(), createdAt: z.string(), sentAt: z.string().nullable(), hasCalendar: z.boolean() })),
});

export const meetingIdSchema = rowIdParamSchema;
export const itemIdSchema = rowIdParamSchema;
export const decisionIdSchema = rowIdParamSchema;
export const attendanceIdSchema = rowIdParamSchema;
