import { authorityIdSchema, slugSchema } from '@eshkol/contracts/common';
import { domainSchema, participationMatrixSchema, setDomainsSchema } from '@eshkol/contracts/participation';
import type { FastifyInstance } from 'fastify';
import { accessOf } from '../../platform/permissions';
import { participationRules } from './participation.policy';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/access';
import { sendXlsx, toXlsx } from '../../platform/xlsx';
import type { ParticipationService } from './participation.service';

const domainNamesHe: Record<string, string> = {
  environment_waste: 'איכות סביבה ופסולת',
  transport: 'תחבורה',
  education: 'חינוך',
  welfare: 'רווחה',
  emergency: 'חירום',
  economic_development: 'פיתוח כלכלי',
  tourism: 'תיירות',
  procurement: 'רכש',
  it: 'מערכות מידע',
};

export function registerParticipationRoutes(app: FastifyInstance, deps: { participation: ParticipationService }) {
  const { participation } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['participation'];
  const slugParams = z.object({ slug: slugSchema });

  r.get(
    '/api/v1/clusters/:slug/participation',
    { config: { access: 'signed-in' }, schema: { tags, params: slugParams, response: { 200: participationMatrixSchema } } },
    async (req) => participation.matrix(req.params.slug, req.actor),
  );

  r.get('/api/v1/clusters/:slug/participation.xlsx', { config: { access: 'signed-in' }, schema: { tags, params: slugParams } }, async (req, reply) => {
    const m = await participation.matrix(req.params.slug, req.actor);
    const columns = [
      { header: 'רשות', width: 24, value: (row: (typeof m.rows)[number]) => row.nameHe },
      ...m.domains.map((d) => ({ header: domainNamesHe[d] ?? d, value: (row: (typeof m.rows)[number]) => (row.domains.includes(d) ? '✓' : '') })),
    ];
    return sendXlsx(reply, `${req.params.slug}-participation.xlsx`, await toXlsx('השתתפות בתחומים', columns, m.rows));
  });

  r.put(
    '/api/v1/authorities/:id/domains',
    {
      config: { access: accessOf(participationRules.setDomains) },
      schema: { tags, params: z.object({ id: authorityIdSchema }), body: setDomainsSchema, response: { 200: z.object({ domains: z.array(domainSchema) }) } },
    },
    async (req) => participation.setDomains(req.params.id, req.body.domains, actorOf(req)),
  );
}
