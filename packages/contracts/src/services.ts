import { serviceStates } from '@eshkol/engine/workflow/service-review';
import { z } from 'zod';
import { clusterRefSchema } from './authorities';
import { authorityIdSchema, isoDateSchema, rowIdParamSchema, slugSchema } from './common';
import { domainSchema } from './participation';

/**
 * Shared services (שירותים משותפים): what a cluster provides for some of its members. A core
 * service (שירות ליבה) may receive an incentive grant; another regional project names its funders.
 */
export const serviceKinds = ['core', 'regional'] as const;
export const serviceKindSchema = z.enum(serviceKinds);
export type ServiceKind = z.infer<typeof serviceKindSchema>;

/** The states of the engine's review state machine (`@eshkol/engine/workflow/service-review`). */
export { serviceStates };
export type { ServiceState } from '@eshkol/engine/workflow/service-review';
export const serviceStateSchema = z.enum(serviceStates);

export const serviceIdSchema = rowIdParamSchema;

export const createServiceSchema = z.strictObject({
  nameHe: z.string().trim().min(2).max(200),
  nameEn: z.string().trim().min(2).max(200).nullable().default(null),
  domain: domainSchema,
  kind: serviceKindSchema,
  /** Who funds a regional project (ministries, donors, the authorities); empty for a core service. */
  funders: z.array(z.string().trim().min(2).max(200)).max(20).default([]),
  description: z.string().trim().max(5000).default(''),
  /** Member authorities asked to decide whether they join. */
  invited: z.array(authorityIdSchema).min(1).max(100),
});
export type CreateService = z.infer<typeof createServiceSchema>;

export const updateServiceSchema = z
  .strictObject({
    nameHe: z.string().trim().min(2).max(200),
    nameEn: z.string().trim().min(2).max(200).nullable(),
    description: z.string().trim().max(5000),
    funders: z.array(z.string().trim().min(2).max(200)).max(20),
    /** More members to invite (already invited ones are ignored). */
    invite: z.array(authorityIdSchema).max(100),
  })
  .partial();
export type UpdateService = z.infer<typeof updateServiceSchema>;

/** The council or board approval behind an authority's decision to join. */
export const approvalBodies = ['council', 'board', 'head'] as const;
export const approvalSchema = z.object({
  body: z.enum(approvalBodies),
  decidedOn: isoDateSchema,
  resolutionNumber: z.string().trim().min(1).max(60),
  documentId: z.string().uuid().nullable(),
  documentName: z.string().nullable(),
});
export type Approval = z.infer<typeof approvalSchema>;

export const participantStatuses = ['invited', 'joined', 'declined', 'left'] as const;
export const participantStatusSchema = z.enum(participantStatuses);
export type ParticipantStatus = z.infer<typeof participantStatusSchema>;

/** One authority's part in a service, now; `history` keeps every earlier answer. */
export const participantSchema = z.object({
  authorityId: authorityIdSchema,
  nameHe: z.string(),
  nameEn: z.string().nullable(),
  status: participantStatusSchema,
  /** From when the authority takes part (its join decision's date). */
  since: isoDateSchema.nullable(),
  leftOn: isoDateSchema.nullable(),
  approval: approvalSchema.nullable(),
  history: z.array(
    z.object({
      status: participantStatusSchema,
      at: z.string(),
      by: z.string().nullable(),
      approval: approvalSchema.nullable(),
      note: z.string().nullable(),
    }),
  ),
});
export type Participant = z.infer<typeof participantSchema>;

export const serviceSummarySchema = z.object({
  id: z.number().int(),
  clusterSlug: slugSchema,
  nameHe: z.string(),
  nameEn: z.string().nullable(),
  domain: domainSchema,
  kind: serviceKindSchema,
  state: serviceStateSchema,
  participantCount: z.number().int(),
  invitedCount: z.number().int(),
  createdAt: z.string(),
});
export type ServiceSummary = z.infer<typeof serviceSummarySchema>;

/**
 * `public`: what anyone may see — the authorities that take part and since when. `full` (national
 * roles, the cluster's staff, representatives of invited authorities): every invitation and answer,
 * with approvals, documents and history.
 */
export const serviceDetailLevels = ['public', 'full'] as const;

export const serviceSchema = serviceSummarySchema.extend({
  /** The cluster, named, so that a page never shows its slug. */
  cluster: clusterRefSchema,
  funders: z.array(z.string()),
  description: z.string(),
  detail: z.enum(serviceDetailLevels),
  participants: z.array(participantSchema),
  /** The latest feasibility study's version, if any. */
  currentStudyVersion: z.number().int().nullable(),
  /**
   * What the signed-in user may do now (buttons to show); the server checks again on each call.
   * Staff of the cluster: `edit`, `invite`, `save_study` while open, and `submit`; the committee:
   * `approve`, `approve_with_conditions`, `return`, `reject`; an invited authority's
   * representative: `join`, `decline`, `leave` as its answer allows; whoever reads the cluster's
   * part of the incentive budget: `read_milestones`.
   */
  actions: z.array(z.string()),
});
export type Service = z.infer<typeof serviceSchema>;

export const serviceListSchema = z.object({ items: z.array(serviceSummarySchema) });

/** An authority representative's answer for their own authority. */
export const decideParticipationSchema = z.discriminatedUnion('decision', [
  z.strictObject({
    decision: z.literal('join'),
    body: z.enum(approvalBodies),
    decidedOn: isoDateSchema,
    resolutionNumber: z.string().trim().min(1).max(60),
    /** An uploaded document (POST /api/v1/documents) with the approval. */
    documentId: z.string().uuid(),
  }),
  z.strictObject({ decision: z.literal('decline'), note: z.string().trim().max(1000).nullable().default(null) }),
  z.strictObject({ decision: z.literal('leave'), leftOn: isoDateSchema, note: z.string().trim().max(1000).nullable().default(null) }),
]);
export type DecideParticipation = z.infer<typeof decideParticipationSchema>;

/** The cluster's services × its member authorities. */
export const serviceMatrixSchema = z.object({
  services: z.array(serviceSummarySchema),
  rows: z.array(
    z.object({
      authorityId: authorityIdSchema,
      nameHe: z.string(),
      nameEn: z.string().nullable(),
      /** `since`: from when the status holds — the join date, the leave date, or the day of the last answer. */
      cells: z.array(z.object({ serviceId: z.number().int(), status: participantStatusSchema.nullable(), since: isoDateSchema.nullable() })),
    }),
  ),
});
export type ServiceMatrix = z.infer<typeof serviceMatrixSchema>;
