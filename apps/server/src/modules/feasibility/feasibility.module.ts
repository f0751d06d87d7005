import type { FastifyInstance } from 'fastify';
import type { CostSharingInput, CostSharingResult, Sensitivity } from '@eshkol/contracts/cost-sharing';
import type { SensitivityOptions } from '@eshkol/engine';
import type { WorkItem } from '@eshkol/contracts/work';
import type { Actor } from '../../platform/access';
import type { ModuleContext } from '../../platform/module';
import type { AuthoritiesRepo } from '../authorities/authorities.repo';
import type { ServicesModule } from '../services/services.module';
import type { UsersModule } from '../users/users.module';
import type { FeasibilityRepo } from './feasibility.repo';
import { registerFeasibilityRoutes } from './feasibility.routes';
import { createFeasibilityService } from './feasibility.service';
import { shareOf } from './study-input';
import { figuresOf } from './study-view';

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

  /** A representative: the authority's share and saving in each service it joined that has a study. */
  async function work(actor: Actor): Promise<WorkItem[]> {
    if (actor.role !== 'authority_rep' || !actor.authorityId) return [];
    const joined = (await services.repo.ofAuthority(ctx.db, actor.authorityId)).filter((p) => p.status === 'joined');
    const rows = await services.repo.byIds(ctx.db, joined.map((p) => p.serviceId));
    const items: WorkItem[] = [];
    for (const p of joined) {
      const latest = await repo.latest(ctx.db, p.serviceId);
      const figures = latest ? figuresOf(latest) : null;
      const share = figures && latest ? shareOf({ version: latest.version, ...figures }, p.authorityId) : null;
      const row = rows.get(p.serviceId);
      if (share && row) {
        items.push({
          kind: 'share',
          serviceId: row.id,
          name: row.nameHe,
          authorityId: p.authorityId,
          method: share.method,
          shareAgorot: share.shareAgorot,
          savingAgorot: Math.round(share.saving * 100),
          savingPercent: share.savingPercent,
        });
      }
    }
    return items;
  }
  return { ...service, work, routes: (app: FastifyInstance) => registerFeasibilityRoutes(app, { feasibility: service }) };
}
