import { clusterComplianceSchema, complianceOverviewSchema, complianceRulesSchema, complianceRulesViewSchema, setComplianceRulesSchema } from '@eshkol/contracts/compliance';
import { isoDateSchema, slugSchema } from '@eshkol/contracts/common';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/access';
import { accessOf } from '../../platform/permissions';
import { sendXlsx } from '../../platform/xlsx';
import { complianceRules } from './compliance.policy';
import type { ComplianceService } from './compliance.service';
import { overviewWorkbook } from './compliance.xlsx';

const overviewReaders = accessOf(complianceRules.readOverview);

/** The compliance calendar: the programme's rules, every cluster's obligations, and one cluster's. */
export function registerComplianceRoutes(app: FastifyInstance, deps: { compliance: ComplianceService }) {
  const { compliance } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['compliance'];
  r.get('/api/v1/compliance/rules', { config: { access: 'public' }, schema: { tags, response: { 200: complianceRulesViewSchema } } }, async (req) => compliance.rules(req.actor));
  r.post(
    '/api/v1/compliance/rules',
    { config: { access: accessOf(complianceRules.setRules) }, schema: { tags, body: setComplianceRulesSchema, response: { 201: complianceRulesViewSchema } } },
    async (req, reply) => reply.status(201).send(await compliance.setRules(req.body, actorOf(req))),
  );
  r.get('/api/v1/compliance/overview', { config: { access: overviewReaders }, schema: { tags, response: { 200: complianceOverviewSchema } } }, async () => compliance.overview());
  r.get('/api/v1/compliance/overview.xlsx', { config: { access: overviewReaders }, schema: { tags } }, async (_req, reply) =>
    sendXlsx(reply, 'compliance.xlsx', await overviewWorkbook(await compliance.overview())),
  );
  r.get(
    '/api/v1/compliance/clusters/:slug',
    {
      config: { access: 'signed-in' },
      schema: { tags, params: z.object({ slug: slugSchema }), response: { 200: z.object({ asOf: isoDateSchema, rules: complianceRulesSchema, cluster: clusterComplianceSchema }) } },
    },
    async (req) => compliance.ofCluster(req.params.slug, req.actor),
  );
}
