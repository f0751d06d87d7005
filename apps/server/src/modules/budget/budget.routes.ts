import {
  allocateSchema, withdrawSchema, createMilestoneSchema, progressReportIdSchema, progressReportListSchema, progressReportSchema, reviewProgressReportSchema, submitProgressReportSchema, createProgrammeSchema, ledgerSchema, milestoneIdSchema, milestoneListSchema, milestoneSchema,
  programmeIdSchema, programmeListSchema, programmeSchema,
} from '@eshkol/contracts/budget';
import { serviceIdSchema } from '@eshkol/contracts/services';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/access';
import { accessOf } from '../../platform/permissions';
import { budgetRules } from './budget.policy';
import { sendXlsx } from '../../platform/xlsx';
import { budgetWorkbook } from './budget.xlsx';
import type { BudgetService } from './budget.service';
import type { MilestonesService } from './milestones.service';
import type { ProgressReportsService } from './progress-reports.service';

const readers = accessOf(budgetRules.read);
const managers = accessOf(budgetRules.manage);
const milestoneManagers = accessOf(budgetRules.manageMilestones);

export function registerBudgetRoutes(app: FastifyInstance, deps: { budget: BudgetService; milestones: MilestonesService; reports: ProgressReportsService }) {
  const { budget, milestones, reports } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['budget'];
  const programmeParams = z.object({ id: programmeIdSchema });
  const milestoneParams = z.object({ id: milestoneIdSchema });
  const serviceParams = z.object({ id: serviceIdSchema });

  r.get('/api/v1/budget/programmes', { config: { access: readers }, schema: { tags, response: { 200: programmeListSchema } } }, async (req) =>
    budget.listProgrammes(req.actor),
  );

  r.post(
    '/api/v1/budget/programmes',
    { config: { access: managers }, schema: { tags, body: createProgrammeSchema, response: { 201: programmeSchema } } },
    async (req, reply) => reply.status(201).send(await budget.createProgramme(req.body, actorOf(req))),
  );

  r.get('/api/v1/budget/programmes/:id', { config: { access: readers }, schema: { tags, params: programmeParams, response: { 200: programmeSchema } } }, async (req) =>
    budget.getProgramme(req.params.id, req.actor),
  );

  r.post(
    '/api/v1/budget/programmes/:id/allocations',
    { config: { access: managers }, schema: { tags, params: programmeParams, body: allocateSchema, response: { 201: programmeSchema } } },
    async (req, reply) => reply.status(201).send(await budget.allocate(req.params.id, req.body, actorOf(req))),
  );

  r.post(
    '/api/v1/budget/programmes/:id/withdrawals',
    { config: { access: managers }, schema: { tags, params: programmeParams, body: withdrawSchema, response: { 201: programmeSchema } } },
    async (req, reply) => reply.status(201).send(await budget.withdraw(req.params.id, req.body, actorOf(req))),
  );

  r.get('/api/v1/budget/programmes/:id/ledger', { config: { access: readers }, schema: { tags, params: programmeParams, response: { 200: ledgerSchema } } }, async (req) =>
    budget.ledgerOf(req.params.id, req.actor),
  );

  r.get('/api/v1/budget/programmes/:id/export.xlsx', { config: { access: readers }, schema: { tags, params: programmeParams } }, async (req, reply) => {
    const { programme, ledger, clusterName } = await budget.exportData(req.params.id, req.actor);
    return sendXlsx(reply, `budget-${programme.id}.xlsx`, await budgetWorkbook(programme, ledger, clusterName));
  });

  r.get('/api/v1/services/:id/milestones', { config: { access: readers }, schema: { tags, params: serviceParams, response: { 200: milestoneListSchema } } }, async (req) =>
    milestones.ofService(req.params.id, req.actor),
  );

  r.post(
    '/api/v1/services/:id/milestones',
    { config: { access: milestoneManagers }, schema: { tags, params: serviceParams, body: createMilestoneSchema, response: { 201: milestoneSchema } } },
    async (req, reply) => reply.status(201).send(await milestones.addMilestone(req.params.id, req.body, actorOf(req))),
  );

  r.post('/api/v1/milestones/:id/done', { config: { access: milestoneManagers }, schema: { tags, params: milestoneParams, response: { 200: milestoneSchema } } }, async (req) =>
    milestones.markDone(req.params.id, actorOf(req)),
  );

  r.get(
    '/api/v1/milestones/:id/reports',
    { config: { access: readers }, schema: { tags, params: milestoneParams, response: { 200: progressReportListSchema } } },
    async (req) => reports.list(req.params.id, req.actor),
  );
  r.post(
    '/api/v1/milestones/:id/reports',
    { config: { access: milestoneManagers }, schema: { tags, params: milestoneParams, body: submitProgressReportSchema, response: { 201: progressReportSchema } } },
    async (req, reply) => reply.status(201).send(await reports.submit(req.params.id, req.body, actorOf(req))),
  );
  r.post(
    '/api/v1/progress-reports/:id/review',
    { config: { access: managers }, schema: { tags, params: z.object({ id: progressReportIdSchema }), body: reviewProgressReportSchema, response: { 200: progressReportSchema } } },
    async (req) => reports.review(req.params.id, req.body, actorOf(req)),
  );

  r.post('/api/v1/milestones/:id/payment', { config: { access: managers }, schema: { tags, params: milestoneParams, response: { 200: milestoneSchema } } }, async (req) =>
    milestones.approvePayment(req.params.id, actorOf(req)),
  );
}
