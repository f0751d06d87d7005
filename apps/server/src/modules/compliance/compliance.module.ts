import type { FastifyInstance } from 'fastify';
import type { ModuleContext } from '../../platform/module';
import type { BudgetModule } from '../budget/budget.module';
import type { ClustersModule } from '../clusters/clusters.module';
import type { GovernanceModule } from '../governance/governance.module';
import type { ServicesModule } from '../services/services.module';
import { complianceRules } from './compliance.policy';
import { createComplianceRepo } from './compliance.repo';
import { registerComplianceRoutes } from './compliance.routes';
import { createComplianceService } from './compliance.service';

/** The compliance calendar: the programme's rules as data, and each cluster's obligations computed from the other modules' records. */
export function complianceModule(ctx: ModuleContext, deps: { clusters: ClustersModule; governance: GovernanceModule; services: ServicesModule; budget: BudgetModule }) {
  const compliance = createComplianceService({
    db: ctx.db,
    repo: createComplianceRepo(),
    clusters: deps.clusters.repo,
    bodies: deps.governance.repo,
    meetings: deps.governance.meetingsRepo,
    services: deps.services.repo,
    budget: deps.budget.repo,
    clock: ctx.clock,
  });
  return {
    compliance,
    routes: (app: FastifyInstance) => registerComplianceRoutes(app, { compliance }),
    capabilities: { 'compliance.readOverview': complianceRules.readOverview },
  };
}
export type ComplianceModule = ReturnType<typeof complianceModule>;
