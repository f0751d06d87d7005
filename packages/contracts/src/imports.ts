import { z } from 'zod';
import { asOfSchema } from './common';

export const importKinds = ['authorities', 'clusters'] as const;
export const importKindSchema = z.enum(importKinds);
export type ImportKind = z.infer<typeof importKindSchema>;

export const importQuerySchema = z.strictObject({
  /** For cluster files without an `as_of` column: the date the list describes. */
  asOf: asOfSchema.optional(),
  dryRun: z.enum(['true', 'false']).optional(),
  /** The file lists every member of the clusters it names: members it omits have left. */
  complete: z.enum(['true', 'false']).optional(),
});

export const importResultSchema = z.object({
  kind: importKindSchema,
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  dryRun: z.boolean(),
});
export type ImportResult = z.infer<typeof importResultSchema>;
