import { z } from 'zod';
import { asOfSchema, authorityIdSchema, citationSchema, isoDateSchema, slugSchema } from './common';

export const authorityTypes = ['city', 'local_council', 'regional_council', 'industrial_local_council'] as const;
export const authorityTypeSchema = z.enum(authorityTypes);
export type AuthorityType = z.infer<typeof authorityTypeSchema>;

/** The Hebrew type names used by CBS and the Ministry of Interior. */
export const authorityTypeByHebrew: Record<string, AuthorityType> = {
  'עירייה': 'city',
  'מועצה מקומית': 'local_council',
  'מועצה אזורית': 'regional_council',
  'מועצה מקומית תעשייתית': 'industrial_local_council',
};

/** A cluster as it appears on an authority: a short reference. */
export const clusterRefSchema = z.object({ slug: slugSchema, nameHe: z.string().nullable(), nameEn: z.string().nullable() });
export type ClusterRef = z.infer<typeof clusterRefSchema>;

/** Figures are null when no source gives them: the UI shows "unknown", never 0. */
export const authoritySchema = z.object({
  id: authorityIdSchema,
  cbsCode: z.number().int(),
  moiCode: z.string().nullable(),
  type: authorityTypeSchema,
  nameHe: z.string(),
  nameEn: z.string().nullable(),
  district: z.string().nullable(),
  population: z.number().int().nullable(),
  populationYear: z.number().int().nullable(),
  socioEconomicCluster: z.number().int().min(1).max(10).nullable(),
  socioEconomicYear: z.number().int().nullable(),
  peripheralityCluster: z.number().int().min(1).max(10).nullable(),
  peripheralityYear: z.number().int().nullable(),
  areaKm2: z.number().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  /** True when lat/lon is a computed polygon centre, not a published coordinate. */
  locationDerived: z.boolean(),
  source: z.string().nullable(),
  currentCluster: clusterRefSchema.nullable(),
});
export type Authority = z.infer<typeof authoritySchema>;

/** Which authorities: of a cluster, of a type, of a district, or whose name or CBS code matches `q`. The export takes these alone. */
export const authorityListQuerySchema = z.strictObject({
  cluster: slugSchema.optional(),
  type: authorityTypeSchema.optional(),
  district: z.string().max(60).optional(),
  q: z.string().max(100).optional(),
});
export type AuthorityListQuery = z.infer<typeof authorityListQuerySchema>;

/**
 * A page of the list, in Hebrew-name order (then by id, so a page never repeats or skips an
 * authority). A page holds up to 1,000: all of Israel's authorities come in the first.
 */
export const authorityPageLimit = 1000;
export const authorityOffsetLimit = 1_000_000;
export const authorityPageQuerySchema = authorityListQuerySchema.extend({
  limit: z.coerce.number().int().min(1).max(authorityPageLimit).default(authorityPageLimit),
  offset: z.coerce.number().int().min(0).max(authorityOffsetLimit).default(0),
});
export type AuthorityPageQuery = z.infer<typeof authorityPageQuerySchema>;

/** One page of authorities; `total` counts every authority that matches, on every page. */
export const authorityListSchema = z.object({ items: z.array(authoritySchema), total: z.number().int() });

/**
 * Why a period ended at an unknown date, as an import found it: a source of `asOf` places the
 * authority in another cluster (`moved`), or the cluster's complete list as of `asOf` leaves it out.
 */
export const membershipEndReasonSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('moved'), cluster: clusterRefSchema, asOf: asOfSchema.nullable() }),
  z.object({ kind: z.literal('not_listed'), asOf: asOfSchema }),
]);
export type MembershipEndReason = z.infer<typeof membershipEndReasonSchema>;

/** One period of an authority's membership in a cluster. See docs/adr/0002-membership-history.md. */
export const membershipSchema = z.object({
  id: z.string(),
  authorityId: authorityIdSchema,
  cluster: clusterRefSchema,
  /** The day the authority joined, when a source or a user gave it. */
  joinedOn: isoDateSchema.nullable(),
  /** When the join date is unknown: the earliest date a source attests the membership (`2016`). */
  observedAsOf: asOfSchema.nullable(),
  leftOn: isoDateSchema.nullable(),
  /** False once the authority left, also when the leave date is unknown. */
  current: z.boolean(),
  /** The sources as their files give them (technical provenance). */
  sources: z.array(z.string()),
  /** The same sources as a page cites them. */
  citations: z.array(citationSchema),
  /** What a user wrote when recording it. */
  note: z.string().nullable(),
  endReason: membershipEndReasonSchema.nullable(),
});
export type Membership = z.infer<typeof membershipSchema>;

export const authorityDetailSchema = authoritySchema.extend({
  /** The authority's `source` as a page cites it. */
  citations: z.array(citationSchema),
  memberships: z.array(membershipSchema),
  /** The domains the authority takes part in; null when the caller may not see them. */
  domains: z.array(z.string()).nullable(),
  /** What the reader may do: `set_domains` (its own representative records its domains). */
  actions: z.array(z.enum(['set_domains'])),
});
export type AuthorityDetail = z.infer<typeof authorityDetailSchema>;
