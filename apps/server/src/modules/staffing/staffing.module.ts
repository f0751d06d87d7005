import type { FastifyInstance } from 'fastify';
import type { ModuleContext } from '../../platform/module';
import type { ClustersModule } from '../clusters/clusters.module';
import { staffingRules } from './staffing.policy';
import { createStaffingRepo } from './staffing.repo';
import { createStaffingRequestsService } from './staffing-requests.service';
import { registerStaffingRoutes } from './staffing.routes';
import { createStaffingService } from './staffing.service';

/**
 * The clusters' approved establishments, the people in them and the requests to the regulator.
 * Its ports for the compliance calendar are `approvedBeforeFilled` (per cluster, whether anyone is
 * recorded in a position that was not approved before they started) and `pendingReview` (the
 * requests on the regulator's desk).
 */
export function staffingModule(ctx: ModuleContext, deps: { clusters: ClustersModule }) {
  const repo = createStaffingRepo();
  const staffing = createStaffingService({ db: ctx.db, repo, clusters: deps.clusters.repo, clock: ctx.clock });
  const requests = createStaffingRequestsService({ db: ctx.db, repo, clusters: deps.clusters.repo, clock: ctx.clock });
  return {
    approvedBeforeFilled: staffing.approvedBeforeFilled,
    pendingReview: staffing.pendingReview,
    routes: (app: FastifyInstance) => registerStaffingRoutes(app, { staffing, requests }),
    capabilities: { 'staffing.readQueue': staffingRules.readQueue },
  };
}
export type StaffingModule = ReturnType<typeof staffingModule>;
