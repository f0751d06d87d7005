import { slugSchema } from '@eshkol/contracts/common';
import {
  clusterFinancialReportsSchema,
  financialComparisonQuerySchema,
  financialComparisonSchema,
  financialReportIdSchema,
  financialReportLimits,
  financialReportQueueSchema,
  financialReportSchema,
  financialReportTemplateQuerySchema,
  importFinancialReportQuerySchema,
  resubmitFinancialReportSchema,
  reviewFinancialReportSchema,
  submitFinancialReportSchema,
} from '@eshkol/contracts/financial-reports';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/access';
import { accessOf } from '../../platform/permissions';
import { sendXlsx } from '../../platform/xlsx';
import type { FinancialReportSubmissions } from './financial-report-submissions.service';
import { financialReportRules } from './financial-reports.policy';
import type { FinancialReportsService } from './financial-reports.service';
import { comparisonWorkbook, templateWorkbook } from './financial-reports.xlsx';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A cluster's reports (accepted figures for everyone), its staff's submissions and import, the regulator's review, queue and comparison. */
export function registerFinancialReportRoutes(app: FastifyInstance, deps: { reports: FinancialReportsService; submissions: FinancialReportSubmissions }) {
  const { reports, submissions } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['financial-reports'];
  const slugParams = z.object({ slug: slugSchema });
  const idParams = z.object({ id: financialReportIdSchema });
  const submitters = accessOf(financialReportRules.submit);
  const allReaders = accessOf(financialReportRules.readAll);

  r.get('/api/v1/clusters/:slug/financial-reports', { config: { access: 'public' }, schema: { tags, params: slugParams, response: { 200: clusterFinancialReportsSchema } } }, async (req) =>
    reports.ofCluster(req.params.slug, req.actor),
  );
  r.post(
    '/api/v1/clusters/:slug/financial-reports',
    { config: { access: submitters }, schema: { tags, params: slugParams, body: submitFinancialReportSchema, response: { 201: financialReportSchema } } },
    async (req, reply) => reply.status(201).send(await submissions.submit(req.params.slug, req.body, actorOf(req))),
  );
  r.get('/api/v1/financial-reports/:id', { config: { access: 'public' }, schema: { tags, params: idParams, response: { 200: financialReportSchema } } }, async (req) => reports.report(req.params.id, req.actor));
  r.post(
    '/api/v1/financial-reports/:id/resubmit',
    { config: { access: submitters }, schema: { tags, params: idParams, body: resubmitFinancialReportSchema, response: { 200: financialReportSchema } } },
    async (req) => submissions.resubmit(req.params.id, req.body, actorOf(req)),
  );
  r.post(
    '/api/v1/financial-reports/:id/review',
    { config: { access: accessOf(financialReportRules.review) }, schema: { tags, params: idParams, body: reviewFinancialReportSchema, response: { 200: financialReportSchema } } },
    async (req) => submissions.review(req.params.id, req.body, actorOf(req)),
  );
  r.get('/api/v1/financial-reports/queue', { config: { access: allReaders }, schema: { tags, response: { 200: financialReportQueueSchema } } }, async (req) => reports.queue(actorOf(req)));
  r.get('/api/v1/financial-reports/comparison', { config: { access: allReaders }, schema: { tags, querystring: financialComparisonQuerySchema, response: { 200: financialComparisonSchema } } }, async (req) =>
    reports.comparison(req.query.fiscalYear),
  );
  r.get('/api/v1/financial-reports/comparison.xlsx', { config: { access: allReaders }, schema: { tags, querystring: financialComparisonQuerySchema } }, async (req, reply) =>
    sendXlsx(reply, `financial-reports-${req.query.fiscalYear}.xlsx`, await comparisonWorkbook(await reports.comparison(req.query.fiscalYear))),
  );
  r.get(
    '/api/v1/financial-reports/template.xlsx',
    { config: { access: 'public' }, schema: { tags, description: "The regulator's Excel of a financial report, to fill in and upload.", querystring: financialReportTemplateQuerySchema } },
    async (req, reply) => sendXlsx(reply, req.query.fiscalYear ? `financial-report-${req.query.fiscalYear}.xlsx` : 'financial-report.xlsx', await templateWorkbook(req.query.fiscalYear)),
  );

  // Its own scope: the upload takes the workbook's raw bytes, without touching how the rest of the API parses bodies.
  app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser([xlsxType, 'application/octet-stream'], { parseAs: 'buffer', bodyLimit: financialReportLimits.importMaxBytes }, (_req, body, done) => done(null, body));
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/v1/clusters/:slug/financial-reports/import',
      {
        bodyLimit: financialReportLimits.importMaxBytes,
        config: { access: submitters },
        schema: {
          tags,
          description:
            "Upload the regulator's Excel of a year's report (Content-Type: the .xlsx type), with the audited statements uploaded first as a document. " +
            "The whole file or nothing: a new report of the sheet's year, or a new version of its returned one.",
          params: slugParams,
          querystring: importFinancialReportQuerySchema,
          response: { 201: financialReportSchema },
        },
      },
      async (req, reply) => {
        const bytes = req.body instanceof Buffer ? req.body : Buffer.alloc(0);
        return reply.status(201).send(await submissions.importSheet(req.params.slug, bytes, req.query.statementsDocumentId, actorOf(req)));
      },
    );
  });
}
