import type { FastifyInstance } from 'fastify';
import type { ModuleContext } from '../../platform/module';
import { createNotificationsRepo } from './notifications.repo';
import { registerNotificationRoutes } from './notifications.routes';

/** In-app notifications: other modules `notify` inside the transaction of the change that calls for action. */
export function notificationsModule(ctx: ModuleContext) {
  const repo = createNotificationsRepo();
  return { notify: repo.notify, routes: (app: FastifyInstance) => registerNotificationRoutes(app, { db: ctx.db, repo }) };
}
export type NotificationsModule = ReturnType<typeof notificationsModule>;
