import type { Role } from '@eshkol/contracts/auth';
import type { FinancialReportAction } from '@eshkol/contracts/financial-reports';
import type { Actor } from '../../platform/access';
import { allows, ownCluster, rule } from '../../platform/permissions';

/** Those who read every cluster's reports, drafts and remarks: the regulator, the ministry and the finance ministry. */
export const financeReaders: readonly Role[] = ['regulator', 'ministry', 'finance'];

type ClusterTarget = { clusterSlug: string };

/**
 * Who may do what with the clusters' annual financial reports: declared once, here. Every reader,
 * the public too, reads the figures of an accepted report (the audited statements of a public
 * body) and each year's state; versions under review, returned versions and the regulator's
 * remarks only the cluster's own staff and the finance readers.
 */
export const financialReportRules = {
  /** Versions under review, returned ones and every remark. */
  readDrafts: rule<ClusterTarget>([...financeReaders, 'cluster_staff'], (actor, c) => actor.role !== 'cluster_staff' || ownCluster(actor, c)),
  /** A cluster's own staff submit, resubmit and import their cluster's reports. */
  submit: rule<ClusterTarget>(['cluster_staff'], ownCluster),
  /** The regulator alone accepts a report or returns it with remarks. */
  review: rule(['regulator']),
  /** Every cluster's reports: the queue awaiting review and the comparison per resident, with its export. */
  readAll: rule(financeReaders),
};

export const canReadDrafts = (actor: Actor | null, clusterSlug: string) => allows(financialReportRules.readDrafts, actor, { clusterSlug });
export const canSubmit = (actor: Actor | null, clusterSlug: string) => allows(financialReportRules.submit, actor, { clusterSlug });
export const canReview = (actor: Actor | null) => allows(financialReportRules.review, actor);
export const canReadAll = (actor: Actor | null) => allows(financialReportRules.readAll, actor);

/** What the reader may do with a report in its state: resubmit a returned one (its cluster's staff), review a submitted one (the regulator). */
export function reportActions(actor: Actor | null, report: { clusterSlug: string; state: string }): FinancialReportAction[] {
  const actions: FinancialReportAction[] = [];
  if (report.state === 'returned' && canSubmit(actor, report.clusterSlug)) actions.push('resubmit');
  if (report.state === 'submitted' && canReview(actor)) actions.push('review');
  return actions;
}
