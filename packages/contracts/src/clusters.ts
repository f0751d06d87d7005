import { z } from 'zod';
import { authoritySchema, membershipSchema } from './authorities';
import { citationSchema, isoDateSchema, slugSchema } from './common';

export const legalForms = ['municipal_corporation', 'multi_purpose_association', 'unknown'] as const;
export const legalFormSchema = z.enum(legalForms);
export type LegalForm = z.infer<typeof legalFormSchema>;

export const clusterStatusSchema = z.enum(['active', 'in_establishment']);

export const clusterSchema = z.object({
  slug: slugSchema,
  nameHe: z.string().nullable(),
  nameEn: z.string().nullable(),
  /** Every other name a source used for the same cluster. */
  otherNames: z.array(z.string()),
  status: clusterStatusSchema,
  legalForm: legalFormSchema,
  foundedOn: isoDateSchema.nullable(),
  memberCount: z.number().int(),
  /** Sum of the current members' known populations; see populationUnknownCount. */
  population: z.number().int(),
  populationUnknownCount: z.number().int(),
});
export type Cluster = z.infer<typeof clusterSchema>;

/** A figure a source states about a cluster next to what its own list gives. */
export const sourceDiscrepancySchema = z.object({
  source: z.string(),
  /** The source as a page cites it. */
  citations: z.array(citationSchema),
  statedMemberCount: z.number().int(),
  listedMemberCount: z.number().int(),
  asOf: z.string(),
});

/**
 * What the reader may do on a cluster's page: `manage` (edit it, record who joins and leaves),
 * `read_participation` (its members' domains), `manage_services` (create its shared services).
 */
export const clusterActions = ['manage', 'read_participation', 'manage_services'] as const;
export const clusterActionSchema = z.enum(clusterActions);
export type ClusterAction = z.infer<typeof clusterActionSchema>;

export const clusterDetailSchema = clusterSchema.extend({
  members: z.array(authoritySchema.extend({ membership: membershipSchema })),
  history: z.array(membershipSchema),
  discrepancies: z.array(sourceDiscrepancySchema),
  socioEconomicMix: z.array(z.object({ cluster: z.number().int().nullable(), count: z.number().int() })),
  peripheralityMix: z.array(z.object({ cluster: z.number().int().nullable(), count: z.number().int() })),
  actions: z.array(clusterActionSchema),
});
export type ClusterDetail = z.infer<typeof clusterDetailSchema>;

export const createClusterSchema = z.strictObject({
  slug: slugSchema,
  nameHe: z.string().trim().min(2).max(120),
  nameEn: z.string().trim().min(2).max(120).nullable().optional(),
  legalForm: legalFormSchema.default('unknown'),
  foundedOn: isoDateSchema.nullable().optional(),
});
export type CreateCluster = z.infer<typeof createClusterSchema>;

export const updateClusterSchema = z
  .strictObject({
    nameHe: z.string().trim().min(2).max(120),
    nameEn: z.string().trim().min(2).max(120).nullable(),
    legalForm: legalFormSchema,
    foundedOn: isoDateSchema.nullable(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'nothing to change');
export type UpdateCluster = z.infer<typeof updateClusterSchema>;

export const clusterListSchema = z.object({ items: z.array(clusterSchema) });
