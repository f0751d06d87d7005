import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config';
import { AppError, sendProblem } from './errors';
import { WindowStore } from './rate-limit-store';

/** The cookie that carries a browser's session: set by the auth module, looked for by the CSRF check. */
export const sessionCookie = 'eshkol_session';

const safeMethods: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The origin of a URL as browsers write it (`http://localhost:80` is `http://localhost`); null for what has none. */
function originOf(url: string): string | null {
  const origin = URL.canParse(url) ? new URL(url).origin : 'null';
  return origin === 'null' ? null : origin;
}

/**
 * CSRF: whether a request may change state. A write that names where it comes from (its Origin,
 * or failing that its Referer) must name this site; one that carries the session cookie must name
 * it, since only a browser's session can be ridden by another site. Writes without the cookie that
 * name nothing (the CLI, API clients) pass: they carry no one's session. Sign-in sets the cookie
 * rather than carrying it, but a browser names the origin of every sign-in it posts, so one posted
 * from another site is refused by the first rule.
 */
function isSameSiteWrite(req: FastifyRequest, origin: string | null): boolean {
  if (safeMethods.has(req.method)) return true;
  const named = req.headers.origin ?? req.headers.referer;
  if (named === undefined) return req.cookies[sessionCookie] === undefined;
  const from = originOf(named);
  return from !== null && from === (origin ?? originOf(`${req.protocol}://${req.headers.host}`));
}

/** Security headers, cookies, rate limits, the CSRF origin check, no caching of readers' answers, OpenAPI and docs. */
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
    store: WindowStore,
    keyGenerator: (req) => {
      const session = req.cookies?.eshkol_session;
      return session ? `session:${createHash('sha256').update(session).digest('base64url')}` : `address:${req.ip}`;
    },
    allowList: (req) => !req.url.startsWith('/api/') || req.url === '/api/health',
    errorResponseBuilder: () => new AppError('RATE_LIMITED'),
  });

  app.addHook('onRequest', async (req, reply) => {
    if (!isSameSiteWrite(req, config.origin)) return sendProblem(reply, req, 'CSRF_ORIGIN_MISMATCH');
  });

  // A refusal for too many requests is held back before it is sent: a client that asks again as
  // soon as it is answered (a script, a flood over kept-alive connections) then asks a few times a
  // second on each connection instead of thousands, and the server's time stays with everyone else.
  // Holding an answer costs a timer, not work.
  if (config.refusalDelayMs > 0) {
    app.addHook('onSend', async (_req, reply) => {
      if (reply.statusCode === 429) await new Promise((resolve) => setTimeout(resolve, config.refusalDelayMs));
    });
  }

  // The same URL answers each reader with their own actions and data, and a shared cache keys by
  // URL alone: nothing under /api/ is kept unless its route says so (the map's boundaries do).
  app.addHook('onSend', async (req, reply) => {
    if (req.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });

  if (config.apiDocs) await registerApiDocs(app);
}

/** The OpenAPI document at `/api/openapi.json`, browsable at `/api/docs`. */
async function registerApiDocs(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Eshkol API', description: "The API of Israel's Regional Clusters programme platform", version: '1.0.0' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: sessionCookie } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
}

/** Vite names every file under `assets/` by a hash of its content: a new build is new names, so a copy never goes stale. */
const hashedFiles = 'public, max-age=31536000, immutable';

/**
 * What a page of the app reads first, by its address: the browser is told with the page (a `Link`
 * preload) and asks for it while the page's scripts load, where the page's code would ask only
 * once it runs. The home page's key figures are its statistics.
 */
const firstReads: Record<string, string[]> = { '/': ['/api/v1/stats/programme'] };
const preloadOf = (url: string) => firstReads[url.split('?')[0] ?? url]?.map((read) => `<${read}>; rel=preload; as=fetch; crossorigin`).join(', ');

/**
 * The built web app at `/`, with client-side routes falling back to index.html; everything else
 * that matches no route is a problem+json 404. Built files are sent as the build compressed them
 * (`.br`, `.gz`) to browsers that take it. The hashed files are kept for a year; index.html, which
 * names them, is asked for again on every visit (`no-cache`), so a new build shows at once.
 */
export async function registerWebApp(app: FastifyInstance, config: Config) {
  const index = path.join(config.webDist, 'index.html');
  const page = path.resolve(index);
  const assets = path.join(path.resolve(config.webDist), 'assets') + path.sep;
  const built = fs.existsSync(index);
  if (built) {
    await app.register(fastifyStatic, {
      root: config.webDist,
      prefix: '/',
      wildcard: false,
      index: ['index.html'],
      preCompressed: true,
      // The compressed copies are chosen by Accept-Encoding, never asked for by name.
      globIgnore: ['**/*.br', '**/*.gz'],
      cacheControl: false,
      setHeaders: (reply, file) => {
        if (file.startsWith(assets)) return reply.header('cache-control', hashedFiles);
        // The page may come as its compressed copy (index.html.br).
        const preload = file.replace(/\.(br|gz)$/, '') === page ? preloadOf(reply.request.url) : undefined;
        if (preload) reply.header('link', preload);
        return reply.header('cache-control', 'no-cache');
      },
    });
  } else if (config.env !== 'test') app.log.warn(`web app not built (${index} missing): run "npm run build"`);
  app.setNotFoundHandler((req, reply) => {
    // An address in the app is the app's to route; a built file that is not there (a tab open
    // since an older build asking for one of its chunks) is a 404, not the page.
    const page = !req.url.startsWith('/api/') && !req.url.startsWith('/assets/');
    if (built && req.method === 'GET' && page) return reply.type('text/html').sendFile('index.html');
    return sendProblem(reply, req, 'NOT_FOUND');
  });
}
