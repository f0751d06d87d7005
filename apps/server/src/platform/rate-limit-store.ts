import type { FastifyRateLimitStore } from '@fastify/rate-limit';

type Window = { count: number; startedAt: number };

/**
 * Requests per client in fixed windows, kept in memory for at most `cache` clients (the plugin's
 * option of that name; the oldest window goes first). `@fastify/rate-limit`'s own local store hands every request the one counter
 * object it keeps counting in, and the plugin reads it only after an await: requests that arrive
 * together all see the count of the last of them, so a burst of 30 with a limit of 20 was refused
 * whole. Each request here gets its own count, as it stood when that request was counted.
 */
export class WindowStore implements FastifyRateLimitStore {
  private readonly windows = new Map<string, Window>();
  private readonly maxKeys: number;

  /** The plugin makes the store with its own options (`new Store(options)`). */
  constructor(
    options: { cache?: number } = {},
    private readonly clock: () => number = Date.now,
  ) {
    this.maxKeys = options.cache ?? 10_000;
  }

  incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number): void {
    const now = this.clock();
    let w = this.windows.get(key);
    if (!w || w.startedAt + timeWindow <= now) {
      // A new window moves the client to the back of the queue of those to forget.
      this.windows.delete(key);
      if (this.windows.size >= this.maxKeys) this.windows.delete(this.windows.keys().next().value!);
      w = { count: 0, startedAt: now };
      this.windows.set(key, w);
    }
    w.count += 1;
    callback(null, { current: w.count, ttl: w.startedAt + timeWindow - now });
  }

  /** A route with a limit of its own (signing in) counts in windows of its own. */
  child(): WindowStore {
    return new WindowStore({ cache: this.maxKeys }, this.clock);
  }
}
