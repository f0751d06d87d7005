import { z } from 'zod';
import { authorityIdSchema } from './common';

/** The fields (תחומים) in which a cluster works; each member opts in to the ones relevant to it. */
export const domains = [
  'environment_waste',
  'transport',
  'education',
  'welfare',
  'emergency',
  'economic_development',
  'tourism',
  'procurement',
  'it',
] as const;
export const domainSchema = z.enum(domains);
export type Domain = z.infer<typeof domainSchema>;

export const setDomainsSchema = z.strictObject({ domains: z.array(domainSchema).max(domains.length) });
export type SetDomains = z.infer<typeof setDomainsSchema>;

export const participationMatrixSchema = z.object({
  domains: z.array(domainSchema),
  rows: z.array(
    z.object({
      authorityId: authorityIdSchema,
      nameHe: z.string(),
      nameEn: z.string().nullable(),
      domains: z.array(domainSchema),
      updatedAt: z.string().nullable(),
    }),
  ),
});
export type ParticipationMatrix = z.infer<typeof participationMatrixSchema>;
