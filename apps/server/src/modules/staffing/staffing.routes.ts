import { slugSchema } from '@eshkol/contracts/common';
import {
  clusterStaffingSchema,
  createStaffingRequestSchema,
  endEmploymentSchema,
  personSchema,
  resubmitStaffingRequestSchema,
  reviewStaffingRequestSchema,
  staffingIdSchema,
  staffingQueueSchema,
  staffingRequestSchema,
} from '@eshkol/contracts/staffing';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/access';
import { accessOf } from '../../platform/permissions';
import { staffingRules } from './staffing.policy';
import type { StaffingRequestsService } from './staffing-requests.service';
import type { StaffingService } from './staffing.service';

/** A cluster's establishment (read by everyone, salaries by few), its staff's requests, the regulator's review and desk. */
export function registerStaffingRoutes(app: FastifyInstance, deps: { staffing: StaffingService; requests: StaffingRequestsService }) {
  const { staffing, requests } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['staffing'];
  const idParams = z.object({ id: staffingIdSchema });
  const requesters = accessOf(staffingRules.request);

  r.get('/api/v1/clusters/:slug/staffing', { config: { access: 'public' }, schema: { tags, params: z.object({ slug: slugSchema }), response: { 200: clusterStaffingSchema } } }, async (req) =>
    staffing.ofCluster(req.params.slug, req.actor),
  );
  r.post(
    '/api/v1/clusters/:slug/staffing/requests',
    { config: { access: requesters }, schema: { tags, params: z.object({ slug: slugSchema }), body: createStaffingRequestSchema, response: { 201: staffingRequestSchema } } },
    async (req, reply) => reply.status(201).send(await requests.submit(req.params.slug, req.body, actorOf(req))),
  );
  r.post(
    '/api/v1/staffing/requests/:id/resubmit',
    { config: { access: requesters }, schema: { tags, params: idParams, body: resubmitStaffingRequestSchema, response: { 200: staffingRequestSchema } } },
    async (req) => requests.resubmit(req.params.id, req.body, actorOf(req)),
  );
  r.post(
    '/api/v1/staffing/requests/:id/review',
    { config: { access: accessOf(staffingRules.review) }, schema: { tags, params: idParams, body: reviewStaffingRequestSchema, response: { 200: staffingRequestSchema } } },
    async (req) => requests.review(req.params.id, req.body, actorOf(req)),
  );
  r.post(
    '/api/v1/staffing/people/:id/end',
    { config: { access: requesters }, schema: { tags, params: idParams, body: endEmploymentSchema, response: { 200: personSchema } } },
    async (req) => requests.endEmployment(req.params.id, req.body, actorOf(req)),
  );
  r.get('/api/v1/staffing/queue', { config: { access: accessOf(staffingRules.readQueue) }, schema: { tags, response: { 200: staffingQueueSchema } } }, async () => staffing.queue());
}
