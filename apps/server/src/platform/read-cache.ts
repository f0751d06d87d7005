import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * The public reads everybody makes (clusters, authorities, the programme's figures) served from
 * memory: a route that declares `config.read` has its answer computed once and kept, with an ETag
 * (and compressed once for readers that accept gzip), until a write changes the data. `'shared'`:
 * the answer is the same for every reader; `'per-reader'`: it depends on who reads (the actions
 * offered), so each signed-in reader has their own, and anonymous readers share one.
 *
 * Every write request (any method but GET, HEAD and OPTIONS, unless its route declares
 * `changesNoData`) that succeeded ends a generation once it has answered — after its transaction
 * committed; a refused one stored nothing and ends none — and
 * an answer is kept only if no generation ended while it was computed, so none outlives a change.
 * Writes made by another process (the CLI on PostgreSQL, a second app server) show within
 * `maxAgeMs`, after which an answer is computed again.
 */
export type ReadSharing = 'shared' | 'per-reader';

declare module 'fastify' {
  interface FastifyContextConfig {
    read?: ReadSharing;
    /** For a shared answer that changes only with a release (the shipped map): how long browsers may keep it without asking. */
    readMaxAgeSeconds?: number;
    /** A POST that changes no business data (signing in, computing shares): it keeps the cached reads. */
    changesNoData?: true;
  }
  interface FastifyRequest {
    /** The cache key and generation of a read being computed, to keep its answer when it is sent. */
    readCacheMiss: { key: string; generation: number } | null;
  }
}

type Entry = { generation: number; at: number; body: string; bytes: number; etag: string; gzipped?: Buffer };

/**
 * A shared answer may be kept by the browser and asked again with its ETag (`no-cache`); one that
 * depends on the reader is kept by nobody but this cache (`no-store`).
 */
function cacheControl(req: FastifyRequest) {
  const { read, readMaxAgeSeconds } = req.routeOptions.config;
  if (read !== 'shared') return 'no-store';
  return readMaxAgeSeconds ? `public, max-age=${readMaxAgeSeconds}` : 'no-cache';
}

/**
 * Bounded by entries and by bytes: at France's size one page of authorities is over half a
 * megabyte, and a thousand spellings of it would otherwise all be kept. Past either bound the
 * cache starts afresh; an answer larger than all of it is not kept.
 */
export function createReadCache(opts: { maxAgeMs?: number; maxEntries?: number; maxBytes?: number; clock?: () => number } = {}) {
  const { maxAgeMs = 30_000, maxEntries = 1000, maxBytes = 64 * 1024 * 1024, clock = Date.now } = opts;
  let generation = 0;
  let bytes = 0;
  const entries = new Map<string, Entry>();
  const clear = () => {
    entries.clear();
    bytes = 0;
  };
  return {
    get generation() {
      return generation;
    },
    /** The kept answer for `key`, if it is of this generation and young enough. */
    lookup(key: string): Entry | null {
      const e = entries.get(key);
      return e && e.generation === generation && clock() - e.at < maxAgeMs ? e : null;
    },
    keep(key: string, from: number, body: string): Entry | null {
      const size = Buffer.byteLength(body);
      if (from !== generation || size > maxBytes) return null;
      bytes -= entries.get(key)?.bytes ?? 0;
      entries.delete(key);
      if (entries.size >= maxEntries || bytes + size > maxBytes) clear();
      const e = { generation, at: clock(), body, bytes: size, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
      entries.set(key, e);
      bytes += size;
      return e;
    },
    /** The data changed: no kept answer is valid any more. */
    invalidate() {
      generation += 1;
      clear();
    },
  };
}
export type ReadCache = ReturnType<typeof createReadCache>;

const reads = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Whether the reader's copy (If-None-Match) is the current one. */
const fresh = (req: FastifyRequest, etag: string) => (req.headers['if-none-match'] ?? '').split(',').some((t) => t.trim().replace(/^W\//, '') === etag);

const acceptsGzip = (req: FastifyRequest) => /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));

function sendKept(req: FastifyRequest, reply: FastifyReply, e: Entry) {
  reply.header('etag', e.etag).header('cache-control', cacheControl(req)).header('vary', 'accept-encoding, cookie');
  if (fresh(req, e.etag)) return reply.status(304).send();
  reply.type('application/json; charset=utf-8');
  // Large lists (every authority) cost more to send than to keep compressed.
  if (e.body.length > 1024 && acceptsGzip(req)) return reply.header('content-encoding', 'gzip').send((e.gzipped ??= gzipSync(e.body)));
  return reply.send(e.body);
}

export function registerReadCache(app: FastifyInstance, cache: ReadCache) {
  app.decorateRequest('readCacheMiss', null);
  app.addHook('preHandler', async (req, reply) => {
    const sharing = req.routeOptions.config.read;
    if (!sharing || req.method !== 'GET') return;
    const key = sharing === 'per-reader' && req.actor ? `${req.actor.userId} ${req.url}` : req.url;
    const kept = cache.lookup(key);
    if (kept) return sendKept(req, reply, kept);
    req.readCacheMiss = { key, generation: cache.generation };
  });
  app.addHook('onSend', async (req, reply, payload) => {
    const miss = req.readCacheMiss;
    if (!miss || reply.statusCode !== 200 || typeof payload !== 'string') return payload;
    const e = cache.keep(miss.key, miss.generation, payload);
    if (e) {
      reply.header('etag', e.etag).header('cache-control', cacheControl(req)).header('vary', 'accept-encoding, cookie');
      if (fresh(req, e.etag)) {
        reply.status(304);
        return '';
      }
    }
    return payload;
  });
  app.addHook('onResponse', async (req, reply) => {
    if (reads.has(req.method) || req.routeOptions.config.changesNoData) return;
    // A write refused (4xx) or failed (5xx) stored nothing — each use case is one transaction — so
    // a flood of refused writes cannot empty the cache.
    if (reply.statusCode >= 400) return;
    cache.invalidate();
  });
}
