import type { FastifyInstance } from 'fastify';
import type { ModuleContext } from '../../platform/module';
import type { ClustersModule } from '../clusters/clusters.module';
import type { NotificationsModule } from '../notifications/notifications.module';
import type { ServicesModule } from '../services/services.module';
import type { UsersModule } from '../users/users.module';
import { israelDate } from './active-programme';
import { budgetRules } from './budget.policy';
import { createBudgetRepo } from './budget.repo';
import { registerBudgetRoutes } from './budget.routes';
import { createBudgetService } from './budget.service';
import { createLedgerWriter } from './ledger-writer';
import { createMilestonesService } from './milestones.service';

/** The incentive programmes, their append-only ledger, and projects' milestones. */
export function budgetModule(ctx: ModuleContext, deps: { clusters: ClustersModule; services: ServicesModule; users: UsersModule; notifications: NotificationsModule }) {
  const repo = createBudgetRepo();
  const ledger = createLedgerWriter({ repo, today: () => israelDate(ctx.clock()) });
  const budget = createBudgetService({ db: ctx.db, repo, ledger, clusters: deps.clusters.repo, services: deps.services.repo, users: deps.users.repo });
  const milestones = createMilestonesService({ db: ctx.db, repo, ledger, services: deps.services.repo, clusters: deps.clusters.repo, notifications: deps.notifications, clock: ctx.clock });
  return {
    ledger,
    routes: (app: FastifyInstance) => registerBudgetRoutes(app, { budget, milestones }),
    capabilities: { 'budget.read': budgetRules.read, 'budget.readAll': budgetRules.readAll, 'budget.manage': budgetRules.manage },
  };
}
export type BudgetModule = ReturnType<typeof budgetModule>;
