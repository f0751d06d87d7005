import { costSharingInputSchema, costSharingResultSchema, sensitivityRequestSchema, sensitivitySchema, type CostSharingResult } from '@eshkol/contracts/cost-sharing';
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

  /** The engine's work for a request: a refusal is answered as a problem in the reader's language. */
  async function refusedAsProblem<T>(req: FastifyRequest, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof CostSharingRefused) throw error.toAppError(requestLocale(req));
      throw error;
    }
  }

  const compute = (req: FastifyRequest, input: z.infer<typeof costSharingInputSchema>): Promise<CostSharingResult> =>
    refusedAsProblem(req, async () => {
      const result = await deps.costSharing.compute(input);
      logEngineFaults(req.log, result);
      return result;
    });

  /** Routes that take a whole game: a game of 20 participants in compact form is some 12 MB of JSON. */
  const takesAGame = { bodyLimit: 24 * 1024 * 1024, config: { access, changesNoData: true as const, tooLarge: 'GAME_TOO_LARGE' as const } };

  r.post(
    '/api/v1/cost-sharing',
    {
      ...takesAGame,
      schema: { tags, summary: 'Shares of a joint cost by several methods, with savings and the stability (core) verdict', body: costSharingInputSchema, response: { 200: costSharingResultSchema } },
    },
    async (req) => compute(req, req.body),
  );

  const sensitivitySummary = "How one method's shares move with the joint cost and each participant's quantity, and where each participant would do better alone";
  r.post('/api/v1/cost-sharing/sensitivity', { ...takesAGame, schema: { tags, summary: sensitivitySummary, body: sensitivityRequestSchema, response: { 200: sensitivitySchema } } }, async (req) => {
    const { input, ...options } = req.body;
    return refusedAsProblem(req, () => deps.costSharing.sensitivity(input, options));
  });

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
