import type { Service } from '@eshkol/contracts/services';
import type { DbOrTx } from '../../db/client';
import type { AuthoritiesRepo } from '../authorities/authorities.repo';
import type { ClustersRepo } from '../clusters/clusters.repo';
import type { DocumentsRepo } from '../documents/documents.repo';
import type { FeasibilityRepo } from '../feasibility/feasibility.repo';
import type { UsersRepo } from '../users/users.repo';
import { toServiceView, type StoredApproval } from './service-view';
import type { ParticipantRecord, EventRecord, ServiceRow, ServicesRepo } from './services.repo';

/** A participant as views show it: named, with the file name of its approval. */
export type ParticipantRow = ParticipantRecord & { nameHe: string; nameEn: string | null; documentName: string | null };
/** An answer in a participant's history, with who gave it. */
export type EventRow = EventRecord & { byName: string | null };

/**
 * Reads services as their views need them, naming what the services' own tables only refer to:
 * authorities, approval documents, users and the cluster, each through its module's port.
 */
export function createServiceReader(deps: {
  repo: Pick<ServicesRepo, 'participants' | 'events'>;
  authorities: Pick<AuthoritiesRepo, 'names'>;
  documents: Pick<DocumentsRepo, 'names'>;
  users: Pick<UsersRepo, 'displayNames'>;
  studies: Pick<FeasibilityRepo, 'latestVersion'>;
  clusters: Pick<ClustersRepo, 'get'>;
}) {
  const { repo } = deps;

  /** The participants of the given services, named, by Hebrew name. */
  async function participants(db: DbOrTx, serviceIds: readonly number[]): Promise<ParticipantRow[]> {
    const rows = await repo.participants(db, serviceIds);
    const [names, files] = await Promise.all([
      deps.authorities.names(db, rows.map((r) => r.authorityId)),
      deps.documents.names(db, rows.flatMap((r) => r.approvalDocumentId ?? [])),
    ]);
    return rows
      .map((r) => ({
        ...r,
        nameHe: names.get(r.authorityId)?.nameHe ?? r.authorityId,
        nameEn: names.get(r.authorityId)?.nameEn ?? null,
        documentName: r.approvalDocumentId ? (files.get(r.approvalDocumentId) ?? null) : null,
      }))
      .sort((a, b) => (a.nameHe < b.nameHe ? -1 : a.nameHe > b.nameHe ? 1 : 0));
  }

  async function events(db: DbOrTx, serviceId: number): Promise<EventRow[]> {
    const rows = await repo.events(db, serviceId);
    const names = await deps.users.displayNames(db, rows.map((r) => r.byUserId));
    return rows.map((r) => ({ ...r, byName: r.byUserId ? (names.get(r.byUserId) ?? null) : null }));
  }

  /**
   * The service as a reader may see it (`full`: with every answer and its history), with the
   * actions they may take; `studyVersion` when the caller knows it already.
   */
  async function view(db: DbOrTx, service: ServiceRow, shown: readonly ParticipantRow[], access: { full: boolean; actions: string[] }, studyVersion?: number): Promise<Service> {
    const history = access.full ? await events(db, service.id) : [];
    const documentNames = await deps.documents.names(db, history.flatMap((e) => (e.approval as StoredApproval | null)?.documentId ?? []));
    const currentStudyVersion = studyVersion ?? (await deps.studies.latestVersion(db, service.id));
    const cluster = await deps.clusters.get(db, service.clusterSlug);
    const ref = { slug: service.clusterSlug, nameHe: cluster?.nameHe ?? null, nameEn: cluster?.nameEn ?? null };
    return toServiceView({ service, participants: shown, events: history, documentNames, currentStudyVersion, cluster: ref }, access);
  }

  return { participants, events, view };
}
export type ServiceReader = ReturnType<typeof createServiceReader>;
