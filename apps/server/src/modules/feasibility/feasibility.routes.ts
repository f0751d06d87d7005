import {
  authorityShareQuerySchema, authorityShareSchema, saveStudySchema, storedStudySchema, studyCompareQuerySchema, studyComparisonSchema, studyListSchema, studySchema, studyVersionSchema,
} from '@eshkol/contracts/feasibility';
import { serviceIdSchema } from '@eshkol/contracts/services';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/access';
import { requestLocale } from '../../platform/errors';
import { accessOf } from '../../platform/permissions';
import { logEngineFaults } from '../cost-sharing/cost-sharing.service';
import { serviceRules } from '../services/services.policy';
import type { FeasibilityService } from './feasibility.service';

const tags = ['feasibility'];
const idParams = z.object({ id: serviceIdSchema });
const versionParams = z.object({ id: serviceIdSchema, version: z.union([z.literal('latest'), studyVersionSchema]) });

export function registerFeasibilityRoutes(app: FastifyInstance, deps: { feasibility: FeasibilityService }) {
  const { feasibility } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/v1/services/:id/studies',
    {
      config: { access: accessOf(serviceRules.manage) },
      schema: {
        tags,
        description: "A new version of the service's feasibility study: the baseline of the authorities that joined, the joint cost, and the cost-sharing computed from them.",
        params: idParams,
        body: saveStudySchema,
        response: { 201: studySchema },
      },
    },
    async (req, reply) => {
      const study = await feasibility.save(req.params.id, req.body, actorOf(req), requestLocale(req));
      logEngineFaults(req.log, study.result);
      return reply.status(201).send(study);
    },
  );

  r.get(
    '/api/v1/services/:id/studies',
    { config: { access: 'signed-in' }, schema: { tags, params: idParams, response: { 200: studyListSchema } } },
    async (req) => ({ items: await feasibility.list(req.params.id, req.actor) }),
  );

  r.get(
    '/api/v1/services/:id/studies/compare',
    { config: { access: 'signed-in' }, schema: { tags, params: idParams, querystring: studyCompareQuerySchema, response: { 200: studyComparisonSchema } } },
    async (req) => feasibility.compare(req.params.id, req.query.from, req.query.to, req.actor),
  );

  r.get(
    '/api/v1/services/:id/studies/:version',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        description: 'A version by number, or `latest`; void (`void: true`, no input and no result) when its stored figures are beyond the ranges Eshkol computes with.',
        params: versionParams,
        response: { 200: storedStudySchema },
      },
    },
    async (req) => feasibility.get(req.params.id, req.params.version, req.actor),
  );

  r.get(
    '/api/v1/services/:id/studies/:version/share',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        description: "One authority's share and saving under the study's proposed method; a representative's own authority when `authorityId` is omitted.",
        params: versionParams,
        querystring: authorityShareQuerySchema,
        response: { 200: authorityShareSchema },
      },
    },
    async (req) => feasibility.share(req.params.id, req.params.version, req.query.authorityId, actorOf(req)),
  );
}
