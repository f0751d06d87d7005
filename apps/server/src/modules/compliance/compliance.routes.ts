import { clusterComplianceSchema, deskSchema, type DeskItem, complianceOverviewSchema, complianceRulesSchema, complianceRulesViewSchema, setComplianceRulesSchema } from '@eshkol/contracts/compliance';
import { isoDateSchema, slugSchema } from '@eshkol/contracts/common';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, type Actor } from '../../platform/access';
import { accessOf } from '../../platform/permissions';
import { sendXlsx } from '../../platform/xlsx';
import { complianceRules } from './compliance.policy';
import type { ComplianceService } from './compliance.service';
import { overviewWorkbook } from './compliance.xlsx';

const overviewReaders = accessOf(complianceRules.readOverview);

/** The compliance calendar: the programme's rules, every cluster's obligations, and one cluster's. */
export function registerComplianceRoutes(app: FastifyInstance, deps: { compliance: ComplianceService; desk: (actor: Actor) => Promise<DeskItem[]> }) {
  const { compliance } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['compliance'];
  r.get('/api/v1/compliance/rules', { config: { access: 'public' }, schema: { tags, response: { 200: complianceRulesViewSchema } } }, async (req) => compliance.rules(req.actor));
  r.post(
    '/api/v1/compliance/rules',
    { config: { access: accessOf(complianceRules.setRules) }, schema: { tags, body: setComplianceRulesSchema, response: { 201: complianceRulesViewSchema } } },
    async (req, reply) => reply.status(201).send(await compliance.setRules(req.body, actorOf(req))),
  );
  r.get('/api/v1/compliance/desk', { config: { access: accessOf(complianceRules.readDesk) }, schema: { tags, response: { 200: deskSchema } } }, async (req) => ({
    items: await deps.desk(actorOf(req)),
  }));
  r.get('/api/v1/compliance/overview', { config: { access: overviewReaders }, schema: { tags, response: { 200: complianceOverviewSchema } } }, async () => compliance.overview());
  r.get('/api/v1/compliance/overview.xlsx', { config: { access: overviewReaders }, schema: { tags } }, async (_req, reply) =>
    sendXlsx(reply, 'compliance.xlsx', await overviewWorkbook(await compliance.overview())),
  );
  const feedStatusSchema = z.object({ active: z.boolean(), createdAt: z.string().nullable(), actions: z.array(z.enum(['manage'])) });
  const clusterParams = z.object({ slug: slugSchema });
  const feedManagers = accessOf(complianceRules.manageFeed);
  r.get('/api/v1/compliance/clusters/:slug/feed', { config: { access: 'signed-in' }, schema: { tags, params: clusterParams, response: { 200: feedStatusSchema } } }, async (req) =>
    compliance.feedStatus(req.params.slug, req.actor),
  );
  r.post(
    '/api/v1/compliance/clusters/:slug/feed',
    { config: { access: feedManagers }, schema: { tags, params: clusterParams, response: { 201: z.object({ token: z.string(), path: z.string() }) } } },
    async (req, reply) => reply.status(201).send(await compliance.createFeed(req.params.slug, actorOf(req))),
  );
  r.delete('/api/v1/compliance/clusters/:slug/feed', { config: { access: feedManagers }, schema: { tags, params: clusterParams, response: { 200: feedStatusSchema } } }, async (req) =>
    compliance.revokeFeed(req.params.slug, actorOf(req)),
  );
  // A calendar application asks with the secret address alone: no session, no cookie.
  r.get(
    '/api/v1/compliance/feeds/:token',
    { config: { access: 'public' }, schema: { tags, params: z.object({ token: z.string().regex(/^[\w-]{20,64}$/) }), produces: ['text/calendar'] } },
    async (req, reply) =>
      reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'inline; filename="eshkol-obligations.ics"')
        .header('cache-control', 'private, no-store')
        .send(await compliance.feed(req.params.token)),
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
