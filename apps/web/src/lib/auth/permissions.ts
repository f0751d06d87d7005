import { nationalRoles, type User } from '@eshkol/contracts/auth';

type Actor = User | null | undefined;

export const isNational = (user: Actor): boolean => !!user && nationalRoles.includes(user.role);

export const canManageClusters = (user: Actor): boolean => user?.role === 'ministry';

export const canImport = canManageClusters;

export const canReadAudit = canManageClusters;

/** The cluster's staff, national roles and the representatives of its current members. */
export function canSeeParticipation(user: Actor, clusterSlug: string, memberIds: readonly string[]): boolean {
  if (!user) return false;
  if (isNational(user)) return true;
  if (user.role === 'cluster_staff') return user.clusterSlug === clusterSlug;
  if (user.role === 'authority_rep') return !!user.authorityId && memberIds.includes(user.authorityId);
  return false;
}

/** Only the authority's own representative changes its domains. */
export const canEditDomains = (user: Actor, authorityId: string): boolean =>
  user?.role === 'authority_rep' && user.authorityId === authorityId;

/** The cost-sharing calculator: those who plan joint services and those who review them. */
export const canShareCosts = (user: Actor): boolean =>
  !!user && (['ministry', 'cluster_staff', 'committee', 'finance'] as const).some((r) => r === user.role);

/** Creating and editing the cluster's shared services and their feasibility studies: its own staff. */
export const canManageServices = (user: Actor, clusterSlug: string): boolean => user?.role === 'cluster_staff' && user.clusterSlug === clusterSlug;

/** The committee's queue and meeting agenda: its members, the programme's manager and the finance ministry. */
export const canSeeCommittee = (user: Actor): boolean => !!user && (['committee', 'ministry', 'finance'] as const).some((r) => r === user.role);

/** Decisions on submissions: the professional committee. */
export const canDecide = (user: Actor): boolean => user?.role === 'committee';

/** A conditional approval's conditions are recorded met by the committee or the programme's manager. */
export const canMarkConditionsMet = (user: Actor): boolean => user?.role === 'committee' || user?.role === 'ministry';

/** The incentive budget: national readers see it all, a cluster's staff their own part. */
export const canSeeBudget = (user: Actor): boolean =>
  !!user && (['ministry', 'finance', 'committee', 'regulator', 'cluster_staff'] as const).some((r) => r === user.role);

/** Setting up the programme, allocating it and approving payments: the ministry. */
export const canManageBudget = (user: Actor): boolean => user?.role === 'ministry';

/** A project's milestones are planned and marked done by its own cluster's staff. */
export const canManageMilestones = (user: Actor, clusterSlug: string): boolean => user?.role === 'cluster_staff' && user.clusterSlug === clusterSlug;
