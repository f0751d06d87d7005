import type { FastifyInstance } from 'fastify';
import type { ParticipantStatus, ServiceState } from '@eshkol/contracts/services';
import type { ServiceWaitsFor, WorkItem } from '@eshkol/contracts/work';
import type { DbOrTx } from '../../db/client';
import type { Actor } from '../../platform/access';
import type { ModuleContext } from '../../platform/module';
import type { AuthoritiesRepo } from '../authorities/authorities.repo';
import type { ClustersModule } from '../clusters/clusters.module';
import type { DocumentsModule } from '../documents/documents.module';
import type { FeasibilityRepo } from '../feasibility/feasibility.repo';
import type { NotificationsModule } from '../notifications/notifications.module';
import type { UsersModule } from '../users/users.module';
import { createServiceReader } from './services.reader';
import { canManageServices, canReadServiceDetails } from './services.policy';
import { createServicesRepo, type ServicesRepo } from './services.repo';
import { registerServiceRoutes } from './services.routes';
import { createSharedServicesService } from './services.service';

/** Whoever may read a service's approvals reads the documents they cite. */
function approvalDocumentReader(repo: ServicesRepo) {
  return async (db: DbOrTx, actor: Actor, documentId: string) => {
    const ids = await repo.citingDocument(db, documentId);
    const [rows, participants] = await Promise.all([repo.byIds(db, ids), repo.participants(db, ids)]);
    return [...rows.values()].some((s) =>
      canReadServiceDetails(actor, {
        clusterSlug: s.clusterSlug,
        participants: participants.filter((p) => p.serviceId === s.id).map((p) => ({ authorityId: p.authorityId, status: p.status as ParticipantStatus })),
      }),
    );
  };
}

/** What a service waits for, from its state, its unanswered invitations and whether it has a study. */
export function waitsFor(state: ServiceState, pendingAnswers: number, hasStudy: boolean): ServiceWaitsFor {
  switch (state) {
    case 'planning':
      return pendingAnswers > 0 ? 'answers' : hasStudy ? 'submission' : 'study';
    case 'returned':
      return 'submission';
    case 'submitted':
      return 'committee';
    case 'approved_with_conditions':
      return 'conditions';
    case 'approved':
    case 'rejected':
      return 'nothing';
  }
}

/**
 * Shared services and each invited authority's answer; a service's current study version is asked
 * of the studies' own repo.
 */
export function servicesModule(
  ctx: ModuleContext,
  deps: { authorities: Pick<AuthoritiesRepo, 'names'>; clusters: ClustersModule; documents: DocumentsModule; users: UsersModule; notifications: NotificationsModule; studies: Pick<FeasibilityRepo, 'latestVersion'> },
) {
  const repo = createServicesRepo();
  const reader = createServiceReader({ repo, authorities: deps.authorities, documents: deps.documents, users: deps.users.repo, studies: deps.studies, clusters: deps.clusters.repo });
  const service = createSharedServicesService({
    db: ctx.db,
    repo,
    reader,
    authorities: deps.clusters.registry,
    clusters: deps.clusters.repo,
    documents: deps.documents,
    notifications: deps.notifications,
    clock: ctx.clock,
  });
  deps.documents.addReader(approvalDocumentReader(repo));

  /** A cluster's staff: its services and what each waits for, and a new one; a representative: the invitations to answer. */
  async function work(actor: Actor): Promise<WorkItem[]> {
    const db = ctx.db;
    if (actor.role === 'cluster_staff' && actor.clusterSlug) {
      const rows = await repo.ofCluster(db, actor.clusterSlug);
      const participants = await repo.participants(db, rows.map((r) => r.id));
      const items: WorkItem[] = [];
      for (const row of rows) {
        const own = participants.filter((p) => p.serviceId === row.id);
        const pendingAnswers = own.filter((p) => p.status === 'invited').length;
        const study = await deps.studies.latestVersion(db, row.id);
        items.push({ kind: 'service', serviceId: row.id, name: row.nameHe, state: row.state as ServiceState, waitsFor: waitsFor(row.state as ServiceState, pendingAnswers, study !== null), pendingAnswers });
      }
      return canManageServices(actor, actor.clusterSlug) ? [{ kind: 'newService', clusterSlug: actor.clusterSlug }, ...items] : items;
    }
    if (actor.role === 'authority_rep' && actor.authorityId) {
      const invited = (await repo.ofAuthority(db, actor.authorityId)).filter((p) => p.status === 'invited');
      const rows = await repo.byIds(db, invited.map((p) => p.serviceId));
      return invited.flatMap((p) => {
        const row = rows.get(p.serviceId);
        return row && row.state === 'planning' ? [{ kind: 'answer' as const, serviceId: row.id, name: row.nameHe, authorityId: p.authorityId }] : [];
      });
    }
    return [];
  }
  deps.clusters.addActions((actor, c) => (canManageServices(actor, c.clusterSlug) ? ['manage_services'] : []));
  return { ...service, repo, reader, work, routes: (app: FastifyInstance) => registerServiceRoutes(app, { sharedServices: service }) };
}
export type ServicesModule = ReturnType<typeof servicesModule>;
