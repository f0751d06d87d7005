import type { Role } from '@eshkol/contracts/auth';
import type { Actor } from '../../platform/access';
import { allows, ownCluster, rule } from '../../platform/permissions';

/** Those who read every cluster's obligations: the ministry, the finance ministry, the regulator and the committee. */
export const complianceReaders: readonly Role[] = ['ministry', 'finance', 'regulator', 'committee'];

/** Who may do what with the compliance calendar: declared once, here. */
export const complianceRules = {
  /** The overview of every cluster. */
  readOverview: rule(complianceReaders),
  /** One cluster's obligations: the national readers, and the cluster's own staff. */
  readCluster: rule<{ clusterSlug: string }>([...complianceReaders, 'cluster_staff'], (actor, c) => actor.role !== 'cluster_staff' || ownCluster(actor, c)),
  /** The programme's rules: set by the ministry. */
  setRules: rule(['ministry']),
  /** The reviewers' desk: what waits for the ministry's or the regulator's review. */
  readDesk: rule(['ministry', 'regulator']),
  /** A cluster's calendar subscription: made and revoked by its own staff. */
  manageFeed: rule<{ clusterSlug: string }>(['cluster_staff'], ownCluster),
};

export const canReadCluster = (actor: Actor | null, clusterSlug: string) => allows(complianceRules.readCluster, actor, { clusterSlug });
export const canSetRules = (actor: Actor | null) => allows(complianceRules.setRules, actor);
export const canManageFeed = (actor: Actor | null, clusterSlug: string) => allows(complianceRules.manageFeed, actor, { clusterSlug });
