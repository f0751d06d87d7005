import type { FastifyInstance } from 'fastify';
import type { UploadQuota } from '../../platform/config';
import type { ModuleContext } from '../../platform/module';
import type { ClustersModule } from '../clusters/clusters.module';
import { createDocumentsRepo } from './documents.repo';
import { registerDocumentRoutes } from './documents.routes';
import { createDocumentsService } from './documents.service';

/** Uploaded files. Who may read one is decided by the modules whose records cite it (`addReader`). */
export function documentsModule(ctx: ModuleContext, deps: { clusters: ClustersModule; quota: UploadQuota }) {
  const repo = createDocumentsRepo();
  const service = createDocumentsService({ db: ctx.db, repo, authorities: deps.clusters.registry, quota: deps.quota, clock: ctx.clock });
  return { ...service, get: repo.get, names: repo.names, routes: (app: FastifyInstance) => registerDocumentRoutes(app, { documents: service }) };
}
export type DocumentsModule = ReturnType<typeof documentsModule>;
