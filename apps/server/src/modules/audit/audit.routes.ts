import { auditListSchema, auditQuerySchema } from '@eshkol/contracts/audit';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client';
import type { AuditRepo } from './audit.repo';

export function registerAuditRoutes(app: FastifyInstance, deps: { db: Db; repo: AuditRepo }) {
  const { db, repo } = deps;
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/audit',
    { config: { access: ['ministry'] }, schema: { tags: ['audit'], querystring: auditQuerySchema, response: { 200: auditListSchema } } },
    async (req) => {
      const rows = await repo.list(db, req.query);
      return {
        items: rows.map((e) => ({ ...e, at: e.at.toISOString() })),
        nextBefore: rows.length === req.query.limit ? (rows.at(-1)?.id ?? null) : null,
      };
    },
  );
}
