import type { FastifyInstance } from 'fastify';
import type { ModuleContext } from '../../platform/module';
import type { BudgetModule } from '../budget/budget.module';
import type { ClustersModule } from '../clusters/clusters.module';
import type { FeasibilityRepo } from '../feasibility/feasibility.repo';
import type { GovernanceModule } from '../governance/governance.module';
import type { NotificationsModule } from '../notifications/notifications.module';
import type { ServicesModule } from '../services/services.module';
import type { UsersModule } from '../users/users.module';
import type { WorkItem } from '@eshkol/contracts/work';
import type { Actor } from '../../platform/access';
import { canDecide, reviewRules } from './reviews.policy';
import { createReviewReader } from './reviews.reader';
import { createReviewsRepo } from './reviews.repo';
import { registerReviewRoutes } from './reviews.routes';
import { createReviewsService } from './reviews.service';

/** Submissions to the professional committee and its decisions, which commit or release the grant. */
export function reviewsModule(
  ctx: ModuleContext,
  deps: {
    services: ServicesModule;
    studies: FeasibilityRepo;
    clusters: ClustersModule;
    users: UsersModule;
    budget: BudgetModule;
    notifications: NotificationsModule;
    governance: Pick<GovernanceModule, 'decisions' | 'addLinkTarget'>;
  },
) {
  const repo = createReviewsRepo();
  const service = createReviewsService({
    db: ctx.db,
    clock: ctx.clock,
    repo,
    reader: createReviewReader({ repo, services: deps.services.repo, users: deps.users.repo }),
    services: deps.services.repo,
    serviceReader: deps.services.reader,
    studies: deps.studies,
    clusters: deps.clusters.repo,
    users: deps.users.repo,
    ledger: deps.budget.ledger,
    notifications: deps.notifications,
    boardApproval: deps.governance.decisions.boardApproval,
  });
  // A professional committee's agenda item may be about a submission: it leads to the service's page.
  deps.governance.addLinkTarget('submission', async (tx, id) => {
    const submission = await repo.get(tx, id);
    const svc = submission ? await deps.services.repo.get(tx, submission.serviceId) : null;
    return svc ? { clusterSlug: svc.clusterSlug, serviceId: svc.id, meetingId: null } : null;
  });
  /** The national readers' queue: how many submissions wait for a decision (a cluster's staff see theirs on their services). */
  async function work(actor: Actor): Promise<WorkItem[]> {
    if (actor.role === 'cluster_staff' || !reviewRules.readQueue.roles.includes(actor.role)) return [];
    const pending = await service.list({ pending: 'true' }, actor);
    return [{ kind: 'queue', pending: pending.items.length, decides: canDecide(actor) }];
  }
  return {
    routes: (app: FastifyInstance) => registerReviewRoutes(app, { reviews: service }),
    capabilities: { 'reviews.readQueue': reviewRules.readQueue, 'reviews.readAgenda': reviewRules.readAgenda },
    work,
  };
}
