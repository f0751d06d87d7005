import type { FastifyInstance } from 'fastify';
import type { Actor } from '../../platform/access';
import type { ModuleContext } from '../../platform/module';
import type { ClustersModule } from '../clusters/clusters.module';
import type { DocumentsModule } from '../documents/documents.module';
import type { feasibilityModule } from '../feasibility/feasibility.module';
import type { NotificationsModule } from '../notifications/notifications.module';
import type { ServicesModule } from '../services/services.module';
import type { UsersModule } from '../users/users.module';
import { createDashboardsService } from './dashboards.service';
import { createDueService } from './due.service';
import { createIndicatorsService } from './indicators.service';
import { canReadPending, measurementRules } from './measurement.policy';
import type { MeasurementDeps } from './measurement-ports';
import { createMeasurementRepo } from './measurement.repo';
import { registerMeasurementRoutes } from './measurement.routes';
import { templateWorkbook } from './measurement.xlsx';
import { createSavingsService } from './savings.service';
import { createValuesImportService } from './values-import.service';
import { createValuesService } from './values.service';

/**
 * Indicators and their values (ADR 18): the partner's definitions, the values entered and approved
 * with every version kept, the sheets imported, the values owed, and the dashboards' tables — gaps
 * over time and by group, before and after joining a service, a service's savings. It reads the
 * registry and membership through the clusters module, a service's participants through the
 * services module, and the approved study's promise through the feasibility module.
 */
export function measurementModule(
  ctx: ModuleContext,
  deps: {
    clusters: ClustersModule;
    services: ServicesModule;
    feasibility: Pick<ReturnType<typeof feasibilityModule>, 'approvedPromise'>;
    documents: DocumentsModule;
    users: UsersModule;
    notifications: NotificationsModule;
  },
) {
  const base: MeasurementDeps = {
    db: ctx.db,
    repo: createMeasurementRepo(),
    clock: ctx.clock,
    registry: deps.clusters.registry,
    clusters: deps.clusters.repo,
    membersDuring: deps.clusters.membersDuring,
    services: deps.services.repo,
    promise: deps.feasibility.approvedPromise,
    documents: deps.documents,
    users: deps.users.repo,
    notify: deps.notifications.notify,
  };
  const indicators = createIndicatorsService(base);
  const values = createValuesService({ ...base, indicators });
  const dashboards = createDashboardsService({ ...base, indicators, values });
  const due = createDueService({ ...base, values });
  const savings = createSavingsService({ ...base, indicators, periodsOf: dashboards.periodsOf });
  const imports = createValuesImportService(base);

  // A version's evidence is read by whoever reads what waits on the authority's values.
  deps.documents.addReader(async (db, actor, documentId) => {
    for (const { authorityId } of await base.repo.citingDocument(db, documentId)) {
      const authority = await base.registry.get(db, authorityId);
      if (canReadPending(actor, { authorityId, clusterSlug: authority?.currentCluster?.slug ?? null })) return true;
    }
    return false;
  });

  /** The sheet to fill in, naming the indicators and the authorities the reader enters values for. */
  async function template(actor: Actor) {
    const list = (await indicators.list({}, actor)).items;
    const scoped = actor.role === 'cluster_staff' ? { cluster: actor.clusterSlug ?? '' } : {};
    const authorities = (await base.registry.list(ctx.db, scoped)).filter((a) => (actor.role === 'authority_rep' ? a.id === actor.authorityId : a.currentCluster !== null));
    return templateWorkbook(list, authorities);
  }

  // Values overdue are told of when the server starts, and every hour after.
  let reminders: NodeJS.Timeout | undefined;
  const remind = (log: FastifyInstance['log']) => due.remindOverdue().catch((error: unknown) => log.warn({ err: error }, 'values overdue were not told of'));
  return {
    due,
    routes: (app: FastifyInstance) => {
      app.addHook('onReady', async () => {
        await remind(app.log);
        reminders = setInterval(() => void remind(app.log), 60 * 60_000);
        reminders.unref();
      });
      registerMeasurementRoutes(app, { indicators, values, dashboards, due, savings, imports, template });
    },
    close: async () => clearInterval(reminders),
    capabilities: {
      'measurement.define': measurementRules.define,
      'measurement.review': measurementRules.review,
      'measurement.enter': measurementRules.enterAny,
      'measurement.readDue': measurementRules.readDue,
    },
  };
}
export type MeasurementModule = ReturnType<typeof measurementModule>;
