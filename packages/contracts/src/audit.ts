import { z } from 'zod';

export const auditEntityTypes = [
  'authority',
  'cluster',
  'membership',
  'participation',
  'user',
  'import',
  'service',
  'service_participation',
  'document',
  'feasibility_study',
  'submission',
  'decision',
  'programme',
  'ledger',
  'milestone',
  'progress_report',
  'compliance_rules',
  'compliance_feed',
  'body',
  'seat',
  'meeting',
  'agenda_item',
  'body_decision',
  'minutes',
  'cluster_governance',
  'staffing_request',
  'staffing_person',
  'financial_report',
  'legal_form',
  'cluster_order',
  'power',
  'delegation',
  'indicator',
  'measurement_value',
  'measurement_import',
] as const;
export type AuditEntityType = (typeof auditEntityTypes)[number];

/**
 * Every action the audit log records, named `<entity type>.<verb>` in snake case: the entity is the
 * event's `entityType`, the verb what happened to it.
 */
export const auditActions = [
  'authority.create',
  'authority.update',
  'cluster.create',
  'cluster.update',
  'membership.join',
  'membership.leave',
  'membership.end',
  'membership.observe',
  'participation.set_domains',
  'import.authorities',
  'import.clusters',
  'user.create',
  'service.create',
  'service.update',
  'service.submit',
  'service.decide',
  'service_participation.join',
  'service_participation.decline',
  'service_participation.leave',
  'document.upload',
  'feasibility_study.save',
  'feasibility_study.submit',
  'submission.create',
  'submission.close',
  'decision.approve',
  'decision.approve_with_conditions',
  'decision.return',
  'decision.reject',
  'decision.condition_met',
  'programme.create',
  'ledger.allocate',
  'ledger.withdraw',
  'ledger.commit',
  'ledger.release',
  'ledger.pay',
  'milestone.create',
  'milestone.done',
  'milestone.pay',
  'body.create',
  'body.update',
  'body.set_rules',
  'seat.add',
  'seat.end',
  'seat.correct',
  'meeting.schedule',
  'meeting.update',
  'meeting.answer',
  'meeting.attend',
  'meeting.unattend',
  'meeting.close',
  'agenda_item.add',
  'agenda_item.update',
  'agenda_item.vote',
  'agenda_item.forward',
  'body_decision.record',
  'body_decision.follow_up',
  'minutes.write',
  'minutes.approve',
  'cluster_governance.set',
  'progress_report.submit',
  'progress_report.review',
  'compliance_rules.set',
  'compliance_feed.create',
  'compliance_feed.revoke',
  'staffing_request.submit',
  'staffing_request.resubmit',
  'staffing_request.review',
  'staffing_person.end',
  'financial_report.submit',
  'financial_report.resubmit',
  'financial_report.review',
  'financial_report.import',
  'legal_form.record',
  'legal_form.end',
  'cluster_order.record',
  'power.add',
  'power.rename',
  'power.retire',
  'delegation.record',
  'delegation.end',
  'indicator.create',
  'indicator.update',
  'measurement_value.submit',
  'measurement_value.review',
  'measurement_import.run',
] as const satisfies readonly `${AuditEntityType}.${string}`[];
export type AuditAction = (typeof auditActions)[number];

/** Names an earlier version wrote; events keep them as written and are read under today's name. */
export const legacyAuditActions: Readonly<Record<string, AuditAction>> = {
  'feasibility-study.save': 'feasibility_study.save',
  'service-participation.join': 'service_participation.join',
  'service-participation.decline': 'service_participation.decline',
  'service-participation.leave': 'service_participation.leave',
  'decision.condition-met': 'decision.condition_met',
  'participation.set-domains': 'participation.set_domains',
};

/** What an event belongs to, so that each owner has its whole story: a service today, a meeting or a tender tomorrow. */
export const auditOwnerTypes = ['service'] as const;
export type AuditOwnerType = (typeof auditOwnerTypes)[number];
export const auditOwnerSchema = z.object({ type: z.enum(auditOwnerTypes), id: z.string() });
export type AuditOwner = z.infer<typeof auditOwnerSchema>;

export const auditQuerySchema = z
  .strictObject({
    entityType: z.enum(auditEntityTypes).optional(),
    entityId: z.string().max(100).optional(),
    /** Every event of one shared service: its participants, studies, submissions, decisions and money. */
    serviceId: z.coerce.number().int().positive().optional(),
    /** Every event of one owner (`ownerType` and `ownerId` together). */
    ownerType: z.enum(auditOwnerTypes).optional(),
    ownerId: z.string().min(1).max(100).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
    before: z.coerce.number().int().positive().optional(),
  })
  .refine((q) => (q.ownerType === undefined) === (q.ownerId === undefined), { message: 'ownerType and ownerId go together', path: ['ownerId'] });
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditEventSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actorEmail: z.string().nullable(),
  action: z.enum(auditActions),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  owner: auditOwnerSchema.nullable(),
  /** The owner's id when the owner is a service (kept for clients of the earlier field). */
  serviceId: z.number().int().nullable(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

const namedSchema = z.object({ nameHe: z.string().nullable(), nameEn: z.string().nullable() });

/**
 * The names of what a page of events refers to by id — authorities (`loc-2710`), clusters by slug,
 * services by id — so that a page words each event with names, never ids.
 */
export const auditNamesSchema = z.object({
  authorities: z.record(z.string(), namedSchema),
  clusters: z.record(z.string(), namedSchema),
  services: z.record(z.string(), namedSchema),
});
export type AuditNames = z.infer<typeof auditNamesSchema>;

export const auditListSchema = z.object({ items: z.array(auditEventSchema), nextBefore: z.number().int().nullable(), names: auditNamesSchema });
export type AuditList = z.infer<typeof auditListSchema>;
