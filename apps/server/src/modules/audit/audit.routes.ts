import { auditListSchema, auditQuerySchema } from '@eshkol/contracts/audit';
import type { FastifyInstance } from 'fastify';
import { accessOf } from '../../platform/permissions';
import { auditRules } from './audit.policy';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client';
import { listAudit, toAuditEvent } from '../../platform/audit';

export function registerAuditRoutes(app: FastifyInstance, deps: { db: Db }) {
  const { db } = deps;
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/audit',
    { config: { access: accessOf(auditRules.read) }, schema: { tags: ['audit'], querystring: auditQuerySchema, response: { 200: auditListSchema } } },
    async (req) => {
      const rows = await listAudit(db, req.query);
      return {
        items: rows.map(toAuditEvent),
        nextBefore: rows.length === req.query.limit ? (rows.at(-1)?.id ?? null) : null,
      };
    },
  );
}
