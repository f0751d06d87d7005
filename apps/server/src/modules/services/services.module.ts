import type { FastifyInstance } from 'fastify';
import type { ParticipantStatus } from '@eshkol/contracts/services';
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
  deps.clusters.addActions((actor, c) => (canManageServices(actor, c.clusterSlug) ? ['manage_services'] : []));
  return { ...service, repo, reader, routes: (app: FastifyInstance) => registerServiceRoutes(app, { sharedServices: service }) };
}
export type ServicesModule = ReturnType<typeof servicesModule>;
