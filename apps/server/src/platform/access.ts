import type { Role } from '@eshkol/contracts/auth';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from './errors';

/** Who is calling: a signed-in user with a role and, for scoped roles, their cluster or authority. */
export type Actor = {
  userId: string;
  email: string;
  role: Role;
  clusterSlug: string | null;
  authorityId: string | null;
};

/**
 * Every route declares who may call it in `config.access`:
 * 'public', 'signed-in', or the list of roles. Scope (which cluster, which authority) is then
 * checked by the module's policy. A route without a declaration makes the server refuse to start.
 */
export type Access = 'public' | 'signed-in' | readonly Role[];

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export function registerAccessControl(app: FastifyInstance) {
  app.addHook('onRoute', (route) => {
    const url = route.url;
    if (!url.startsWith('/api/v1') && !url.startsWith('/api/health')) return;
    if (route.method === 'HEAD' || route.method === 'OPTIONS') return;
    if (!route.config?.access) throw new Error(`Route ${String(route.method)} ${url} does not declare its access`);
  });
  app.addHook('preValidation', async (req) => {
    const access = req.routeOptions.config.access;
    if (!access || access === 'public') return;
    if (!req.actor) throw new AppError('UNAUTHENTICATED');
    if (access === 'signed-in') return;
    if (!access.includes(req.actor.role)) throw new AppError('FORBIDDEN');
  });
}

/** The signed-in actor; for routes whose access already guarantees one. */
export function actorOf(req: FastifyRequest): Actor {
  if (!req.actor) throw new AppError('UNAUTHENTICATED');
  return req.actor;
}
