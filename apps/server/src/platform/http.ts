import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config';
import { AppError, sendProblem } from './errors';

/** Security headers, cookies, rate limits, CSRF origin check, OpenAPI and docs. */
export async function registerHttpPlatform(app: FastifyInstance, config: Config) {
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine and ECharts set inline styles.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: config.env === 'production' ? [] : null,
      },
    },
    hsts: config.env === 'production',
  });
  // Each client its share of the API: a signed-in session by its token, anyone else by address. A
  // flood from one client is answered 429 before any work, so it cannot slow the others; routes
  // with a stricter limit of their own (signing in) keep it.
  await app.register(rateLimit, {
    global: config.rateLimit !== null,
    max: config.rateLimit ?? 0,
    timeWindow: 10_000,
    keyGenerator: (req) => {
      const session = req.cookies?.eshkol_session;
      return session ? `session:${createHash('sha256').update(session).digest('base64url')}` : `address:${req.ip}`;
    },
    allowList: (req) => !req.url.startsWith('/api/') || req.url === '/api/health',
    errorResponseBuilder: () => new AppError('RATE_LIMITED'),
  });

  // CSRF: browsers send Origin on state-changing requests; it must be this site.
  app.addHook('onRequest', async (req, reply) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return;
    const origin = req.headers.origin;
    if (!origin) return;
    const expected = config.origin ?? `${req.protocol}://${req.headers.host}`;
    if (origin !== expected) return sendProblem(reply, req, 'CSRF_ORIGIN_MISMATCH');
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Eshkol API', description: "The API of Israel's Regional Clusters programme platform", version: '1.0.0' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'eshkol_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
}

/**
 * The built web app at `/`, with client-side routes falling back to index.html; everything else
 * that matches no route is a problem+json 404.
 */
export async function registerWebApp(app: FastifyInstance, config: Config) {
  const index = path.join(config.webDist, 'index.html');
  const built = fs.existsSync(index);
  if (built) await app.register(fastifyStatic, { root: config.webDist, prefix: '/', wildcard: false, index: ['index.html'] });
  else if (config.env !== 'test') app.log.warn(`web app not built (${index} missing): run "npm run build"`);
  app.setNotFoundHandler((req, reply) => {
    if (built && req.method === 'GET' && !req.url.startsWith('/api/')) return reply.type('text/html').sendFile('index.html');
    return sendProblem(reply, req, 'NOT_FOUND');
  });
}
