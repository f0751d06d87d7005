import { nationalRoles } from '@eshkol/contracts/auth';
import type { Actor } from '../../platform/access';
import type { DocumentRow } from './documents.repo';

/** Those who record approvals upload their documents: an authority's representative, a cluster's staff. */
export function canUpload(actor: Actor | null): boolean {
  if (actor?.role === 'authority_rep') return actor.authorityId !== null;
  if (actor?.role === 'cluster_staff') return actor.clusterSlug !== null;
  return false;
}

/**
 * A document is read by whoever uploaded it, its authority's representatives, its cluster's staff
 * and national roles; beyond them, by whoever the module of a record that cites it allows (a
 * service's approvals: see `DocumentReader`).
 */
export function canReadOwnDocument(actor: Actor | null, doc: Pick<DocumentRow, 'uploadedBy' | 'authorityId' | 'clusterSlug'>): boolean {
  if (!actor) return false;
  if (nationalRoles.includes(actor.role) || doc.uploadedBy === actor.userId) return true;
  if (actor.role === 'authority_rep' && doc.authorityId !== null && actor.authorityId === doc.authorityId) return true;
  return actor.role === 'cluster_staff' && doc.clusterSlug !== null && actor.clusterSlug === doc.clusterSlug;
}
