import type { FastifyInstance } from 'fastify';
import type { DbOrTx } from '../../db/client';
import { AppError } from '../../platform/errors';
import type { ModuleContext } from '../../platform/module';
import type { AuthoritiesRepo } from '../authorities/authorities.repo';
import type { ClustersModule } from '../clusters/clusters.module';
import type { UsersModule } from '../users/users.module';
import type { NotificationsModule } from '../notifications/notifications.module';
import type { Mailer } from '../../platform/mail';
import type { DocumentsModule } from '../documents/documents.module';
import type { FeasibilityRepo } from '../feasibility/feasibility.repo';
import type { ServicesModule } from '../services/services.module';
import { itemLinks } from './item-links';
import { createMeetingsRepo } from './meetings.repo';
import { registerMeetingRoutes } from './meetings.routes';
import { createMeetingsService } from './meetings.service';
import { createDecisionsService } from './decisions.service';
import { governanceRules } from './governance.policy';
import { createGovernanceRepo } from './governance.repo';
import { registerGovernanceRoutes } from './governance.routes';
import { createGovernanceService } from './governance.service';

/** The programme's and the clusters' bodies, their seats and voting rules, their meetings, votes, decisions and minutes. */
export function governanceModule(
  ctx: ModuleContext,
  deps: {
    authorities: AuthoritiesRepo;
    clusters: ClustersModule;
    users: UsersModule;
    notifications: NotificationsModule;
    mailer: Mailer;
    services: Pick<ServicesModule['repo'], 'get'>;
    studies: Pick<FeasibilityRepo, 'byId'>;
    documents: Pick<DocumentsModule, 'get' | 'names' | 'addReader'>;
  },
) {
  const repo = createGovernanceRepo();
  const service = createGovernanceService({
    db: ctx.db,
    repo,
    clusters: deps.clusters.repo,
    membersOn: deps.clusters.membersOn,
    authorities: deps.authorities,
    users: deps.users.repo,
    clock: ctx.clock,
  });
  const meetingsRepo = createMeetingsRepo();
  // The meetings and the decisions taken at them read the same records.
  const records = {
    db: ctx.db,
    repo: meetingsRepo,
    bodies: repo,
    membersOn: deps.clusters.membersOn,
    authorities: deps.authorities,
    notify: deps.notifications.notify,
    clock: ctx.clock,
  };
  // An item may be about a service or one of its studies (submissions are provided by the reviews module).
  const links = itemLinks();
  const serviceTarget = async (tx: DbOrTx, id: number) => {
    const service = await deps.services.get(tx, id);
    return service ? { clusterSlug: service.clusterSlug, serviceId: service.id, meetingId: null } : null;
  };
  links.provide('service', serviceTarget);
  links.provide('study', async (tx, id) => {
    const study = await deps.studies.byId(tx, id);
    return study ? serviceTarget(tx, study.serviceId) : null;
  });
  const meetings = createMeetingsService({ ...records, mailer: deps.mailer, links, documents: deps.documents });
  deps.documents.addReader(meetings.mayReadDocument);
  const decisions = createDecisionsService(records);
  // Decisions past their due day are told of when the server starts, and every hour after.
  let reminders: NodeJS.Timeout | undefined;
  const remind = (log: FastifyInstance['log']) => decisions.remindOverdue().catch((error: unknown) => log.warn({ err: error }, 'overdue decisions were not told of'));
  return {
    repo,
    service,
    meetings,
    decisions,
    meetingsRepo,
    /** For the modules created after this one: what else an agenda item may be about. */
    addLinkTarget: links.provide,
    routes: (app: FastifyInstance) => {
      registerGovernanceRoutes(app, { governance: service });
      app.addHook('onReady', async () => {
        await remind(app.log);
        reminders = setInterval(() => void remind(app.log), 60 * 60_000);
        reminders.unref();
      });
      registerMeetingRoutes(app, {
        meetings,
        decisions,
        mailer: deps.mailer,
        db: ctx.db,
        requireCluster: async (slug) => {
          if (!(await deps.clusters.repo.get(ctx.db, slug))) throw new AppError('CLUSTER_NOT_FOUND');
          return slug;
        },
      });
    },
    close: () => {
      clearInterval(reminders);
      return deps.mailer.close();
    },
    work: decisions.work,
    capabilities: { 'governance.manageProgramme': governanceRules.manageProgramme },
  };
}
export type GovernanceModule = ReturnType<typeof governanceModule>;
