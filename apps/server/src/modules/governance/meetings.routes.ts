import { bodyIdSchema } from '@eshkol/contracts/governance';
import {
  addItemSchema, answerSchema, approveMinutesSchema, attendanceIdSchema, decisionIdSchema, decisionListQuerySchema, decisionListSchema, decisionSchema,
  editMinutesSchema, followUpSchema, forwardItemSchema, itemIdSchema, meetingDetailSchema, meetingIdSchema, meetingListSchema, outboxSchema,
  recordAttendanceSchema, recordDecisionSchema, scheduleMeetingSchema, setBallotsSchema, updateItemSchema, updateMeetingSchema,
} from '@eshkol/contracts/meetings';
import { slugSchema } from '@eshkol/contracts/common';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/access';
import type { Mailer } from '../../platform/mail';
import { accessOf } from '../../platform/permissions';
import { sendXlsx } from '../../platform/xlsx';
import { governanceRules } from './governance.policy';
import type { MeetingsService } from './meetings.service';
import type { DecisionsService } from './decisions.service';
import { registerWorkbook } from './governance.xlsx';

const managers = accessOf(governanceRules.manage);
const answerers = accessOf(governanceRules.answer);

/** A body's meetings: scheduled, answered, attended, voted, decided, closed and minuted; and the decision registers. */
export function registerMeetingRoutes(app: FastifyInstance, deps: { meetings: MeetingsService; decisions: DecisionsService; mailer: Mailer; db: Parameters<Mailer['list']>[0]; requireCluster: (slug: string) => Promise<string> }) {
  const { meetings, decisions } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['governance'];
  const bodyParams = z.object({ id: bodyIdSchema });
  const meetingParams = z.object({ id: meetingIdSchema });
  const itemParams = z.object({ id: itemIdSchema });
  const detail = { 200: meetingDetailSchema };
  const created = { 201: meetingDetailSchema };

  r.get(
    '/api/v1/governance/bodies/:id/meetings',
    { config: { access: 'public', read: 'per-reader' }, schema: { tags, params: bodyParams, response: { 200: meetingListSchema } } },
    async (req) => meetings.listMeetings(req.params.id, req.actor),
  );
  r.post(
    '/api/v1/governance/bodies/:id/meetings',
    { config: { access: managers }, schema: { tags, params: bodyParams, body: scheduleMeetingSchema, response: created } },
    async (req, reply) => reply.status(201).send(await meetings.schedule(req.params.id, req.body, actorOf(req))),
  );
  r.get(
    '/api/v1/governance/meetings/:id',
    { config: { access: 'public', read: 'per-reader' }, schema: { tags, params: meetingParams, response: detail } },
    async (req) => meetings.getMeeting(req.params.id, req.actor),
  );
  r.patch(
    '/api/v1/governance/meetings/:id',
    { config: { access: managers }, schema: { tags, params: meetingParams, body: updateMeetingSchema, response: detail } },
    async (req) => meetings.updateMeeting(req.params.id, req.body, actorOf(req)),
  );
  r.get('/api/v1/governance/meetings/:id/invite.ics', { config: { access: 'public', read: 'per-reader' }, schema: { tags, params: meetingParams } }, async (req, reply) => {
    const ics = await meetings.calendar(req.params.id, req.actor);
    return reply.header('content-type', 'text/calendar; charset=utf-8').header('content-disposition', `attachment; filename="meeting-${req.params.id}.ics"`).send(ics);
  });
  r.post(
    '/api/v1/governance/meetings/:id/items',
    { config: { access: managers }, schema: { tags, params: meetingParams, body: addItemSchema, response: created } },
    async (req, reply) => reply.status(201).send(await meetings.addItem(req.params.id, req.body, actorOf(req))),
  );
  r.patch(
    '/api/v1/governance/items/:id',
    { config: { access: managers }, schema: { tags, params: itemParams, body: updateItemSchema, response: detail } },
    async (req) => meetings.updateItem(req.params.id, req.body, actorOf(req)),
  );
  r.post(
    '/api/v1/governance/meetings/:id/answers',
    { config: { access: answerers }, schema: { tags, params: meetingParams, body: answerSchema, response: detail } },
    async (req) => meetings.answer(req.params.id, req.body, actorOf(req)),
  );
  r.post(
    '/api/v1/governance/meetings/:id/attendance',
    { config: { access: managers }, schema: { tags, params: meetingParams, body: recordAttendanceSchema, response: created } },
    async (req, reply) => reply.status(201).send(await meetings.recordAttendance(req.params.id, req.body, actorOf(req))),
  );
  r.delete(
    '/api/v1/governance/meetings/:id/attendance/:attendanceId',
    { config: { access: managers }, schema: { tags, params: z.object({ id: meetingIdSchema, attendanceId: attendanceIdSchema }), response: detail } },
    async (req) => meetings.removeAttendance(req.params.id, req.params.attendanceId, actorOf(req)),
  );
  r.put(
    '/api/v1/governance/items/:id/ballots',
    { config: { access: managers }, schema: { tags, params: itemParams, body: setBallotsSchema, response: detail } },
    async (req) => meetings.setBallots(req.params.id, req.body, actorOf(req)),
  );
  r.post(
    '/api/v1/governance/items/:id/decision',
    { config: { access: managers }, schema: { tags, params: itemParams, body: recordDecisionSchema, response: created } },
    async (req, reply) => reply.status(201).send(await meetings.recordDecision(req.params.id, req.body, actorOf(req))),
  );
  r.post(
    '/api/v1/governance/items/:id/forward',
    { config: { access: managers }, schema: { tags, params: itemParams, body: forwardItemSchema, response: created } },
    async (req, reply) => reply.status(201).send(await meetings.forwardItem(req.params.id, req.body, actorOf(req))),
  );
  r.post(
    '/api/v1/governance/meetings/:id/close',
    { config: { access: managers }, schema: { tags, params: meetingParams, response: detail } },
    async (req) => meetings.close(req.params.id, actorOf(req)),
  );
  r.post(
    '/api/v1/governance/meetings/:id/minutes',
    { config: { access: managers }, schema: { tags, params: meetingParams, response: created } },
    async (req, reply) => reply.status(201).send(await meetings.generateMinutes(req.params.id, actorOf(req))),
  );
  r.put(
    '/api/v1/governance/meetings/:id/minutes',
    { config: { access: managers }, schema: { tags, params: meetingParams, body: editMinutesSchema, response: detail } },
    async (req) => meetings.editMinutes(req.params.id, req.body.text, actorOf(req)),
  );
  r.post(
    '/api/v1/governance/meetings/:id/minutes/approve',
    { config: { access: managers }, schema: { tags, params: meetingParams, body: approveMinutesSchema, response: detail } },
    async (req) => meetings.approveMinutes(req.params.id, req.body, actorOf(req)),
  );
  r.patch(
    '/api/v1/governance/decisions/:id',
    { config: { access: managers }, schema: { tags, params: z.object({ id: decisionIdSchema }), body: followUpSchema, response: { 200: decisionSchema } } },
    async (req) => decisions.followUp(req.params.id, req.body, actorOf(req)),
  );

  const registerQuery = (q: z.infer<typeof decisionListQuerySchema>) => ({
    status: q.status,
    body: q.body,
    q: q.q,
    overdue: q.overdue === undefined ? undefined : q.overdue === 'true',
    service: q.service,
  });
  const scopeOf = async (scope: string) => (scope === 'programme' ? null : deps.requireCluster(scope));
  r.get(
    '/api/v1/governance/decisions',
    { config: { access: 'public', read: 'per-reader' }, schema: { tags, querystring: decisionListQuerySchema, response: { 200: decisionListSchema } } },
    async (req) => decisions.register(await scopeOf(req.query.scope), req.actor, registerQuery(req.query)),
  );
  r.get('/api/v1/governance/decisions.xlsx', { config: { access: 'public' }, schema: { tags, querystring: decisionListQuerySchema } }, async (req, reply) => {
    const register = await decisions.register(await scopeOf(req.query.scope), req.actor, registerQuery(req.query));
    return sendXlsx(reply, `decisions-${req.query.scope}.xlsx`, await registerWorkbook(register.items));
  });

  const clusterParams = z.object({ slug: slugSchema });
  const settingsSchema = z.object({ boardApprovalRequired: z.boolean(), actions: z.array(z.enum(['manage'])) });
  r.get(
    '/api/v1/governance/clusters/:slug/settings',
    { config: { access: 'public', read: 'per-reader' }, schema: { tags, params: clusterParams, response: { 200: settingsSchema } } },
    async (req) => decisions.clusterSettings(await deps.requireCluster(req.params.slug), req.actor),
  );
  r.put(
    '/api/v1/governance/clusters/:slug/settings',
    { config: { access: managers }, schema: { tags, params: clusterParams, body: z.strictObject({ boardApprovalRequired: z.boolean() }), response: { 200: settingsSchema } } },
    async (req) => decisions.setClusterSettings(await deps.requireCluster(req.params.slug), req.body, actorOf(req)),
  );

  r.get(
    '/api/v1/mail/outbox',
    { config: { access: accessOf(governanceRules.readOutbox) }, schema: { tags, response: { 200: outboxSchema } } },
    async () => ({
      items: (await deps.mailer.list(deps.db)).map((m) => ({
        id: m.id,
        to: m.to,
        subject: m.subject,
        text: m.text,
        meetingId: m.meetingId,
        createdAt: m.createdAt.toISOString(),
        sentAt: m.sentAt?.toISOString() ?? null,
        hasCalendar: m.calendar !== null,
      })),
    }),
  );
}
