import { z } from 'zod';
import { citationSchema, slugSchema } from './common';

/** An authority with fewer residents than this is small, in the programme's figures. */
export const smallAuthorityThreshold = 15_000;

/**
 * The programme's figures name at most this many clusters, those with the most members: a chart of
 * more is no longer read, and the answer would otherwise grow with the registry. The totals and the
 * programme-wide mixes count every operating cluster.
 */
export const chartedClusterLimit = 40;

const mixSchema = z.array(z.object({ cluster: z.number().int().nullable(), count: z.number().int() }));

/** The first year the programme's figures are asked for: the incentive programme began in 2014, its first clusters in 2012. */
export const firstStatsYear = 2010;

/** `?asOf=2016`: the figures of the clusters and members of that calendar year (today's when absent). */
export const programmeStatsQuerySchema = z.strictObject({
  asOf: z.coerce
    .number()
    .int()
    .min(firstStatsYear)
    .refine((y) => y <= new Date().getFullYear(), 'a year to come')
    .optional(),
});

export const programmeStatsSchema = z.object({
  /** The calendar year the figures are of; null: today's members. */
  asOf: z.number().int().nullable(),
  /** The years a source saw the membership in: those the figures can be asked of. */
  years: z.array(z.number().int()),
  /** Operating clusters (not those in establishment); of a past year, the clusters that had members then. */
  clusterCount: z.number().int(),
  memberAuthorityCount: z.number().int(),
  residentsCovered: z.number().int(),
  residentsUnknownCount: z.number().int(),
  populationYear: z.number().int().nullable(),
  /** Share of member authorities with fewer than 15,000 residents, among those whose population is known. */
  smallAuthorityShare: z.number().nullable(),
  smallAuthorityThreshold: z.number().int(),
  nationalAuthorityCount: z.number().int(),
  nationalSmallAuthorityShare: z.number().nullable(),
  byType: z.array(z.object({ type: z.string(), count: z.number().int() })),
  /** How the member authorities of every operating cluster fall on the two indices. */
  socioEconomicMix: mixSchema,
  peripheralityMix: mixSchema,
  /** The operating clusters with the most members (ties by slug), at most `chartedClusterLimit` of the `clusterCount`. */
  clusters: z.array(
    z.object({
      slug: slugSchema,
      nameHe: z.string().nullable(),
      nameEn: z.string().nullable(),
      memberCount: z.number().int(),
      population: z.number().int(),
      socioEconomicMix: mixSchema,
      peripheralityMix: mixSchema,
    }),
  ),
  /** Figures the programme's own documents state, shown beside the computed ones. */
  statedFigures: z.array(z.object({ key: z.string(), value: z.number(), asOf: z.string().nullable(), source: z.string(), citations: z.array(citationSchema) })),
});
export type ProgrammeStats = z.infer<typeof programmeStatsSchema>;
