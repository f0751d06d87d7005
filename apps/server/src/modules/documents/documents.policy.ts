import { nationalRoles } from '@eshkol/contracts/auth';
import type { Actor } from '../../platform/access';
import { canReadServiceDetails, type ServiceScope } from '../services/services.policy';
import type { DocumentRow } from './documents.repo';

/** Those who record approvals upload their documents: an authority's representative, a cluster's staff. */
export function canUpload(actor: Actor | null): boolean {
  if (actor?.role === 'authority_rep') return actor.authorityId !== null;
  if (actor?.role === 'cluster_staff') return actor.clusterSlug !== null;
  return false;
}

/**
 * A document is read by whoever uploaded it, its authority's representatives, its cluster's staff,
 * national roles, and whoever may read the approvals of a service that cites it.
 */
export function canReadDocument(
  actor: Actor | null,
  doc: Pick<DocumentRow, 'uploadedBy' | 'authorityId' | 'clusterSlug'>,
  citedBy: readonly Pick<ServiceScope, 'clusterSlug' | 'participants'>[],
): boolean {
  if (!actor) return false;
  if (nationalRoles.includes(actor.role) || doc.uploadedBy === actor.userId) return true;
  if (actor.role === 'authority_rep' && doc.authorityId !== null && actor.authorityId === doc.authorityId) return true;
  if (actor.role === 'cluster_staff' && doc.clusterSlug !== null && actor.clusterSlug === doc.clusterSlug) return true;
  return citedBy.some((s) => canReadServiceDetails(actor, s));
}
