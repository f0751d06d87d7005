import { nationalRoles } from '@eshkol/contracts/auth';
import type { Actor } from '../../platform/access';
import { allows, rule } from '../../platform/permissions';
import type { DocumentRow } from './documents.repo';

/** Who may upload: declared once, here (who reads a document: below, and the modules that cite it). */
export const documentRules = {
  /**
   * Those who record approvals and legal acts upload their documents: an authority's
   * representative, a cluster's staff, and the ministry and the regulator (a cluster's orders).
   */
  upload: rule(['authority_rep', 'cluster_staff', 'ministry', 'regulator'], (actor) =>
    actor.role === 'authority_rep' ? actor.authorityId !== null : actor.role === 'cluster_staff' ? actor.clusterSlug !== null : true,
  ),
};

export const canUpload = (actor: Actor | null) => allows(documentRules.upload, actor);

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
