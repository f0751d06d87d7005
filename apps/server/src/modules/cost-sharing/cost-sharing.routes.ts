import { costSharingInputSchema, costSharingResultSchema, type CostSharingResult } from '@eshkol/contracts/cost-sharing';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestLocale } from '../../platform/errors';
import { accessOf } from '../../platform/permissions';
import { costSharingRules } from './cost-sharing.policy';
import { sendXlsx } from '../../platform/xlsx';
import { CostSharingRefused, logEngineFaults, type CostSharingService } from './cost-sharing.service';
import { costSharingWorkbook } from './cost-sharing.xlsx';

const tags = ['cost-sharing'];
const access = accessOf(costSharingRules.compute);

export const costSharingExportSchema = z.strictObject({
  input: costSharingInputSchema,
  /** Display names of the participants (authority names), for the workbook. */
  labels: z.record(z.string().max(120), z.string().max(200)).default({}),
});

export function registerCostSharingRoutes(app: FastifyInstance, deps: { costSharing: CostSharingService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  async function compute(req: FastifyRequest, input: z.infer<typeof costSharingInputSchema>): Promise<CostSharingResult> {
    try {
      const result = await deps.costSharing.compute(input);
      logEngineFaults(req.log, result);
      return result;
    } catch (error) {
      if (error instanceof CostSharingRefused) throw error.toAppError(requestLocale(req));
      throw error;
    }
  }

  r.post(
    '/api/v1/cost-sharing',
    {
      // A game of 20 participants in compact form is some 12 MB of JSON.
      bodyLimit: 24 * 1024 * 1024,
      config: { access, changesNoData: true, tooLarge: 'GAME_TOO_LARGE' },
      schema: {
        tags,
        summary: 'Shares of a joint cost by several methods, with savings and the stability (core) verdict',
        body: costSharingInputSchema,
        response: { 200: costSharingResultSchema },
      },
    },
    async (req) => compute(req, req.body),
  );

  r.post(
    '/api/v1/cost-sharing/export.xlsx',
    {
      config: { access, changesNoData: true },
      schema: { tags, body: costSharingExportSchema, produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'] },
    },
    async (req, reply) => {
      const result = await compute(req, req.body.input);
      return sendXlsx(reply, 'cost-sharing.xlsx', await costSharingWorkbook(result, req.body.labels, requestLocale(req)));
    },
  );
}
