import type { Tally, TallyInput } from '@eshkol/engine';
import { z } from 'zod';
import { authorityIdSchema, isoDateSchema, rowIdParamSchema, slugSchema } from './common';
import { domainSchema } from './participation';

/**
 * The governance module's contracts. A vote's tally (`eshkol tally`, and the server's meetings):
 * the body's rules, its voting member authorities, who attended for which and each authority's
 * ballot. Ids are the caller's (a meeting's authority ids, or any names on the command line); the
 * engine checks what the shape cannot — members, presence, one ballot each.
 */

/** The largest body, fraction term and population the tally takes. */
export const tallyLimits = { members: 1_000, attendance: 20_000, fractionTerm: 1_000, population: 100_000_000 } as const;

const idSchema = z.string().trim().min(1).max(100);
const fractionSchema = z.tuple([z.number().int().min(0).max(tallyLimits.fractionTerm), z.number().int().min(1).max(tallyLimits.fractionTerm)]);

export const votingRulesSchema = z.strictObject({
  quorum: z.union([
    z.strictObject({ of: z.literal('members'), fraction: fractionSchema, strict: z.boolean() }),
    z.strictObject({ count: z.number().int().min(0).max(tallyLimits.members) }),
  ]),
  majority: z.strictObject({ of: z.enum(['cast', 'present', 'members']), fraction: fractionSchema, strict: z.boolean() }),
  weights: z.enum(['equal', 'population']),
  chairBreaksTie: z.boolean(),
});

/** A body's voting rules as requests give and responses return them. */
export type BodyRules = z.infer<typeof votingRulesSchema>;

export const voteSchema = z.enum(['for', 'against', 'abstain']);

export const tallyInputSchema = z.strictObject({
  rules: votingRulesSchema,
  members: z.array(z.strictObject({ authorityId: idSchema, population: z.number().int().min(0).max(tallyLimits.population).nullable().optional() })).max(tallyLimits.members),
  chairAuthorityId: idSchema.nullable().optional(),
  attendance: z.array(z.strictObject({ person: idSchema, authorityId: idSchema })).max(tallyLimits.attendance),
  ballots: z.array(z.strictObject({ authorityId: idSchema, vote: voteSchema })).max(tallyLimits.members),
}) satisfies z.ZodType<TallyInput>;

export const tallySchema = z.object({
  quorum: z.object({ met: z.boolean(), present: z.number(), required: z.number() }),
  counts: z.object({ for: z.number().int(), against: z.number().int(), abstain: z.number().int(), notVoting: z.number().int(), absent: z.number().int() }),
  weighted: z.object({ for: z.number(), against: z.number(), abstain: z.number(), present: z.number(), members: z.number() }).nullable(),
  outcome: z.enum(['passed', 'failed', 'no-quorum']),
  reason: z.enum(['no-quorum', 'majority-reached', 'majority-not-reached', 'no-votes-for', 'tie-chair-for', 'tie-chair-against', 'tie-no-casting-vote']),
}) satisfies z.ZodType<Tally>;

/**
 * Bodies and seats. The programme's bodies (its steering committee and the ministries'
 * professional committee) belong to no cluster; a cluster has its board (דירקטוריון), its heads'
 * forum (פורום ראשי רשויות) and a professional forum per domain. A seat is held by a person or a
 * role title ("ראש הרשות") on behalf of a member authority or an organisation, for a term whose
 * `to` is its last day (null while it runs). A body's voting rules are kept as a history.
 */
export const programmeBodyKinds = ['steering_committee', 'professional_committee'] as const;
export const clusterBodyKinds = ['board', 'heads_forum', 'professional_forum'] as const;
export const bodyKinds = [...programmeBodyKinds, ...clusterBodyKinds] as const;
export const bodyKindSchema = z.enum(bodyKinds);
export type BodyKind = z.infer<typeof bodyKindSchema>;
export const isProgrammeBodyKind = (kind: BodyKind) => (programmeBodyKinds as readonly BodyKind[]).includes(kind);

export const seatRoles = ['chair', 'deputy', 'member', 'alternate', 'observer', 'secretary', 'invitee'] as const;
export const seatRoleSchema = z.enum(seatRoles);
export type SeatRole = z.infer<typeof seatRoleSchema>;
/** The roles that sit for their authority's vote; observers, secretaries and invitees never make an authority a voting member. */
export const votingSeatRoles: readonly SeatRole[] = ['chair', 'deputy', 'member', 'alternate'];

/** The longest name, title, organisation and note, and the most seats a body holds at once. */
export const governanceLimits = { name: 200, title: 200, personName: 200, organisation: 200, email: 254, note: 1000, userId: 100, seats: 500 } as const;

const nameSchema = z.string().trim().min(2).max(governanceLimits.name);
const noteSchema = z.string().trim().max(governanceLimits.note);

export const createBodySchema = z.strictObject({
  kind: bodyKindSchema,
  /** The cluster of a board, a heads' forum or a professional forum; null for the programme's bodies. */
  clusterSlug: slugSchema.nullable().default(null),
  /** A professional forum's domain (and no other body's). */
  domain: domainSchema.nullable().default(null),
  nameHe: nameSchema,
  nameEn: nameSchema.nullable().default(null),
  /** The body's first rules and the day they hold from. */
  rules: votingRulesSchema,
  rulesFrom: isoDateSchema,
});
export type CreateBody = z.infer<typeof createBodySchema>;

export const updateBodySchema = z
  .strictObject({ nameHe: nameSchema, nameEn: nameSchema.nullable(), domain: domainSchema.nullable() })
  .partial()
  .refine((p) => Object.keys(p).length > 0, 'nothing to change');
export type UpdateBody = z.infer<typeof updateBodySchema>;

/** New rules from a day on: a new row of the body's history, never a change of an earlier one. */
export const setRulesSchema = z.strictObject({ validFrom: isoDateSchema, rules: votingRulesSchema, note: noteSchema.default('') });
export type SetRules = z.infer<typeof setRulesSchema>;

const seatFields = {
  /** The person, when known; a seat held by an office ("ראש הרשות") has none. */
  personName: z.string().trim().min(2).max(governanceLimits.personName).nullable(),
  /** The holder's title or the office itself: "ראש הרשות", "נציג משרד האוצר". */
  title: z.string().trim().min(2).max(governanceLimits.title),
  email: z.email().max(governanceLimits.email).nullable(),
  /** The holder's account, when they have one. */
  userId: z.string().trim().min(1).max(governanceLimits.userId).nullable(),
  role: seatRoleSchema,
  /** On behalf of a member authority of the body's cluster … */
  authorityId: authorityIdSchema.nullable(),
  /** … or of an organisation (a ministry, JDC, the Union of Local Authorities). */
  organisation: z.string().trim().min(2).max(governanceLimits.organisation).nullable(),
  from: isoDateSchema,
  /** The term's last day; null while it runs. */
  to: isoDateSchema.nullable(),
};
export const onBehalfOfOne = (s: { authorityId?: string | null; organisation?: string | null }) => (s.authorityId ? 1 : 0) + (s.organisation ? 1 : 0) === 1;
const onBehalfOfIssue = { message: 'a seat is on behalf of one authority or one organisation', path: ['authorityId'] };

export const addSeatSchema = z
  .strictObject({
    ...seatFields,
    personName: seatFields.personName.default(null),
    email: seatFields.email.default(null),
    userId: seatFields.userId.default(null),
    authorityId: seatFields.authorityId.default(null),
    organisation: seatFields.organisation.default(null),
    to: seatFields.to.default(null),
  })
  .refine(onBehalfOfOne, onBehalfOfIssue);
export type AddSeat = z.infer<typeof addSeatSchema>;

/** A correction of a seat's record (a wrong name, role or date); the result is checked as a new seat is. */
export const correctSeatSchema = z
  .strictObject(seatFields)
  .partial()
  .refine((p) => Object.keys(p).length > 0, 'nothing to change');
export type CorrectSeat = z.infer<typeof correctSeatSchema>;

export const endSeatSchema = z.strictObject({ to: isoDateSchema });
export type EndSeat = z.infer<typeof endSeatSchema>;

/** What the reader may do with a body: `manage` it (its seats, its rules, its name). */
export const bodyActionSchema = z.enum(['manage']);
export type BodyAction = z.infer<typeof bodyActionSchema>;
/** What the reader may do with a list of bodies: `create` one (of that cluster, or of the programme). */
export const bodyListActionSchema = z.enum(['create']);

export const bodySummarySchema = z.object({
  id: z.number().int(),
  kind: bodyKindSchema,
  clusterSlug: slugSchema.nullable(),
  domain: domainSchema.nullable(),
  nameHe: z.string(),
  nameEn: z.string().nullable(),
  actions: z.array(bodyActionSchema),
});
export type BodySummary = z.infer<typeof bodySummarySchema>;

export const bodyListSchema = z.object({ items: z.array(bodySummarySchema), actions: z.array(bodyListActionSchema) });

export const rulesEntrySchema = z.object({ id: z.number().int(), validFrom: isoDateSchema, rules: votingRulesSchema, note: z.string() });
export type RulesEntry = z.infer<typeof rulesEntrySchema>;

const namesSchema = z.object({ nameHe: z.string(), nameEn: z.string().nullable() });

/**
 * A seat as the reader may see it: the e-mail and the account only for those who read the body's
 * details. `lapsed` on a date when its authority is no longer a member of the body's cluster;
 * `lapsedOn` is the day it left (null when the source gives no day).
 */
export const seatSchema = z.object({
  id: z.number().int(),
  bodyId: z.number().int(),
  personName: z.string().nullable(),
  title: z.string(),
  email: z.string().nullable(),
  userId: z.string().nullable(),
  role: seatRoleSchema,
  authorityId: authorityIdSchema.nullable(),
  authority: namesSchema.nullable(),
  organisation: z.string().nullable(),
  from: isoDateSchema,
  to: isoDateSchema.nullable(),
  status: z.enum(['active', 'lapsed']),
  lapsedOn: isoDateSchema.nullable(),
});
export type Seat = z.infer<typeof seatSchema>;

/** A body on a day: its seats then, its voting member authorities then, and the rules in force then. */
export const bodyDetailSchema = bodySummarySchema.extend({
  on: isoDateSchema,
  cluster: namesSchema.nullable(),
  rules: rulesEntrySchema.nullable(),
  rulesHistory: z.array(rulesEntrySchema),
  seats: z.array(seatSchema),
  votingMembers: z.array(z.object({ authorityId: authorityIdSchema, nameHe: z.string(), nameEn: z.string().nullable() })),
});
export type BodyDetail = z.infer<typeof bodyDetailSchema>;

export const bodyIdSchema = rowIdParamSchema;
export const seatIdSchema = rowIdParamSchema;
export const bodyListQuerySchema = z.strictObject({ cluster: slugSchema.optional() });
export const compositionQuerySchema = z.strictObject({ on: isoDateSchema.optional() });
