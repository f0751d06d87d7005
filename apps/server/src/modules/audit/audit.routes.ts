import { auditListSchema, auditQuerySchema } from '@eshkol/contracts/audit';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { accessOf } from '../../platform/permissions';
import { auditRules } from './audit.policy';
import type { AuditService } from './audit.service';

export function registerAuditRoutes(app: FastifyInstance, deps: { audit: AuditService }) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/audit',
    { config: { access: accessOf(auditRules.read) }, schema: { tags: ['audit'], querystring: auditQuerySchema, response: { 200: auditListSchema } } },
    (req) => deps.audit.list(req.query),
  );
}
