import { authorityIdSchema, slugSchema } from '@eshkol/contracts/common';
import {
  addPowerSchema,
  authorityStandingSchema,
  clusterStandingSchema,
  delegationSchema,
  endDelegationSchema,
  legalFormRecordSchema,
  orderSchema,
  powerListSchema,
  powerSchema,
  recordDelegationSchema,
  recordLegalFormSchema,
  recordOrderSchema,
  renamePowerSchema,
  retirePowerSchema,
  standingIdSchema,
} from '@eshkol/contracts/standing';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/access';
import { accessOf } from '../../platform/permissions';
import { sendXlsx } from '../../platform/xlsx';
import type { PowersService } from './powers.service';
import { standingRules } from './standing.policy';
import type { StandingRecordsService } from './standing-records.service';
import type { StandingService } from './standing.service';
import { standingWorkbook } from './standing.xlsx';

/** A cluster's legal standing and delegated powers (read by everyone), what is recorded of them, and the list of powers. */
export function registerStandingRoutes(app: FastifyInstance, deps: { standing: StandingService; records: StandingRecordsService; powers: PowersService }) {
  const { standing, records, powers } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['standing'];
  const clusterParams = z.object({ slug: slugSchema });
  const idParams = z.object({ id: standingIdSchema });
  const delegators = accessOf(standingRules.recordDelegation);
  const powerManagers = accessOf(standingRules.managePowers);

  r.get('/api/v1/clusters/:slug/standing', { config: { access: 'public' }, schema: { tags, params: clusterParams, response: { 200: clusterStandingSchema } } }, async (req) =>
    standing.ofCluster(req.params.slug, req.actor),
  );
  r.get('/api/v1/clusters/:slug/standing.xlsx', { config: { access: 'public' }, schema: { tags, params: clusterParams } }, async (req, reply) =>
    sendXlsx(reply, `standing-${req.params.slug}.xlsx`, await standingWorkbook(await standing.ofCluster(req.params.slug, null))),
  );
  r.post(
    '/api/v1/clusters/:slug/standing/legal-forms',
    { config: { access: accessOf(standingRules.recordLegalForm) }, schema: { tags, params: clusterParams, body: recordLegalFormSchema, response: { 201: legalFormRecordSchema } } },
    async (req, reply) => reply.status(201).send(await records.recordLegalForm(req.params.slug, req.body, actorOf(req))),
  );
  r.post(
    '/api/v1/clusters/:slug/standing/orders',
    { config: { access: accessOf(standingRules.recordOrder) }, schema: { tags, params: clusterParams, body: recordOrderSchema, response: { 201: orderSchema } } },
    async (req, reply) => reply.status(201).send(await records.recordOrder(req.params.slug, req.body, actorOf(req))),
  );
  r.post(
    '/api/v1/clusters/:slug/standing/delegations',
    { config: { access: delegators }, schema: { tags, params: clusterParams, body: recordDelegationSchema, response: { 201: delegationSchema } } },
    async (req, reply) => reply.status(201).send(await records.recordDelegation(req.params.slug, req.body, actorOf(req))),
  );
  r.post(
    '/api/v1/standing/delegations/:id/end',
    { config: { access: delegators }, schema: { tags, params: idParams, body: endDelegationSchema, response: { 200: delegationSchema } } },
    async (req) => records.endDelegation(req.params.id, req.body, actorOf(req)),
  );
  r.get('/api/v1/authorities/:id/standing', { config: { access: 'public' }, schema: { tags, params: z.object({ id: authorityIdSchema }), response: { 200: authorityStandingSchema } } }, async (req) =>
    standing.ofAuthority(req.params.id, req.actor),
  );

  r.get('/api/v1/standing/powers', { config: { access: 'public' }, schema: { tags, response: { 200: powerListSchema } } }, async (req) => powers.list(req.actor));
  r.post('/api/v1/standing/powers', { config: { access: powerManagers }, schema: { tags, body: addPowerSchema, response: { 201: powerSchema } } }, async (req, reply) =>
    reply.status(201).send(await powers.add(req.body, actorOf(req))),
  );
  r.patch('/api/v1/standing/powers/:id', { config: { access: powerManagers }, schema: { tags, params: idParams, body: renamePowerSchema, response: { 200: powerSchema } } }, async (req) =>
    powers.rename(req.params.id, req.body, actorOf(req)),
  );
  r.post('/api/v1/standing/powers/:id/retire', { config: { access: powerManagers }, schema: { tags, params: idParams, body: retirePowerSchema, response: { 200: powerSchema } } }, async (req) =>
    powers.retire(req.params.id, actorOf(req)),
  );
}
