import type { StandingAction } from '@eshkol/contracts/standing';
import type { Actor } from '../../platform/access';
import { actionsOf, allows, ownCluster, rule } from '../../platform/permissions';

type ClusterTarget = { clusterSlug: string };

/**
 * Who may do what with the clusters' legal standing: declared once, here. Everyone, the public
 * too, reads a cluster's legal forms, orders and delegated powers. The ministry records legal
 * forms and orders, and so does the regulator, which regulates the clusters; the ministry keeps
 * the list of powers; a cluster's own staff and the ministry record its members' delegations.
 */
export const standingRules = {
  recordLegalForm: rule<ClusterTarget>(['ministry', 'regulator']),
  recordOrder: rule<ClusterTarget>(['ministry', 'regulator']),
  recordDelegation: rule<ClusterTarget>(['ministry', 'cluster_staff'], (actor, c) => actor.role !== 'cluster_staff' || ownCluster(actor, c)),
  /** The list of powers: added to, renamed and retired by the ministry. */
  managePowers: rule(['ministry']),
};

export const canRecordLegalForm = (actor: Actor | null, clusterSlug: string) => allows(standingRules.recordLegalForm, actor, { clusterSlug });
export const canRecordOrder = (actor: Actor | null, clusterSlug: string) => allows(standingRules.recordOrder, actor, { clusterSlug });
export const canRecordDelegation = (actor: Actor | null, clusterSlug: string) => allows(standingRules.recordDelegation, actor, { clusterSlug });
export const canManagePowers = (actor: Actor | null) => allows(standingRules.managePowers, actor);

const clusterRules = { record_legal_form: standingRules.recordLegalForm, record_order: standingRules.recordOrder, record_delegation: standingRules.recordDelegation };

/** What the reader may record on a cluster's standing. */
export const standingActionsOf = (actor: Actor | null, clusterSlug: string): StandingAction[] => actionsOf(clusterRules, actor, { clusterSlug });
