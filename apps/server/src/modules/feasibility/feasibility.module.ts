import type { FastifyInstance } from 'fastify';
import type { CostSharingInput, CostSharingResult, Sensitivity } from '@eshkol/contracts/cost-sharing';
import type { SensitivityOptions } from '@eshkol/engine';
import type { WorkItem } from '@eshkol/contracts/work';
import type { DbOrTx } from '../../db/client';
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
  /**
   * The port of a service's promise, for the measurement of its savings: of the study the
   * committee approved (a service approved is frozen, so its latest version is the one it
   * approved), each authority's quantity, stand-alone cost and share under the proposed method,
   * in shekels a year. Null while the service is not approved, or its study is void.
   */
  async function approvedPromise(db: DbOrTx, serviceId: number) {
    const row = await services.repo.get(db, serviceId);
    if (!row || (row.state !== 'approved' && row.state !== 'approved_with_conditions')) return null;
    const latest = await repo.latest(db, serviceId);
    const figures = latest?.submitted ? figuresOf(latest) : null;
    const allocation = figures?.result.allocations.find((a) => a.method === figures.input.proposedMethod);
    if (!latest || !figures || !allocation) return null;
    return {
      studyVersion: latest.version,
      method: allocation.method,
      rows: figures.input.baseline.map((b) => {
        const share = allocation.shares.find((s) => s.player === b.authorityId);
        return { authorityId: b.authorityId, quantity: b.quantity, standAlone: share?.standAlone ?? null, share: share?.share ?? null };
      }),
    };
  }
  return { ...service, work, approvedPromise, routes: (app: FastifyInstance) => registerFeasibilityRoutes(app, { feasibility: service }) };
}
