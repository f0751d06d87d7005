import { authorityIdSchema, slugSchema } from '@eshkol/contracts/common';
import {
  createServiceSchema, decideParticipationSchema, serviceIdSchema, serviceListSchema, serviceMatrixSchema, serviceSchema, updateServiceSchema,
  type ParticipantStatus, type ServiceMatrix,
} from '@eshkol/contracts/services';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/access';
import { accessOf } from '../../platform/permissions';
import { serviceRules } from './services.policy';
import { sendXlsx, toXlsx, type Column } from '../../platform/xlsx';
import type { SharedServicesService } from './services.service';

const tags = ['services'];
const slugParams = z.object({ slug: slugSchema });
const idParams = z.object({ id: serviceIdSchema });

const statusHe: Record<ParticipantStatus, string> = { invited: 'הוזמנה', joined: 'הצטרפה', declined: 'סירבה', left: 'עזבה' };

function matrixColumns(m: ServiceMatrix): Column<ServiceMatrix['rows'][number]>[] {
  return [
    { header: 'רשות', width: 24, value: (row) => row.nameHe },
    ...m.services.map((s, i) => ({
      header: s.nameHe,
      width: 22,
      value: (row: ServiceMatrix['rows'][number]) => {
        const cell = row.cells[i]!;
        return cell.status ? `${statusHe[cell.status]}${cell.since ? ` ${cell.since}` : ''}` : '';
      },
    })),
  ];
}

export function registerServiceRoutes(app: FastifyInstance, deps: { sharedServices: SharedServicesService }) {
  const { sharedServices } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/clusters/:slug/services',
    { config: { access: 'public' }, schema: { tags, params: slugParams, response: { 200: serviceListSchema } } },
    async (req) => ({ items: await sharedServices.list(req.params.slug) }),
  );

  r.post(
    '/api/v1/clusters/:slug/services',
    { config: { access: accessOf(serviceRules.manage) }, schema: { tags, params: slugParams, body: createServiceSchema, response: { 201: serviceSchema } } },
    async (req, reply) => reply.status(201).send(await sharedServices.create(req.params.slug, req.body, actorOf(req))),
  );

  r.get(
    '/api/v1/clusters/:slug/services/matrix',
    { config: { access: 'signed-in' }, schema: { tags, params: slugParams, response: { 200: serviceMatrixSchema } } },
    async (req) => sharedServices.matrix(req.params.slug, req.actor),
  );

  r.get('/api/v1/clusters/:slug/services/matrix.xlsx', { config: { access: 'signed-in' }, schema: { tags, params: slugParams } }, async (req, reply) => {
    const m = await sharedServices.matrix(req.params.slug, req.actor);
    return sendXlsx(reply, `${req.params.slug}-services.xlsx`, await toXlsx('שירותים משותפים', matrixColumns(m), m.rows));
  });

  r.get(
    '/api/v1/services/:id',
    {
      config: { access: 'public' },
      schema: { tags, description: 'The service; invitations, approvals and history only for those who may read them (`detail`).', params: idParams, response: { 200: serviceSchema } },
    },
    async (req) => sharedServices.get(req.params.id, req.actor),
  );

  r.patch(
    '/api/v1/services/:id',
    { config: { access: accessOf(serviceRules.manage) }, schema: { tags, params: idParams, body: updateServiceSchema, response: { 200: serviceSchema } } },
    async (req) => sharedServices.update(req.params.id, req.body, actorOf(req)),
  );

  r.post(
    '/api/v1/services/:id/participants/:authorityId/decision',
    {
      config: { access: accessOf(serviceRules.answer) },
      schema: {
        tags,
        description: "The authority's answer, by its own representative: join (with the approval and its uploaded document), decline, or leave.",
        params: z.object({ id: serviceIdSchema, authorityId: authorityIdSchema }),
        body: decideParticipationSchema,
        response: { 200: serviceSchema },
      },
    },
    async (req) => sharedServices.decide(req.params.id, req.params.authorityId, req.body, actorOf(req)),
  );
}
