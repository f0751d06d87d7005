import type { Notification } from '@eshkol/contracts/notifications';

/** The translation key and values of a notification's message, from its kind and the names it carries. */
export type MessageArgs = { key: string; values: Record<string, string> };

const outcomes = ['approve', 'approve_with_conditions', 'return', 'reject'] as const;

/**
 * A decision names its outcome; an unknown or missing one reads as a plain "the committee decided".
 * Missing names fall back to `fallback` so a message never shows a raw placeholder.
 */
export function messageArgs(n: Pick<Notification, 'kind' | 'params'>, fallback: string): MessageArgs {
  const p = (name: string) => n.params[name]?.trim() || fallback;
  switch (n.kind) {
    case 'invitation':
      return { key: 'notifications:messages.invitation', values: { service: p('service'), cluster: p('cluster') } };
    case 'submission':
      return { key: 'notifications:messages.submission', values: { service: p('service'), cluster: p('cluster') } };
    case 'decision': {
      const outcome = outcomes.find((o) => o === n.params.outcome);
      return outcome
        ? { key: `notifications:messages.decision.${outcome}`, values: { service: p('service') } }
        : { key: 'notifications:messages.decision.unknown', values: { service: p('service') } };
    }
    case 'milestone_done':
      return { key: 'notifications:messages.milestoneDone', values: { service: p('service'), milestone: p('milestone'), cluster: p('cluster') } };
    case 'meeting_invitation':
      return { key: 'notifications:messages.meetingInvitation', values: { body: p('body') } };
    case 'item_forwarded':
      return { key: 'notifications:messages.itemForwarded', values: { item: p('item'), from: p('from'), to: p('to') } };
    case 'minutes_to_approve':
      return { key: 'notifications:messages.minutesToApprove', values: { body: p('body') } };
    case 'decision_assigned':
      return { key: 'notifications:messages.decisionAssigned', values: { body: p('body'), number: p('number'), item: p('item') } };
    case 'decision_overdue':
      return { key: 'notifications:messages.decisionOverdue', values: { body: p('body'), number: p('number'), item: p('item') } };
    case 'progress_report':
      return { key: 'notifications:messages.progressReport', values: { service: p('service'), milestone: p('milestone') } };
    case 'obligation_due_soon':
    case 'obligation_overdue': {
      const when = n.kind === 'obligation_overdue' ? 'Overdue' : 'DueSoon';
      switch (n.params.obligation) {
        case 'progress_report':
          return { key: `notifications:messages.progress${when}`, values: { milestone: p('milestone'), service: p('service') } };
        case 'financial_report':
          return { key: `notifications:messages.financialReport${when}`, values: { year: p('year') } };
        case 'positions_approved':
          return { key: 'notifications:messages.positionsBeforeApproval', values: { breaches: p('breaches') } };
        default:
          return { key: `notifications:messages.${n.params.obligation === 'steering_meetings' ? 'steering' : 'board'}Meetings${when}`, values: { year: p('year') } };
      }
    }
    case 'measurement_to_approve':
      return n.params.count
        ? { key: 'notifications:messages.measurementImported', values: { count: p('count') } }
        : { key: 'notifications:messages.measurementToApprove', values: { indicator: p('indicator'), authority: p('authority') } };
    case 'measurement_returned':
      return { key: 'notifications:messages.measurementReturned', values: { indicator: p('indicator'), authority: p('authority') } };
    case 'measurement_overdue':
      return n.params.count
        ? { key: 'notifications:messages.measurementOverdueCluster', values: { indicator: p('indicator'), count: p('count') } }
        : { key: 'notifications:messages.measurementOverdue', values: { indicator: p('indicator'), authority: p('authority') } };
    case 'progress_report_reviewed':
      return n.params.outcome === 'approved'
        ? { key: 'notifications:messages.progressReportApproved', values: { service: p('service'), milestone: p('milestone') } }
        : { key: 'notifications:messages.progressReportReturned', values: { service: p('service'), milestone: p('milestone') } };
    case 'financial_report_reviewed':
      return { key: `notifications:messages.financialReport${n.params.outcome === 'accepted' ? 'Accepted' : 'Returned'}`, values: { year: p('year') } };
  }
}

/** Only links inside the app are followed; anything else goes home. */
export function safeLink(link: string): string {
  return link.startsWith('/') && !link.startsWith('//') ? link : '/';
}
