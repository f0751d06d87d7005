import Fastify from 'fastify';
import type { Database } from './db/client';
import { registerAccessControl } from './platform/access';
import { registerControlCharacterCheck } from './platform/control-characters';
import type { Config } from './platform/config';
import { issue, registerErrorHandler, sendProblem } from './platform/errors';
import { createCiter, readCitations } from './platform/citations';
import { databaseProbe } from './platform/health';
import { registerHttpPlatform, registerWebApp } from './platform/http';
import { createMailer } from './platform/mail';
import { createReadCache, registerReadCache } from './platform/read-cache';
import type { Module, ModuleContext } from './platform/module';
import { capabilitiesOf } from './platform/permissions';
import { auditModule } from './modules/audit/audit.module';
import { createAuthoritiesRepo } from './modules/authorities/authorities.repo';
import { authoritiesModule } from './modules/authorities/authorities.module';
import { budgetModule } from './modules/budget/budget.module';
import { clustersModule } from './modules/clusters/clusters.module';
import { costSharingModule } from './modules/cost-sharing/cost-sharing.module';
import { documentsModule } from './modules/documents/documents.module';
import { createFeasibilityRepo } from './modules/feasibility/feasibility.repo';
import { feasibilityModule } from './modules/feasibility/feasibility.module';
import { governanceModule } from './modules/governance/governance.module';
import { importsModule } from './modules/imports/imports.module';
import { mapModule } from './modules/map/map.module';
import { notificationsModule } from './modules/notifications/notifications.module';
import { participationModule } from './modules/participation/participation.module';
import { reviewsModule } from './modules/reviews/reviews.module';
import { servicesModule } from './modules/services/services.module';
import { statsModule } from './modules/stats/stats.module';
import { usersModule } from './modules/users/users.module';
import { workModule } from './modules/work/work.module';
import { complianceModule } from './modules/compliance/compliance.module';
import { staffingModule } from './modules/staffing/staffing.module';
import { financialReportsModule } from './modules/financial-reports/financial-reports.module';
import { standingModule } from './modules/standing/standing.module';
import { measurementModule } from './modules/measurement/measurement.module';
import { readManifest } from './seed';

export type Services = ReturnType<typeof createServices>;

/**
 * Every module, each created after the modules it uses and given them by name. A new module is
 * one line here. The authorities' and the studies' repos are made first because modules created
 * before theirs read those tables (the clusters' registry, a service's current study).
 */
export function createServices(database: Database, config: Pick<Config, 'compute' | 'env' | 'dataDir' | 'uploads'> & Partial<Pick<Config, 'mail'>>, clock: () => Date = () => new Date()) {
  const ctx: ModuleContext = { db: database.db, clock };
  const modules: Module[] = [];
  const add = <M extends Module>(m: M): M => (modules.push(m), m);

  const authoritiesRepo = createAuthoritiesRepo();
  // Pages cite the shipped data's sources by publisher, title and year; the files keep the technical provenance.
  const cite = createCiter(readCitations(config.dataDir));
  const studiesRepo = createFeasibilityRepo();
  // Capabilities are read when asked, once every module has been added.
  const users = add(usersModule(ctx, { secureCookies: config.env === 'production', capabilities: (actor) => capabilitiesOf(modules, actor) }));
  const clusters = add(clustersModule(ctx, { authorities: authoritiesRepo, cite }));
  const participation = add(participationModule(ctx, { authorities: authoritiesRepo, clusters }));
  const authorities = add(authoritiesModule(ctx, { repo: authoritiesRepo, clusters, participation, cite }));
  const imports = add(importsModule(ctx, { authorities: authoritiesRepo, clusters }));
  add(statsModule(ctx, { clusters, cite }));
  const notifications = add(notificationsModule(ctx));
  const costSharing = add(costSharingModule(config.compute));
  const documents = add(documentsModule(ctx, { clusters, quota: config.uploads }));
  const services = add(servicesModule(ctx, { authorities: authoritiesRepo, clusters, documents, users, notifications, studies: studiesRepo }));
  add(auditModule(ctx, { authorities: authoritiesRepo, clusters, services }));
  const feasibility = add(feasibilityModule(ctx, { repo: studiesRepo, authorities: authoritiesRepo, services, users, compute: (input) => costSharing.compute(input), sensitivity: (input, options) => costSharing.sensitivity(input, options) }));
  const budget = add(budgetModule(ctx, { clusters, services, users, notifications, documents }));
  const mailer = createMailer(config.mail ?? { smtpUrl: null, from: 'Eshkol <no-reply@eshkol.local>' }, database.db);
  const governance = add(governanceModule(ctx, { authorities: authoritiesRepo, clusters, users, notifications, mailer, services: services.repo, studies: studiesRepo, documents }));
  add(reviewsModule(ctx, { services, studies: studiesRepo, clusters, users, budget, notifications, governance }));
  const staffing = add(staffingModule(ctx, { clusters }));
  // The reports' due day is the compliance calendar's rule, asked of it when a report is read.
  const financialReports = add(financialReportsModule(ctx, { clusters, documents, notifications, cite, dueRule: (db): Promise<(fiscalYear: number) => string> => compliance.compliance.financialReportDue(db) }));
  const compliance = add(complianceModule(ctx, { clusters, governance, services, budget, notifications, staffing, financialReports }));
  const measurement = add(measurementModule(ctx, { clusters, services, feasibility, documents, users, notifications }));
  const standing = add(standingModule(ctx, { clusters, authorities: authoritiesRepo, documents, cite }));
  add(mapModule({ dataDir: config.dataDir, file: readManifest(config.dataDir).boundaries }));
  add(workModule(() => modules));

  return { db: database.db, modules, users, clusters, authorities, imports, costSharing, governance, compliance, standing, measurement };
}

export async function buildApp(config: Config, database: Database, services: Services) {
  const app = Fastify({
    logger: config.env === 'test' ? false : { level: config.logLevel },
    bodyLimit: 1024 * 1024,
    trustProxy: false,
    // A path that is not percent-encoded UTF-8 (`%zz`), or with a part longer than the router takes,
    // is refused before any route is found: with a problem like any other bad input, not Fastify's own JSON.
    frameworkErrors: (error, req, reply) => {
      if (error.code === 'FST_ERR_BAD_URL') return sendProblem(reply, req, 'VALIDATION_FAILED', [issue('url', 'invalid_format', 'the path is not percent-encoded UTF-8')]);
      if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') return sendProblem(reply, req, 'VALIDATION_FAILED', [issue('url', 'too_big', 'a part of the path is too long')]);
      return sendProblem(reply, req, 'INTERNAL');
    },
  });
  registerErrorHandler(app);
  await registerHttpPlatform(app, config);
  registerAccessControl(app);
  registerControlCharacterCheck(app);
  registerReadCache(app, createReadCache());

  // Degraded (503) while the database does not answer; requests meanwhile get DATABASE_UNAVAILABLE.
  const databaseAnswers = databaseProbe(database.db);
  app.get('/api/health', { config: { access: 'public' } }, async (_req, reply) => {
    const up = await databaseAnswers();
    return reply.status(up ? 200 : 503).send({ status: up ? 'ok' : 'degraded', database: database.kind });
  });
  for (const m of services.modules) m.routes?.(app);
  app.addHook('onClose', async () => {
    for (const m of services.modules) await m.close?.();
  });
  await registerWebApp(app, config);
  return app;
}
