import {
  authorityShareQuerySchema, authorityShareSchema, saveStudySchema, storedStudySchema, studyCompareQuerySchema, studyComparisonSchema, studyListSchema, studySchema, studyVersionSchema,
} from '@eshkol/contracts/feasibility';
import { sensitivityOptionsSchema, sensitivitySchema } from '@eshkol/contracts/cost-sharing';
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
const sensitivityQuerySchema = z.strictObject({
  method: sensitivityOptionsSchema.shape.method.optional(),
  range: z.coerce.number().pipe(sensitivityOptionsSchema.shape.range.unwrap()).default(0.2),
  points: z.coerce.number().pipe(sensitivityOptionsSchema.shape.points.unwrap()).default(9),
});

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
    '/api/v1/services/:id/studies/:version/sensitivity',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        description:
          "How the shares of one of the version's methods (its proposed one unless `method` is given) move when the joint cost moves by up to ±`range` and when one authority's quantity does, and how far the joint cost may rise before each authority would do better alone.",
        params: versionParams,
        querystring: sensitivityQuerySchema,
        response: { 200: sensitivitySchema },
      },
    },
    async (req) => feasibility.sensitivity(req.params.id, req.params.version, req.query, req.actor, requestLocale(req)),
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
