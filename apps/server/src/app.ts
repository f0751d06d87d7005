import Fastify from 'fastify';
import type { Database } from './db/client';
import { registerAccessControl } from './platform/access';
import type { Config } from './platform/config';
import { registerErrorHandler } from './platform/errors';
import { registerHttpPlatform, registerWebApp } from './platform/http';
import { registerAuditRoutes } from './modules/audit/audit.routes';
import { createAuditRepo } from './modules/audit/audit.repo';
import { registerAuthRoutes } from './modules/auth/auth.routes';
import { createAuthoritiesRepo } from './modules/authorities/authorities.repo';
import { registerAuthorityRoutes } from './modules/authorities/authorities.routes';
import { createAuthoritiesService } from './modules/authorities/authorities.service';
import { createClustersRepo } from './modules/clusters/clusters.repo';
import { registerClusterRoutes } from './modules/clusters/clusters.routes';
import { createClustersService } from './modules/clusters/clusters.service';
import { registerImportRoutes } from './modules/imports/imports.routes';
import { createImportsService } from './modules/imports/imports.service';
import { registerMapRoutes } from './modules/map/map.routes';
import { createParticipationRepo } from './modules/participation/participation.repo';
import { registerParticipationRoutes } from './modules/participation/participation.routes';
import { createParticipationService } from './modules/participation/participation.service';
import { registerStatsRoutes } from './modules/stats/stats.routes';
import { createUsersRepo } from './modules/users/users.repo';
import { createUsersService } from './modules/users/users.service';
import { readManifest } from './seed';
import { createNotificationsRepo } from './modules/notifications/notifications.repo';
import { registerNotificationRoutes } from './modules/notifications/notifications.routes';
import { registerCostSharingRoutes } from './modules/cost-sharing/cost-sharing.routes';
import { createCostSharingService } from './modules/cost-sharing/cost-sharing.service';
import { createServicesRepo } from './modules/services/services.repo';
import { registerServiceRoutes } from './modules/services/services.routes';
import { createSharedServicesService } from './modules/services/services.service';
import { createDocumentsRepo } from './modules/documents/documents.repo';
import { registerDocumentRoutes } from './modules/documents/documents.routes';
import { createDocumentsService } from './modules/documents/documents.service';
import { createFeasibilityRepo } from './modules/feasibility/feasibility.repo';
import { registerFeasibilityRoutes } from './modules/feasibility/feasibility.routes';
import { createFeasibilityService } from './modules/feasibility/feasibility.service';
import { israelDate } from './modules/budget/active-programme';
import { createBudgetRepo } from './modules/budget/budget.repo';
import { registerBudgetRoutes } from './modules/budget/budget.routes';
import { createBudgetService } from './modules/budget/budget.service';
import { createLedgerWriter } from './modules/budget/ledger-writer';
import { createMilestonesService } from './modules/budget/milestones.service';
import { createReviewsRepo } from './modules/reviews/reviews.repo';
import { registerReviewRoutes } from './modules/reviews/reviews.routes';
import { createReviewsService } from './modules/reviews/reviews.service';

export type Services = ReturnType<typeof createServices>;

/** Repos and services, each given only what it uses. */
export function createServices(database: Database, config: Pick<Config, 'compute'>, clock: () => Date = () => new Date()) {
  const { db } = database;
  const repos = {
    authorities: createAuthoritiesRepo(),
    clusters: createClustersRepo(),
    participation: createParticipationRepo(),
    users: createUsersRepo(),
    audit: createAuditRepo(),
    notifications: createNotificationsRepo(),
    services: createServicesRepo(),
    documents: createDocumentsRepo(),
    feasibility: createFeasibilityRepo(),
    budget: createBudgetRepo(),
    reviews: createReviewsRepo(),
  };
  const participation = createParticipationService({ db, repo: repos.participation, authorities: repos.authorities, clusters: repos.clusters });
  const costSharing = createCostSharingService(config.compute);
  const ledger = createLedgerWriter({ repo: repos.budget, today: () => israelDate(clock()) });
  return {
    db,
    repos,
    users: createUsersService({ db, repo: repos.users, clock }),
    clusters: createClustersService({ db, repo: repos.clusters, authorities: repos.authorities }),
    authorities: createAuthoritiesService({ db, repo: repos.authorities, clusters: repos.clusters, participation }),
    participation,
    imports: createImportsService({ db, authorities: repos.authorities, clusters: repos.clusters }),
    costSharing,
    sharedServices: createSharedServicesService({ db, repo: repos.services, authorities: repos.authorities, clusters: repos.clusters, documents: repos.documents, studies: repos.feasibility, notifications: repos.notifications, clock }),
    documents: createDocumentsService({ db, repo: repos.documents, authorities: repos.authorities, services: repos.services }),
    feasibility: createFeasibilityService({ db, repo: repos.feasibility, services: repos.services, authorities: repos.authorities, compute: (input) => costSharing.compute(input) }),
    budget: createBudgetService({ db, repo: repos.budget, ledger }),
    milestones: createMilestonesService({ db, repo: repos.budget, ledger, notifications: repos.notifications, clock }),
    reviews: createReviewsService({ db, repo: repos.reviews, services: repos.services, studies: repos.feasibility, documents: repos.documents, ledger, notifications: repos.notifications, clock }),
  };
}

export async function buildApp(config: Config, database: Database, services: Services) {
  const { db } = database;
  const app = Fastify({
    logger: config.env === 'test' ? false : { level: config.logLevel },
    bodyLimit: 1024 * 1024,
    trustProxy: false,
  });
  registerErrorHandler(app);
  await registerHttpPlatform(app, config);
  registerAccessControl(app);

  app.get('/api/health', { config: { access: 'public' } }, async () => ({ status: 'ok', database: database.kind }));
  registerAuthRoutes(app, { users: services.users, secureCookies: config.env === 'production' });
  registerAuthorityRoutes(app, { authorities: services.authorities });
  registerClusterRoutes(app, { clusters: services.clusters });
  registerParticipationRoutes(app, { participation: services.participation });
  registerImportRoutes(app, { imports: services.imports });
  registerStatsRoutes(app, { db, authorities: services.repos.authorities, clustersRepo: services.repos.clusters, clusters: services.clusters });
  registerAuditRoutes(app, { db, repo: services.repos.audit });
  registerCostSharingRoutes(app, { costSharing: services.costSharing });
  registerNotificationRoutes(app, { db, repo: services.repos.notifications });
  registerServiceRoutes(app, { sharedServices: services.sharedServices });
  registerDocumentRoutes(app, { documents: services.documents });
  registerFeasibilityRoutes(app, { feasibility: services.feasibility });
  registerReviewRoutes(app, { reviews: services.reviews });
  registerBudgetRoutes(app, { budget: services.budget, milestones: services.milestones });
  app.addHook('onClose', () => services.costSharing.close());
  registerMapRoutes(app, { dataDir: config.dataDir, file: readManifest(config.dataDir).boundaries });
  await registerWebApp(app, config);
  return app;
}
