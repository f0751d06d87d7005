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
] as const;
export type AuditEntityType = (typeof auditEntityTypes)[number];

export const auditQuerySchema = z.strictObject({
  entityType: z.enum(auditEntityTypes).optional(),
  entityId: z.string().max(100).optional(),
  /** Every event of one shared service: its participants, studies, submissions, decisions and money. */
  serviceId: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  before: z.coerce.number().int().positive().optional(),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditEventSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actorEmail: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  serviceId: z.number().int().nullable(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditListSchema = z.object({ items: z.array(auditEventSchema), nextBefore: z.number().int().nullable() });
