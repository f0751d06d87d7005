import type { Capability } from '@eshkol/contracts/auth';
import type { FastifyInstance } from 'fastify';
import type { Actor } from '../../platform/access';
import type { ModuleContext } from '../../platform/module';
import { registerAuthRoutes } from '../auth/auth.routes';
import { createUsersRepo } from './users.repo';
import { createUsersService } from './users.service';

/** Accounts and sessions, with the sign-in routes; `capabilities` tells what a reader may do across the programme. */
export function usersModule(ctx: ModuleContext, opts: { secureCookies: boolean; capabilities: (actor: Actor | null) => Capability[] }) {
  const repo = createUsersRepo();
  const service = createUsersService({ db: ctx.db, repo, clock: ctx.clock });
  return { ...service, repo, routes: (app: FastifyInstance) => registerAuthRoutes(app, { users: service, secureCookies: opts.secureCookies, capabilities: opts.capabilities }) };
}
export type UsersModule = ReturnType<typeof usersModule>;
