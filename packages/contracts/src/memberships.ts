import { z } from 'zod';
import { authorityIdSchema, isoDateSchema } from './common';

export const joinClusterSchema = z.strictObject({
  authorityId: authorityIdSchema,
  joinedOn: isoDateSchema,
  note: z.string().trim().max(500).optional(),
});
export type JoinCluster = z.infer<typeof joinClusterSchema>;

export const leaveClusterSchema = z.strictObject({
  leftOn: isoDateSchema,
  note: z.string().trim().max(500).optional(),
});
export type LeaveCluster = z.infer<typeof leaveClusterSchema>;
