import { loginRequestSchema, meResponseSchema, type Capability } from '@eshkol/contracts/auth';
import { okSchema } from '@eshkol/contracts/common';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Actor } from '../../platform/access';
import { sessionCookie } from '../../platform/http';
import type { UsersService } from '../users/users.service';
import { toActor, toUser } from '../users/users.service';

export function registerAuthRoutes(app: FastifyInstance, deps: { users: UsersService; secureCookies: boolean; capabilities: (actor: Actor | null) => Capability[] }) {
  const { users, secureCookies, capabilities } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (req) => {
    const token = req.cookies[sessionCookie];
    if (!token) return;
    const user = await users.userForToken(token);
    req.actor = user ? toActor(user) : null;
  });

  r.post(
    '/api/v1/auth/login',
    {
      config: { access: 'public', changesNoData: true, rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: { tags: ['auth'], body: loginRequestSchema, response: { 200: meResponseSchema } },
    },
    async (req, reply) => {
      const { token, user, actor, maxAgeSeconds } = await users.login(req.body.email, req.body.password);
      reply.setCookie(sessionCookie, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: secureCookies,
        maxAge: maxAgeSeconds,
      });
      return { user, capabilities: capabilities(actor), demo: await users.hasDemoAccounts() };
    },
  );

  r.post('/api/v1/auth/logout', { config: { access: 'public', changesNoData: true }, schema: { tags: ['auth'], response: { 200: okSchema } } }, async (req, reply) => {
    const token = req.cookies[sessionCookie];
    if (token) await users.logout(token);
    reply.clearCookie(sessionCookie, { path: '/' });
    return { ok: true as const };
  });

  r.get('/api/v1/auth/me', { config: { access: 'public' }, schema: { tags: ['auth'], response: { 200: meResponseSchema } } }, async (req) => {
    const token = req.cookies[sessionCookie];
    const user = token ? await users.userForToken(token) : null;
    return { user: user ? toUser(user) : null, capabilities: capabilities(user ? toActor(user) : null), demo: await users.hasDemoAccounts() };
  });
}
