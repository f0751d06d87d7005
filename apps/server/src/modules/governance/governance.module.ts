import type { FastifyInstance } from 'fastify';
import type { ModuleContext } from '../../platform/module';
import type { AuthoritiesRepo } from '../authorities/authorities.repo';
import type { ClustersModule } from '../clusters/clusters.module';
import type { UsersModule } from '../users/users.module';
import { governanceRules } from './governance.policy';
import { createGovernanceRepo } from './governance.repo';
import { registerGovernanceRoutes } from './governance.routes';
import { createGovernanceService } from './governance.service';

/** The programme's and the clusters' bodies, their seats and their voting rules. */
export function governanceModule(ctx: ModuleContext, deps: { authorities: AuthoritiesRepo; clusters: ClustersModule; users: UsersModule }) {
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
  return {
    repo,
    service,
    routes: (app: FastifyInstance) => registerGovernanceRoutes(app, { governance: service }),
    capabilities: { 'governance.manageProgramme': governanceRules.manageProgramme },
  };
}
export type GovernanceModule = ReturnType<typeof governanceModule>;
