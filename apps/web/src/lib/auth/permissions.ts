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
