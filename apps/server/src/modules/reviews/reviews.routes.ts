import {
  agendaQuerySchema, agendaSchema, conditionIdSchema, decideSubmissionSchema, submissionIdSchema, submissionListSchema, submissionQuerySchema, submissionReadinessSchema, submissionSchema, submitServiceSchema,
} from '@eshkol/contracts/reviews';
import { serviceIdSchema } from '@eshkol/contracts/services';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/access';
import { sendXlsx } from '../../platform/xlsx';
import { agendaWorkbook } from './agenda.xlsx';
import { accessOf } from '../../platform/permissions';
import { reviewRules } from './reviews.policy';
import type { ReviewsService } from './reviews.service';

const tags = ['reviews'];
const submissionParams = z.object({ id: submissionIdSchema });

export function registerReviewRoutes(app: FastifyInstance, deps: { reviews: ReviewsService }) {
  const { reviews } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/v1/services/:id/submit',
    { config: { access: accessOf(reviewRules.submit) }, schema: { tags, params: z.object({ id: serviceIdSchema }), body: submitServiceSchema, response: { 201: submissionSchema } } },
    async (req, reply) => reply.status(201).send(await reviews.submit(req.params.id, req.body, actorOf(req))),
  );

  r.get(
    '/api/v1/services/:id/submissions',
    { config: { access: 'signed-in' }, schema: { tags, params: z.object({ id: serviceIdSchema }), response: { 200: submissionListSchema } } },
    async (req) => reviews.ofService(req.params.id, req.actor),
  );

  r.get(
    '/api/v1/services/:id/readiness',
    { config: { access: accessOf(reviewRules.readReadiness) }, schema: { tags, params: z.object({ id: serviceIdSchema }), response: { 200: submissionReadinessSchema } } },
    async (req) => reviews.readiness(req.params.id, req.actor),
  );

  r.get(
    '/api/v1/submissions',
    { config: { access: accessOf(reviewRules.readQueue) }, schema: { tags, querystring: submissionQuerySchema, response: { 200: submissionListSchema } } },
    async (req) => reviews.list(req.query, req.actor),
  );

  r.get(
    '/api/v1/submissions/agenda',
    { config: { access: accessOf(reviewRules.readAgenda) }, schema: { tags, querystring: agendaQuerySchema, response: { 200: agendaSchema } } },
    async (req) => ({ items: await reviews.agenda(req.query.ids, req.actor) }),
  );

  r.get('/api/v1/submissions/agenda.xlsx', { config: { access: accessOf(reviewRules.readAgenda) }, schema: { tags, querystring: agendaQuerySchema } }, async (req, reply) => {
    const [items, names] = await Promise.all([reviews.agenda(req.query.ids, req.actor), reviews.clusterNames()]);
    return sendXlsx(reply, 'agenda.xlsx', await agendaWorkbook(items, (slug) => names.get(slug) ?? slug));
  });

  r.get(
    '/api/v1/submissions/:id',
    { config: { access: 'signed-in' }, schema: { tags, params: submissionParams, response: { 200: submissionSchema } } },
    async (req) => reviews.get(req.params.id, req.actor),
  );

  r.post(
    '/api/v1/submissions/:id/decisions',
    { config: { access: accessOf(reviewRules.decide) }, schema: { tags, params: submissionParams, body: decideSubmissionSchema, response: { 201: submissionSchema } } },
    async (req, reply) => reply.status(201).send(await reviews.decide(req.params.id, req.body, actorOf(req))),
  );

  r.post(
    '/api/v1/submissions/:id/conditions/:conditionId/met',
    {
      config: { access: accessOf(reviewRules.markConditionMet) },
      schema: { tags, params: z.object({ id: submissionIdSchema, conditionId: conditionIdSchema }), response: { 200: submissionSchema } },
    },
    async (req) => reviews.conditionMet(req.params.id, req.params.conditionId, actorOf(req)),
  );
}
