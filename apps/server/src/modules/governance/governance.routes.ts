import {
  addSeatSchema, bodyDetailSchema, bodyIdSchema, bodyListQuerySchema, bodyListSchema, compositionQuerySchema, correctSeatSchema, createBodySchema, endSeatSchema,
  seatIdSchema, setRulesSchema, updateBodySchema,
} from '@eshkol/contracts/governance';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/access';
import { accessOf } from '../../platform/permissions';
import { sendXlsx } from '../../platform/xlsx';
import { governanceRules } from './governance.policy';
import type { GovernanceService } from './governance.service';
import { compositionWorkbook } from './governance.xlsx';

const managers = accessOf(governanceRules.manage);

/** Bodies and seats are public (without e-mails and accounts); changes are their managers'. */
export function registerGovernanceRoutes(app: FastifyInstance, deps: { governance: GovernanceService }) {
  const { governance } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['governance'];
  const bodyParams = z.object({ id: bodyIdSchema });
  const seatParams = z.object({ id: seatIdSchema });

  r.get(
    '/api/v1/governance/bodies',
    { config: { access: 'public', read: 'per-reader' }, schema: { tags, querystring: bodyListQuerySchema, response: { 200: bodyListSchema } } },
    async (req) => governance.listBodies(req.query.cluster ?? null, req.actor),
  );

  r.post(
    '/api/v1/governance/bodies',
    { config: { access: managers }, schema: { tags, body: createBodySchema, response: { 201: bodyDetailSchema } } },
    async (req, reply) => reply.status(201).send(await governance.createBody(req.body, actorOf(req))),
  );

  r.get(
    '/api/v1/governance/bodies/:id',
    { config: { access: 'public', read: 'per-reader' }, schema: { tags, params: bodyParams, querystring: compositionQuerySchema, response: { 200: bodyDetailSchema } } },
    async (req) => governance.getBody(req.params.id, req.query.on, req.actor),
  );

  r.patch(
    '/api/v1/governance/bodies/:id',
    { config: { access: managers }, schema: { tags, params: bodyParams, body: updateBodySchema, response: { 200: bodyDetailSchema } } },
    async (req) => governance.updateBody(req.params.id, req.body, actorOf(req)),
  );

  r.post(
    '/api/v1/governance/bodies/:id/rules',
    { config: { access: managers }, schema: { tags, params: bodyParams, body: setRulesSchema, response: { 201: bodyDetailSchema } } },
    async (req, reply) => reply.status(201).send(await governance.setRules(req.params.id, req.body, actorOf(req))),
  );

  r.post(
    '/api/v1/governance/bodies/:id/seats',
    { config: { access: managers }, schema: { tags, params: bodyParams, body: addSeatSchema, response: { 201: bodyDetailSchema } } },
    async (req, reply) => reply.status(201).send(await governance.addSeat(req.params.id, req.body, actorOf(req))),
  );

  r.post(
    '/api/v1/governance/seats/:id/end',
    { config: { access: managers }, schema: { tags, params: seatParams, body: endSeatSchema, response: { 200: bodyDetailSchema } } },
    async (req) => governance.endSeat(req.params.id, req.body, actorOf(req)),
  );

  r.patch(
    '/api/v1/governance/seats/:id',
    { config: { access: managers }, schema: { tags, params: seatParams, body: correctSeatSchema, response: { 200: bodyDetailSchema } } },
    async (req) => governance.correctSeat(req.params.id, req.body, actorOf(req)),
  );

  r.get(
    '/api/v1/governance/bodies/:id/composition.xlsx',
    { config: { access: 'public' }, schema: { tags, params: bodyParams, querystring: compositionQuerySchema } },
    async (req, reply) => {
      const body = await governance.getBody(req.params.id, req.query.on, req.actor);
      return sendXlsx(reply, `body-${body.id}-${body.on}.xlsx`, await compositionWorkbook(body));
    },
  );
}
