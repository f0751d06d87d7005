import type { FastifyInstance } from 'fastify';
import type { ModuleContext } from '../../platform/module';
import { auditRules } from './audit.policy';
import { registerAuditRoutes } from './audit.routes';

/** The audit log, as the ministry reads it. Every module writes it through platform/audit.ts. */
export function auditModule(ctx: ModuleContext) {
  return { routes: (app: FastifyInstance) => registerAuditRoutes(app, { db: ctx.db }), capabilities: { 'audit.read': auditRules.read } };
}
