import type { FastifyInstance } from 'fastify';
import type { ModuleContext } from '../../platform/module';
import { registerAuthRoutes } from '../auth/auth.routes';
import { createUsersRepo } from './users.repo';
import { createUsersService } from './users.service';

/** Accounts and sessions, with the sign-in routes. */
export function usersModule(ctx: ModuleContext, opts: { secureCookies: boolean }) {
  const repo = createUsersRepo();
  const service = createUsersService({ db: ctx.db, repo, clock: ctx.clock });
  return { ...service, repo, routes: (app: FastifyInstance) => registerAuthRoutes(app, { users: service, secureCookies: opts.secureCookies }) };
}
export type UsersModule = ReturnType<typeof usersModule>;
