import { authorityDetailSchema, authorityListQuerySchema, authorityListSchema, authorityPageQuerySchema, type Authority } from '@eshkol/contracts/authorities';
import { authorityIdSchema } from '@eshkol/contracts/common';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendXlsx, toXlsx, type Column } from '../../platform/xlsx';
import type { AuthoritiesService } from './authorities.service';

const typeNames: Record<string, string> = {
  city: 'עירייה',
  local_council: 'מועצה מקומית',
  regional_council: 'מועצה אזורית',
  industrial_local_council: 'מועצה מקומית תעשייתית',
};
const unknown = 'לא ידוע';

/** The columns of every authority list export (authorities, cluster members). */
export const authorityColumns: Column<Authority>[] = [
  { header: 'מזהה', value: (a) => a.id },
  { header: 'סמל למ"ס', value: (a) => a.cbsCode },
  { header: 'שם', width: 24, value: (a) => a.nameHe },
  { header: 'Name', width: 24, value: (a) => a.nameEn ?? unknown },
  { header: 'סוג', width: 20, value: (a) => typeNames[a.type] ?? a.type },
  { header: 'מחוז', value: (a) => a.district ?? unknown },
  { header: 'אוכלוסייה', value: (a) => a.population ?? unknown },
  { header: 'שנת האוכלוסייה', value: (a) => a.populationYear ?? unknown },
  { header: 'אשכול חברתי-כלכלי', value: (a) => a.socioEconomicCluster ?? unknown },
  { header: 'אשכול פריפריאליות', value: (a) => a.peripheralityCluster ?? unknown },
  { header: 'אשכול אזורי', width: 30, value: (a) => a.currentCluster?.nameHe ?? a.currentCluster?.nameEn ?? '' },
];

export function registerAuthorityRoutes(app: FastifyInstance, deps: { authorities: AuthoritiesService }) {
  const { authorities } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['authorities'];

  r.get(
    '/api/v1/authorities',
    { config: { access: 'public', read: 'shared' }, schema: { tags, querystring: authorityPageQuerySchema, response: { 200: authorityListSchema } } },
    async (req) => authorities.page(req.query),
  );

  // A download: every authority that matches, however many pages the list would take.
  r.get(
    '/api/v1/authorities/export.xlsx',
    { config: { access: 'public' }, schema: { tags, querystring: authorityListQuerySchema, produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'] } },
    async (req, reply) => sendXlsx(reply, 'authorities.xlsx', await toXlsx('רשויות', authorityColumns, await authorities.list(req.query))),
  );

  r.get(
    '/api/v1/authorities/:id',
    { config: { access: 'public', read: 'per-reader' }, schema: { tags, params: z.object({ id: authorityIdSchema }), response: { 200: authorityDetailSchema } } },
    async (req) => authorities.get(req.params.id, req.actor),
  );
}
