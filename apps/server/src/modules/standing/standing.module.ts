import type { FastifyInstance } from 'fastify';
import type { Cite } from '../../platform/citations';
import type { ModuleContext } from '../../platform/module';
import type { AuthoritiesRepo } from '../authorities/authorities.repo';
import type { ClustersModule } from '../clusters/clusters.module';
import type { DocumentsModule } from '../documents/documents.module';
import { createPowersService } from './powers.service';
import { loadShippedStanding, type ShippedStanding } from './standing-shipped';
import { standingRules } from './standing.policy';
import { createStandingRecordsService } from './standing-records.service';
import { createStandingRepo } from './standing.repo';
import { registerStandingRoutes } from './standing.routes';
import { createStandingService } from './standing.service';
import { byStart, formOn } from './standing-rules';
import { dayInIsrael } from '../../platform/calendar';

/**
 * The clusters' legal standing: their legal forms over time, the orders that set them up and amend
 * them, the list of powers, and the powers each member authority delegates to its cluster. A
 * delegation's authority is a member on its first day, as the clusters' membership port says.
 */
export function standingModule(ctx: ModuleContext, deps: { clusters: ClustersModule; authorities: AuthoritiesRepo; documents: DocumentsModule; cite: Cite }) {
  const repo = createStandingRepo();
  const common = { db: ctx.db, repo, membersOn: deps.clusters.membersOn, documents: deps.documents, cite: deps.cite, clock: ctx.clock };
  const standing = createStandingService({ ...common, clusters: deps.clusters.repo, authorities: deps.authorities });
  const records = createStandingRecordsService({ ...common, clusters: deps.clusters.repo });
  const powers = createPowersService({ db: ctx.db, repo, clock: ctx.clock });
  // The clusters' list names each cluster's legal form in force today, as recorded here.
  deps.clusters.readLegalFormsBy(async (db) => {
    const day = dayInIsrael(ctx.clock());
    const bySlug = new Map<string, Awaited<ReturnType<typeof repo.allLegalForms>>>();
    for (const f of await repo.allLegalForms(db)) bySlug.set(f.clusterSlug, [...(bySlug.get(f.clusterSlug) ?? []), f]);
    return new Map([...bySlug].flatMap(([slug, forms]) => {
      const current = formOn(byStart(forms), day);
      return current ? [[slug, current.form === 'cities_association' ? ('multi_purpose_association' as const) : ('municipal_corporation' as const)]] : [];
    }));
  });
  // Orders and council decisions are public acts: any account reads the documents they cite.
  deps.documents.addReader((tx, _actor, documentId) => repo.citesDocument(tx, documentId));
  return {
    loadShipped: (data: ShippedStanding) => loadShippedStanding({ db: ctx.db, repo, records, powers }, data),
    routes: (app: FastifyInstance) => registerStandingRoutes(app, { standing, records, powers }),
    capabilities: { 'standing.managePowers': standingRules.managePowers },
  };
}
export type StandingModule = ReturnType<typeof standingModule>;
