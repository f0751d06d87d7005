import type { FastifyInstance } from 'fastify';
import type { ModuleContext } from '../../platform/module';
import type { ClustersModule } from '../clusters/clusters.module';
import type { NotificationsModule } from '../notifications/notifications.module';
import type { ServicesModule } from '../services/services.module';
import type { UsersModule } from '../users/users.module';
import type { WorkItem } from '@eshkol/contracts/work';
import type { Actor } from '../../platform/access';
import { activeProgramme, israelDate } from './active-programme';
import { budgetReadScope, budgetRules, canManageBudget } from './budget.policy';
import { createBudgetRepo } from './budget.repo';
import { registerBudgetRoutes } from './budget.routes';
import { createBudgetService } from './budget.service';
import { createLedgerWriter } from './ledger-writer';
import { createMilestonesService } from './milestones.service';
import { createProgressReportsService } from './progress-reports.service';
import type { DocumentsModule } from '../documents/documents.module';

/** The incentive programmes, their append-only ledger, and projects' milestones with their progress reports. */
export function budgetModule(ctx: ModuleContext, deps: { clusters: ClustersModule; services: ServicesModule; users: UsersModule; notifications: NotificationsModule; documents: DocumentsModule }) {
  const repo = createBudgetRepo();
  const ledger = createLedgerWriter({ repo, today: () => israelDate(ctx.clock()) });
  const budget = createBudgetService({ db: ctx.db, repo, ledger, clusters: deps.clusters.repo, services: deps.services.repo, users: deps.users.repo });
  const reports = createProgressReportsService({ db: ctx.db, repo, services: deps.services.repo, documents: deps.documents, notifications: deps.notifications, clock: ctx.clock });
  const milestones = createMilestonesService({
    db: ctx.db,
    repo,
    ledger,
    services: deps.services.repo,
    clusters: deps.clusters.repo,
    notifications: deps.notifications,
    requireApprovedReport: reports.requireApproved,
    clock: ctx.clock,
  });
  /**
   * The national readers' budget: the programme running today and the milestones whose payment
   * waits for the ministry (in every programme, since a project is paid from the one it was
   * committed from).
   */
  async function work(actor: Actor): Promise<WorkItem[]> {
    if (!budgetReadScope(actor)?.all) return [];
    const manages = canManageBudget(actor);
    const programmes = await repo.listProgrammes(ctx.db);
    const views = await Promise.all(programmes.map((p) => budget.getProgramme(p.id, actor)));
    const running = activeProgramme(programmes, israelDate(ctx.clock()));
    const p = running ? views.find((v) => v.id === running.id) : undefined;
    const due = views.flatMap((v) => v.projects.flatMap((pr) => pr.milestones.filter((m) => m.state === 'done')));
    return [
      {
        kind: 'budget',
        programme: p
          ? { id: p.id, name: p.nameHe, endsOn: p.endsOn, totalAgorot: p.total, allocatedAgorot: p.allocated, committedAgorot: p.committed, paidAgorot: p.paid }
          : null,
        manages,
      },
      { kind: 'payments', pending: due.length, amountAgorot: due.reduce((sum, m) => sum + m.amountAgorot, 0), decides: manages },
    ];
  }
  return {
    ledger,
    repo,
    work,
    routes: (app: FastifyInstance) => registerBudgetRoutes(app, { budget, milestones, reports }),
    capabilities: { 'budget.read': budgetRules.read, 'budget.readAll': budgetRules.readAll, 'budget.manage': budgetRules.manage },
  };
}
export type BudgetModule = ReturnType<typeof budgetModule>;
