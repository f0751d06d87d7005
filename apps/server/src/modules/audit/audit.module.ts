import type { FastifyInstance } from 'fastify';
import type { ModuleContext } from '../../platform/module';
import type { AuthoritiesRepo } from '../authorities/authorities.repo';
import type { ClustersModule } from '../clusters/clusters.module';
import type { ServicesModule } from '../services/services.module';
import { auditRules } from './audit.policy';
import { registerAuditRoutes } from './audit.routes';
import { createAuditService } from './audit.service';

/**
 * The audit log, as the ministry reads it. Every module writes it through platform/audit.ts; the
 * names its events refer to by id are read through the authorities', clusters' and services' ports.
 */
export function auditModule(ctx: ModuleContext, deps: { authorities: Pick<AuthoritiesRepo, 'names'>; clusters: ClustersModule; services: ServicesModule }) {
  const audit = createAuditService({ db: ctx.db, authorities: deps.authorities, clusters: deps.clusters.repo, services: deps.services.repo });
  return { routes: (app: FastifyInstance) => registerAuditRoutes(app, { audit }), capabilities: { 'audit.read': auditRules.read } };
}
