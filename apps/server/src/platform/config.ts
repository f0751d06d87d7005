import path from 'node:path';
import { z } from 'zod';
import type { DatabaseSetting } from '../db/client';

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  ESHKOL_DATA_DIR: z.string().default('./.data'),
  /**
   * Public origin of the web app, for the CSRF origin check (outside production, the request's own
   * host by default). A trailing slash or path is dropped: browsers send the bare origin.
   */
  ESHKOL_ORIGIN: z
    .url({ protocol: /^https?$/, error: 'ESHKOL_ORIGIN must be an http(s) URL such as https://eshkol.example.gov.il' })
    .transform((u) => new URL(u).origin)
    .optional(),
  /** Whether `/api/docs` and `/api/openapi.json` are served (default: on, but off in production). */
  ESHKOL_API_DOCS: z.enum(['on', 'off']).optional(),
  /** Megabytes one user may upload in 24 hours, and one cluster's documents may take in all. */
  ESHKOL_UPLOAD_USER_DAILY_MB: z.coerce.number().positive().default(200),
  ESHKOL_UPLOAD_CLUSTER_MB: z.coerce.number().positive().default(5_000),
  /** Time limit of one cost-sharing computation. */
  ESHKOL_COMPUTE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(20_000),
  /** Cost-sharing computations running at once on worker threads. */
  ESHKOL_COMPUTE_WORKERS: z.coerce.number().int().min(1).max(16).default(2),
  /** Games of up to this many participants (exact methods only) computed on the request thread; 0: every game on a worker, within its time limit. */
  ESHKOL_COMPUTE_INLINE_PLAYERS: z.coerce.number().int().min(0).max(8).default(0),
  /** The mail server invitations go through (`smtp://user:pass@host:587`); without it, mail stays in the outbox. */
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'SMTP_URL must be an smtp:// or smtps:// URL' }).optional().or(z.literal('').transform(() => undefined)),
  /** The sender of Eshkol's mail. */
  ESHKOL_MAIL_FROM: z.string().min(3).default('Eshkol <no-reply@eshkol.local>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** API requests one client may make in 10 seconds (a session, or an address when anonymous); 0: no limit. */
  ESHKOL_RATE_LIMIT: z.coerce.number().int().min(0).max(1_000_000).optional(),
  /** Milliseconds an answer of "too many requests" is held back before it is sent; 0: at once. */
  ESHKOL_RATE_LIMIT_DELAY_MS: z.coerce.number().int().min(0).max(60_000).optional(),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  database: DatabaseSetting;
  origin: string | null;
  /** Whether the OpenAPI document and its browsable page are served. */
  apiDocs: boolean;
  /** Upload quotas in bytes: per user over the last 24 hours, per cluster in all. */
  uploads: UploadQuota;
  logLevel: string;
  /** Where mail goes: an SMTP server, or (null) only the outbox. */
  mail: { smtpUrl: string | null; from: string };
  /** Worker threads for heavy computations: how many at once, how many waiting, how long each. */
  compute: { size: number; maxQueue: number; timeoutMs: number; inlinePlayers: number };
  /** Folder of the built web app, served at `/`. */
  webDist: string;
  /** Folder of the shipped data (`data/` at the repository root). */
  dataDir: string;
  /** API requests per client per 10 seconds; null: no limit. */
  rateLimit: number | null;
  /** How long a refusal for too many requests (429) is held back before it is sent. */
  refusalDelayMs: number;
};

export type UploadQuota = { userDailyBytes: number; clusterBytes: number };

const megabytes = (mb: number) => Math.floor(mb * 1024 * 1024);

/**
 * Settings that are optional elsewhere but must be given in production: a server behind a proxy
 * cannot tell its public origin from the Host header it is sent.
 */
const productionSchema = envSchema.superRefine((e, ctx) => {
  if (e.NODE_ENV === 'production' && !e.ESHKOL_ORIGIN) {
    ctx.addIssue({ code: 'custom', path: ['ESHKOL_ORIGIN'], message: 'required in production: the public origin of the site, e.g. https://eshkol.example.gov.il' });
  }
});

const repoRoot = path.resolve(import.meta.dirname, '../../../..');

/**
 * Reads the environment once and fails fast with every problem listed. A relative ESHKOL_DATA_DIR
 * is taken from where the command was typed (npm's INIT_CWD), so `npm start` and `npx eshkol` at
 * the repository root share `./.data`. A command (the CLI) serves no browser, so it needs no origin.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, use: 'server' | 'command' = 'server'): Config {
  const parsed = (use === 'server' ? productionSchema : envSchema).safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${lines}`);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'pglite', dataDir: path.resolve(env.INIT_CWD ?? process.cwd(), e.ESHKOL_DATA_DIR) },
    origin: e.ESHKOL_ORIGIN ?? null,
    apiDocs: (e.ESHKOL_API_DOCS ?? (e.NODE_ENV === 'production' ? 'off' : 'on')) === 'on',
    uploads: { userDailyBytes: megabytes(e.ESHKOL_UPLOAD_USER_DAILY_MB), clusterBytes: megabytes(e.ESHKOL_UPLOAD_CLUSTER_MB) },
    logLevel: e.LOG_LEVEL,
    mail: { smtpUrl: e.SMTP_URL ?? null, from: e.ESHKOL_MAIL_FROM },
    compute: { size: e.ESHKOL_COMPUTE_WORKERS, maxQueue: 4 * e.ESHKOL_COMPUTE_WORKERS, timeoutMs: e.ESHKOL_COMPUTE_TIMEOUT_MS, inlinePlayers: e.ESHKOL_COMPUTE_INLINE_PLAYERS },
    webDist: path.join(repoRoot, 'apps/web/dist'),
    dataDir: path.join(repoRoot, 'data'),
    // Tests make hundreds of requests from one address; they set a limit where they test it.
    rateLimit: (e.ESHKOL_RATE_LIMIT ?? (e.NODE_ENV === 'test' ? 0 : 600)) || null,
    refusalDelayMs: e.ESHKOL_RATE_LIMIT_DELAY_MS ?? (e.NODE_ENV === 'test' ? 0 : 1000),
  };
}
