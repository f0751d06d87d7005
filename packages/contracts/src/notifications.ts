import { z } from 'zod';

/** Where someone must act: an invitation to decide, a submission to review, a decision, a payment to approve. */
export const notificationKinds = ['invitation', 'submission', 'decision', 'milestone_done', 'meeting_invitation', 'item_forwarded', 'minutes_to_approve', 'decision_assigned', 'decision_overdue', 'progress_report', 'progress_report_reviewed', 'obligation_due_soon', 'obligation_overdue', 'financial_report_reviewed', 'measurement_to_approve', 'measurement_returned', 'measurement_overdue'] as const;

export const notificationSchema = z.object({
  id: z.number().int(),
  kind: z.enum(notificationKinds),
  /** Where the action is taken, e.g. `/services/12`. */
  link: z.string(),
  /** Names for the message (service, cluster, authority, outcome). */
  params: z.record(z.string(), z.string()),
  createdAt: z.string(),
  read: z.boolean(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationListSchema = z.object({ unread: z.number().int(), items: z.array(notificationSchema) });
