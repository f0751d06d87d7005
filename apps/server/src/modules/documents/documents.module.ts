import type { FastifyInstance } from 'fastify';
import type { ModuleContext } from '../../platform/module';
import type { ClustersModule } from '../clusters/clusters.module';
import { createDocumentsRepo } from './documents.repo';
import { registerDocumentRoutes } from './documents.routes';
import { createDocumentsService } from './documents.service';

/** Uploaded files. Who may read one is decided by the modules whose records cite it (`addReader`). */
export function documentsModule(ctx: ModuleContext, deps: { clusters: ClustersModule }) {
  const repo = createDocumentsRepo();
  const service = createDocumentsService({ db: ctx.db, repo, authorities: deps.clusters.registry });
  return { ...service, get: repo.get, names: repo.names, routes: (app: FastifyInstance) => registerDocumentRoutes(app, { documents: service }) };
}
export type DocumentsModule = ReturnType<typeof documentsModule>;
