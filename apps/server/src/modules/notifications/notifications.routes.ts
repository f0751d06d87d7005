import { notificationListSchema } from '@eshkol/contracts/notifications';
import { okSchema, rowIdSchema } from '@eshkol/contracts/common';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { actorOf } from '../../platform/access';
import type { NotificationsRepo } from './notifications.repo';

const tags = ['notifications'];

/** Reading one's notifications changes no business data, so it is not audited. */
export function registerNotificationRoutes(app: FastifyInstance, deps: { db: Db; repo: NotificationsRepo }) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/notifications', { config: { access: 'signed-in' }, schema: { tags, response: { 200: notificationListSchema } } }, async (req) => {
    const actor = actorOf(req);
    const [rows, unread] = await Promise.all([deps.repo.listFor(deps.db, actor), deps.repo.unreadCount(deps.db, actor)]);
    return {
      unread,
      items: rows.map((n) => ({
        id: n.id,
        kind: n.kind as 'invitation',
        link: n.link,
        params: n.params,
        createdAt: n.createdAt.toISOString(),
        read: n.readAt !== null,
      })),
    };
  });

  r.post(
    '/api/v1/notifications/read',
    {
      config: { access: 'signed-in' },
      schema: { tags, body: z.strictObject({ ids: z.union([z.array(rowIdSchema).max(500), z.literal('all')]) }), response: { 200: okSchema } },
    },
    async (req) => {
      await deps.repo.markRead(deps.db, actorOf(req), req.body.ids);
      return { ok: true as const };
    },
  );
}
