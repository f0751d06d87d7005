import { z } from 'zod';
import { authorityIdSchema, slugSchema } from './common';

export const roles = ['ministry', 'finance', 'committee', 'regulator', 'measurement', 'cluster_staff', 'authority_rep'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/** Roles whose scope is the whole programme. */
export const nationalRoles: readonly Role[] = ['ministry', 'finance', 'committee', 'regulator', 'measurement'];

export const loginRequestSchema = z.strictObject({
  email: z.string().trim().toLowerCase().email().max(200),
  password: z.string().min(1).max(200),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: roleSchema,
  clusterSlug: slugSchema.nullable(),
  authorityId: authorityIdSchema.nullable(),
});
export type User = z.infer<typeof userSchema>;

/**
 * What a reader may do across the programme, named `<module>.<action>`: the pages and links to
 * offer. Each is one of a module's declared rules; actions on one thing (a cluster, a service, a
 * submission) come with that thing instead. The server checks every call again.
 */
export const capabilities = [
  'audit.read',
  'imports.run',
  'clusters.manage',
  'costSharing.compute',
  'reviews.readQueue',
  'reviews.readAgenda',
  'budget.read',
  'budget.readAll',
  'budget.manage',
  'governance.manageProgramme',
  'compliance.readOverview',
  'compliance.readDesk',
  'staffing.readQueue',
  'financialReports.readAll',
  'standing.managePowers',
  'measurement.define',
  'measurement.review',
  'measurement.enter',
  'measurement.readDue',
] as const;
export const capabilitySchema = z.enum(capabilities);
export type Capability = z.infer<typeof capabilitySchema>;

export const meResponseSchema = z.object({
  user: userSchema.nullable(),
  /** The reader's capabilities (none when anonymous). */
  capabilities: z.array(capabilitySchema),
  demo: z.boolean(),
});
export type MeResponse = z.infer<typeof meResponseSchema>;
