import { authorityIdSchema, slugSchema } from '@eshkol/contracts/common';
import {
  createIndicatorSchema,
  dueQuerySchema,
  indicatorIdSchema,
  indicatorListQuerySchema,
  periodRangeQuerySchema,
  reviewValueSchema,
  reviewValuesSchema,
  savingsQuerySchema,
  submitValueSchema,
  updateIndicatorSchema,
  valueIdSchema,
  valuesImportQuerySchema,
  valuesImportResultSchema,
} from '@eshkol/contracts/measurement';
import {
  approvalQueueSchema,
  authorityValuesSchema,
  clusterIndicatorSchema,
  dueListSchema,
  indicatorListSchema,
  indicatorSchema,
  measurementValueSchema,
  programmeIndicatorSchema,
  serviceSavingsSchema,
} from '@eshkol/contracts/measurement-views';
import { rowIdParamSchema } from '@eshkol/contracts/common';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, type Actor } from '../../platform/access';
import { accessOf } from '../../platform/permissions';
import { sendXlsx } from '../../platform/xlsx';
import { serviceRules } from '../services/services.policy';
import type { DashboardsService } from './dashboards.service';
import type { DueService } from './due.service';
import type { IndicatorsService } from './indicators.service';
import { measurementRules } from './measurement.policy';
import { authorityWorkbook, clusterWorkbook, dueWorkbook, indicatorsWorkbook, programmeWorkbook, queueWorkbook, savingsWorkbook } from './measurement.xlsx';
import type { SavingsService } from './savings.service';
import type { ValuesImportService } from './values-import.service';
import type { ValuesService } from './values.service';

/** An imported sheet: up to 5 MB, as the registry's files. */
export const valuesImportBodyLimit = 5 * 1024 * 1024;
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type MeasurementRouteDeps = {
  indicators: IndicatorsService;
  values: ValuesService;
  dashboards: DashboardsService;
  due: DueService;
  savings: SavingsService;
  imports: ValuesImportService;
  template: (actor: Actor) => Promise<Buffer>;
};

/**
 * Indicators and their values: the partner defines indicators and approves values; a cluster's
 * staff and representatives enter them, one at a time or by a sheet; the dashboards' tables, each
 * also as an Excel file.
 */
export function registerMeasurementRoutes(app: FastifyInstance, deps: MeasurementRouteDeps) {
  const { indicators, values, dashboards, due, savings } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['measurement'];
  const base = '/api/v1/measurement';
  const idParams = z.object({ id: indicatorIdSchema });
  const clusterParams = z.object({ id: indicatorIdSchema, slug: slugSchema });
  const authorityParams = z.object({ authorityId: authorityIdSchema });
  const authorityQuery = z.strictObject({ indicatorId: rowIdParamSchema.optional() });
  const definers = accessOf(measurementRules.define);
  const reviewers = accessOf(measurementRules.review);
  const enterers = accessOf(measurementRules.enterAny);

  if (!app.hasContentTypeParser(xlsxType)) app.addContentTypeParser(xlsxType, { parseAs: 'buffer', bodyLimit: valuesImportBodyLimit }, (_req, body, done) => done(null, body));

  r.get(`${base}/indicators`, { config: { access: 'public' }, schema: { tags, querystring: indicatorListQuerySchema, response: { 200: indicatorListSchema } } }, async (req) => indicators.list(req.query, req.actor));
  r.get(`${base}/indicators.xlsx`, { config: { access: 'public' }, schema: { tags, querystring: indicatorListQuerySchema } }, async (req, reply) =>
    sendXlsx(reply, 'indicators.xlsx', await indicatorsWorkbook((await indicators.list(req.query, req.actor)).items)),
  );
  r.post(`${base}/indicators`, { config: { access: definers }, schema: { tags, body: createIndicatorSchema, response: { 201: indicatorSchema } } }, async (req, reply) =>
    reply.status(201).send(await indicators.create(req.body, actorOf(req))),
  );
  r.get(`${base}/indicators/:id`, { config: { access: 'public' }, schema: { tags, params: idParams, response: { 200: indicatorSchema } } }, async (req) => indicators.get(req.params.id, req.actor));
  r.patch(`${base}/indicators/:id`, { config: { access: definers }, schema: { tags, params: idParams, body: updateIndicatorSchema, response: { 200: indicatorSchema } } }, async (req) =>
    indicators.update(req.params.id, req.body, actorOf(req)),
  );
  r.post(`${base}/indicators/:id/values`, { config: { access: enterers }, schema: { tags, params: idParams, body: submitValueSchema, response: { 201: measurementValueSchema } } }, async (req, reply) =>
    reply.status(201).send(await values.submit(req.params.id, req.body, actorOf(req))),
  );

  r.get(`${base}/indicators/:id/clusters/:slug`, { config: { access: 'public' }, schema: { tags, params: clusterParams, querystring: periodRangeQuerySchema, response: { 200: clusterIndicatorSchema } } }, async (req) =>
    dashboards.cluster(req.params.id, req.params.slug, req.query, req.actor),
  );
  r.get(`${base}/indicators/:id/clusters/:slug/values.xlsx`, { config: { access: 'public' }, schema: { tags, params: clusterParams, querystring: periodRangeQuerySchema } }, async (req, reply) =>
    sendXlsx(reply, `indicator-${req.params.id}-${req.params.slug}.xlsx`, await clusterWorkbook(await dashboards.cluster(req.params.id, req.params.slug, req.query, req.actor))),
  );
  r.get(`${base}/indicators/:id/programme`, { config: { access: 'public' }, schema: { tags, params: idParams, querystring: periodRangeQuerySchema, response: { 200: programmeIndicatorSchema } } }, async (req) =>
    dashboards.programme(req.params.id, req.query, req.actor),
  );
  r.get(`${base}/indicators/:id/programme.xlsx`, { config: { access: 'public' }, schema: { tags, params: idParams, querystring: periodRangeQuerySchema } }, async (req, reply) =>
    sendXlsx(reply, `indicator-${req.params.id}.xlsx`, await programmeWorkbook(await dashboards.programme(req.params.id, req.query, req.actor))),
  );
  r.get(`${base}/authorities/:authorityId`, { config: { access: 'public' }, schema: { tags, params: authorityParams, querystring: authorityQuery, response: { 200: authorityValuesSchema } } }, async (req) =>
    dashboards.authority(req.params.authorityId, req.query, req.actor),
  );
  r.get(`${base}/authorities/:authorityId/values.xlsx`, { config: { access: 'public' }, schema: { tags, params: authorityParams, querystring: authorityQuery } }, async (req, reply) =>
    sendXlsx(reply, `${req.params.authorityId}-values.xlsx`, await authorityWorkbook(await dashboards.authority(req.params.authorityId, req.query, req.actor))),
  );

  r.get(`${base}/values/:id`, { config: { access: 'public' }, schema: { tags, params: z.object({ id: valueIdSchema }), response: { 200: measurementValueSchema } } }, async (req) => values.get(req.params.id, req.actor));
  r.post(`${base}/values/:id/review`, { config: { access: reviewers }, schema: { tags, params: z.object({ id: valueIdSchema }), body: reviewValueSchema, response: { 200: measurementValueSchema } } }, async (req) =>
    values.review(req.params.id, req.body, actorOf(req)),
  );
  r.post(`${base}/values/review`, { config: { access: reviewers }, schema: { tags, body: reviewValuesSchema, response: { 200: z.object({ items: z.array(measurementValueSchema) }) } } }, async (req) =>
    values.reviewMany(req.body, actorOf(req)),
  );

  const dueReaders = accessOf(measurementRules.readDue);
  r.get(`${base}/due`, { config: { access: dueReaders }, schema: { tags, querystring: dueQuerySchema, response: { 200: dueListSchema } } }, async (req) => due.list(req.query, actorOf(req)));
  r.get(`${base}/due.xlsx`, { config: { access: dueReaders }, schema: { tags, querystring: dueQuerySchema } }, async (req, reply) => sendXlsx(reply, 'measurement-due.xlsx', await dueWorkbook(await due.list(req.query, actorOf(req)))));
  r.get(`${base}/queue`, { config: { access: reviewers }, schema: { tags, response: { 200: approvalQueueSchema } } }, async () => due.queue());
  r.get(`${base}/queue.xlsx`, { config: { access: reviewers }, schema: { tags } }, async (_req, reply) => sendXlsx(reply, 'measurement-queue.xlsx', await queueWorkbook(await due.queue())));

  const serviceReaders = accessOf(serviceRules.readDetails);
  const serviceParams = z.object({ id: rowIdParamSchema });
  r.get(`${base}/services/:id/savings`, { config: { access: serviceReaders }, schema: { tags, params: serviceParams, querystring: savingsQuerySchema, response: { 200: serviceSavingsSchema } } }, async (req) =>
    savings.savings(req.params.id, req.query, req.actor),
  );
  r.get(`${base}/services/:id/savings.xlsx`, { config: { access: serviceReaders }, schema: { tags, params: serviceParams, querystring: savingsQuerySchema } }, async (req, reply) =>
    sendXlsx(reply, `service-${req.params.id}-savings.xlsx`, await savingsWorkbook(await savings.savings(req.params.id, req.query, req.actor))),
  );

  r.get(`${base}/import/template.xlsx`, { config: { access: accessOf(measurementRules.enterAny, measurementRules.define) }, schema: { tags } }, async (req, reply) =>
    sendXlsx(reply, 'measurement-values.xlsx', await deps.template(actorOf(req))),
  );
  r.post(
    `${base}/import`,
    {
      bodyLimit: valuesImportBodyLimit,
      config: { access: enterers },
      schema: {
        tags,
        description: `Upload an Excel sheet of values (Content-Type: ${xlsxType}): the whole file or nothing; \`dryRun=true\` checks and counts, storing nothing.`,
        querystring: valuesImportQuerySchema,
        response: { 200: valuesImportResultSchema },
      },
    },
    async (req) => deps.imports.importValues(req.body instanceof Buffer ? req.body : Buffer.alloc(0), actorOf(req), { dryRun: req.query.dryRun === 'true' }),
  );
}
