import type { FastifyInstance } from 'fastify';
import type { CostSharingInput, CostSharingResult, Sensitivity } from '@eshkol/contracts/cost-sharing';
import type { SensitivityOptions } from '@eshkol/engine';
import type { ModuleContext } from '../../platform/module';
import type { AuthoritiesRepo } from '../authorities/authorities.repo';
import type { ServicesModule } from '../services/services.module';
import type { UsersModule } from '../users/users.module';
import type { FeasibilityRepo } from './feasibility.repo';
import { registerFeasibilityRoutes } from './feasibility.routes';
import { createFeasibilityService } from './feasibility.service';

/** A service's feasibility studies: immutable versions with the engine's result as computed then. */
export function feasibilityModule(
  ctx: ModuleContext,
  deps: {
    repo: FeasibilityRepo;
    authorities: Pick<AuthoritiesRepo, 'getRows'>;
    services: ServicesModule;
    users: UsersModule;
    compute: (input: CostSharingInput) => Promise<CostSharingResult>;
    sensitivity: (input: CostSharingInput, options: SensitivityOptions) => Promise<Sensitivity>;
  },
) {
  const { repo, authorities, services, users, compute, sensitivity } = deps;
  const service = createFeasibilityService({ db: ctx.db, repo, services: services.repo, authorities, users: users.repo, compute, sensitivity });
  return { ...service, routes: (app: FastifyInstance) => registerFeasibilityRoutes(app, { feasibility: service }) };
}
