import type { FastifyInstance } from 'fastify';
import type { WorkerPoolOptions } from '../../platform/worker-pool';
import { costSharingRules } from './cost-sharing.policy';
import { registerCostSharingRoutes } from './cost-sharing.routes';
import { createCostSharingService } from './cost-sharing.service';

/** The cost-sharing calculator, its games computed on worker threads. */
export function costSharingModule(opts: WorkerPoolOptions & { inlinePlayers: number }) {
  const service = createCostSharingService(opts);
  return {
    ...service,
    routes: (app: FastifyInstance) => registerCostSharingRoutes(app, { costSharing: service }),
    close: service.close,
    capabilities: { 'costSharing.compute': costSharingRules.compute },
  };
}
export type CostSharingModule = ReturnType<typeof costSharingModule>;
