import { membershipSchema } from '@eshkol/contracts/authorities';
import { authorityIdSchema, slugSchema } from '@eshkol/contracts/common';
import { clusterDetailSchema, clusterListSchema, createClusterSchema, updateClusterSchema } from '@eshkol/contracts/clusters';
import { joinClusterSchema, leaveClusterSchema } from '@eshkol/contracts/memberships';
import type { FastifyInstance } from 'fastify';
import { accessOf } from '../../platform/permissions';
import { clusterRules } from './clusters.policy';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/access';
import { sendXlsx, toXlsx } from '../../platform/xlsx';
import { authorityColumns } from '../authorities/authorities.routes';
import type { ClustersService } from './clusters.service';

const slugParams = z.object({ slug: slugSchema });

export function registerClusterRoutes(app: FastifyInstance, deps: { clusters: ClustersService }) {
  const { clusters } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['clusters'];

  r.get('/api/v1/clusters', { config: { access: 'public', read: 'shared' }, schema: { tags, response: { 200: clusterListSchema } } }, async () => ({
    items: await clusters.listClusters(),
  }));

  r.get(
    '/api/v1/clusters/:slug',
    { config: { access: 'public', read: 'per-reader' }, schema: { tags, params: slugParams, response: { 200: clusterDetailSchema } } },
    async (req) => clusters.getCluster(req.params.slug, req.actor),
  );

  r.get('/api/v1/clusters/:slug/members.xlsx', { config: { access: 'public' }, schema: { tags, params: slugParams } }, async (req, reply) => {
    const c = await clusters.getCluster(req.params.slug, null);
    const columns = [...authorityColumns, { header: 'חברות מאז', value: (a: (typeof c.members)[number]) => a.membership.joinedOn ?? a.membership.observedAsOf ?? 'לא ידוע' }];
    return sendXlsx(reply, `${c.slug}-members.xlsx`, await toXlsx(c.nameHe ?? c.slug, columns, c.members));
  });

  r.post(
    '/api/v1/clusters',
    { config: { access: accessOf(clusterRules.manage) }, schema: { tags, body: createClusterSchema, response: { 201: clusterDetailSchema } } },
    async (req, reply) => reply.status(201).send(await clusters.createCluster(req.body, actorOf(req))),
  );

  r.patch(
    '/api/v1/clusters/:slug',
    { config: { access: accessOf(clusterRules.manage) }, schema: { tags, params: slugParams, body: updateClusterSchema, response: { 200: clusterDetailSchema } } },
    async (req) => clusters.updateCluster(req.params.slug, req.body, actorOf(req)),
  );

  r.post(
    '/api/v1/clusters/:slug/memberships',
    { config: { access: accessOf(clusterRules.manage) }, schema: { tags, params: slugParams, body: joinClusterSchema, response: { 201: membershipSchema } } },
    async (req, reply) => reply.status(201).send(await clusters.join(req.params.slug, req.body, actorOf(req))),
  );

  r.patch(
    '/api/v1/clusters/:slug/memberships/:authorityId',
    {
      config: { access: accessOf(clusterRules.manage) },
      schema: { tags, params: z.object({ slug: slugSchema, authorityId: authorityIdSchema }), body: leaveClusterSchema, response: { 200: membershipSchema } },
    },
    async (req) => clusters.leave(req.params.slug, req.params.authorityId, req.body, actorOf(req)),
  );
}
