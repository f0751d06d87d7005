import { z } from 'zod';

/** Uploaded documents (council approvals …): PDF or image, checked by content, at most 10 MB. */
export const documentLimits = { maxBytes: 10 * 1024 * 1024 } as const;
export const documentTypes = ['application/pdf', 'image/png', 'image/jpeg'] as const;

export const documentSchema = z.object({
  id: z.string().uuid(),
  fileName: z.string(),
  contentType: z.enum(documentTypes),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedAt: z.string(),
});
export type DocumentInfo = z.infer<typeof documentSchema>;
