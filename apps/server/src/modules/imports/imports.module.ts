import type { FastifyInstance } from 'fastify';
import type { ModuleContext } from '../../platform/module';
import type { AuthoritiesRepo } from '../authorities/authorities.repo';
import type { ClustersModule } from '../clusters/clusters.module';
import { importRules } from './imports.policy';
import { registerImportRoutes } from './imports.routes';
import { createImportsService } from './imports.service';

/** CSV imports of authorities and of clusters' members, all or nothing. */
export function importsModule(ctx: ModuleContext, deps: { authorities: AuthoritiesRepo; clusters: ClustersModule }) {
  const service = createImportsService({ db: ctx.db, authorities: deps.authorities, clusters: deps.clusters.repo });
  return { ...service, routes: (app: FastifyInstance) => registerImportRoutes(app, { imports: service }), capabilities: { 'imports.run': importRules.run } };
}
export type ImportsModule = ReturnType<typeof importsModule>;
