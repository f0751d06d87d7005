import type { Actor } from '../../platform/access';
import { canReadServiceDetails, type ServiceScope } from '../services/services.policy';

/**
 * Studies are read by those who read the service's details: national roles, the cluster's staff,
 * and the representatives of the invited authorities — each authority decides on the whole
 * picture (who pays what, and whether some group would do better alone), not on its line only.
 */
export const canReadStudies = (actor: Actor | null, service: Pick<ServiceScope, 'clusterSlug' | 'participants'>) => canReadServiceDetails(actor, service);

/** One authority's share: a representative asks for their own; staff and national roles for any. */
export function canReadShare(actor: Actor | null, service: Pick<ServiceScope, 'clusterSlug' | 'participants'>, authorityId: string): boolean {
  if (!canReadStudies(actor, service)) return false;
  return actor?.role !== 'authority_rep' || actor.authorityId === authorityId;
}
