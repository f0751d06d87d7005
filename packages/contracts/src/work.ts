import { z } from 'zod';
import { authorityIdSchema, isoDateSchema, slugSchema } from './common';
import { costSharingMethodSchema } from './cost-sharing';
import { serviceStateSchema } from './services';

/**
 * A reader's own work, for their home page: what each module says waits for them, each item with
 * what the page needs to word it and to link to where it is done. Modules contribute their items
 * (`Module.work` on the server); the page words each kind.
 */
export const serviceWaitsFor = ['answers', 'study', 'submission', 'committee', 'conditions', 'nothing'] as const;
export type ServiceWaitsFor = (typeof serviceWaitsFor)[number];

export const workItemSchema = z.discriminatedUnion('kind', [
  /** A service of the reader's cluster and what it waits for. */
  z.object({
    kind: z.literal('service'),
    serviceId: z.number().int(),
    name: z.string(),
    state: serviceStateSchema,
    waitsFor: z.enum(serviceWaitsFor),
    /** Invited authorities that have not answered yet. */
    pendingAnswers: z.number().int(),
  }),
  /** The reader's cluster may start a service. */
  z.object({ kind: z.literal('newService'), clusterSlug: slugSchema }),
  /** The reader's authority is invited to a service and has not answered. */
  z.object({ kind: z.literal('answer'), serviceId: z.number().int(), name: z.string(), authorityId: authorityIdSchema }),
  /** The reader's authority's share and saving in a service it joined, under its study's proposed method. */
  z.object({
    kind: z.literal('share'),
    serviceId: z.number().int(),
    name: z.string(),
    authorityId: authorityIdSchema,
    method: costSharingMethodSchema,
    shareAgorot: z.number().int(),
    savingAgorot: z.number().int(),
    savingPercent: z.number().nullable(),
  }),
  /** Submissions waiting for the committee's decision, for those who decide or read the queue. */
  z.object({ kind: z.literal('queue'), pending: z.number().int(), decides: z.boolean() }),
  /**
   * The incentive programme running today, for the national readers: its total and what of it is
   * allocated to clusters, committed to projects and paid, in agorot; `programme` is null when none
   * runs, and `manages` says whether the reader sets one up.
   */
  z.object({
    kind: z.literal('budget'),
    programme: z
      .object({
        id: z.number().int(),
        name: z.string(),
        endsOn: isoDateSchema,
        totalAgorot: z.number().int(),
        allocatedAgorot: z.number().int(),
        committedAgorot: z.number().int(),
        paidAgorot: z.number().int(),
      })
      .nullable(),
    manages: z.boolean(),
  }),
  /** Milestones marked done that wait for the ministry's approval of their payment, in every programme. */
  z.object({ kind: z.literal('payments'), pending: z.number().int(), amountAgorot: z.number().int(), decides: z.boolean() }),
  /**
   * The programme's steering committee, for the national readers: whether it met (a meeting held
   * and closed) this calendar year, when it last did, its next meeting, and its open and overdue decisions.
   */
  z.object({
    kind: z.literal('steering'),
    bodyId: z.number().int(),
    metThisYear: z.boolean(),
    lastMetAt: z.string().nullable(),
    nextMeeting: z.object({ id: z.number().int(), startsAt: z.string() }).nullable(),
    openDecisions: z.number().int(),
    overdueDecisions: z.number().int(),
  }),
  /** A meeting still to be held of a body the reader runs or sits on for their authority; `answer` when their authority has not answered. */
  z.object({ kind: z.literal('meeting'), meetingId: z.number().int(), body: z.object({ nameHe: z.string(), nameEn: z.string().nullable() }), startsAt: z.string(), answer: z.boolean() }),
  /** A cluster's decisions still to be carried out, for its staff: how many, and how many past their due day. */
  z.object({ kind: z.literal('decisions'), clusterSlug: slugSchema, open: z.number().int(), overdue: z.number().int() }),
]);
export type WorkItem = z.infer<typeof workItemSchema>;

export const myWorkSchema = z.object({ items: z.array(workItemSchema) });
export type MyWork = z.infer<typeof myWorkSchema>;
