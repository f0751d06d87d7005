import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../src/platform/errors';
import { WorkerPool } from '../src/platform/worker-pool';

type Input = { value?: number; ms?: number; fail?: boolean; crash?: boolean };
const workerUrl = new URL('./fixtures/echo-worker.mjs', import.meta.url);
let pool: WorkerPool<Input, number>;
afterEach(() => pool.close());

const codeOf = (p: Promise<unknown>) => p.then(() => 'ok', (e: unknown) => (e instanceof AppError ? e.code : e instanceof Error ? e.message : 'other'));

describe('WorkerPool', () => {
  it('runs jobs on worker threads and returns each its own result', async () => {
    pool = new WorkerPool(workerUrl, { size: 2, maxQueue: 10, timeoutMs: 5000 });
    const results = await Promise.all([1, 2, 3, 4, 5].map((value) => pool.run({ value, ms: 20 * (6 - value) })));
    expect(results).toEqual([1, 2, 3, 4, 5]);
    expect(pool.answeredJobs).toBe(5);
  });

  it('refuses jobs beyond the queue with SERVER_BUSY and runs the rest', async () => {
    pool = new WorkerPool(workerUrl, { size: 1, maxQueue: 2, timeoutMs: 5000 });
    const outcomes = await Promise.all([1, 2, 3, 4, 5].map((value) => codeOf(pool.run({ value, ms: 100 }))));
    expect(outcomes).toEqual(['ok', 'ok', 'ok', 'SERVER_BUSY', 'SERVER_BUSY']);
  });

  it('stops a job past its time limit with COMPUTATION_TOO_LONG, then serves the queue on a fresh worker', async () => {
    pool = new WorkerPool(workerUrl, { size: 1, maxQueue: 2, timeoutMs: 300 });
    const slow = codeOf(pool.run({ value: 1, ms: 10_000 }));
    const next = pool.run({ value: 2, ms: 10 });
    expect(await slow).toBe('COMPUTATION_TOO_LONG');
    expect(await next).toBe(2);
    // The job stopped for its time was never answered.
    expect(pool.answeredJobs).toBe(1);
  });

  it('passes a refusal through and survives a worker that crashes', async () => {
    pool = new WorkerPool(workerUrl, { size: 1, maxQueue: 2, timeoutMs: 5000 });
    await expect(pool.run({ fail: true })).rejects.toMatchObject({ kind: 'engine', code: 'X' });
    expect(await codeOf(pool.run({ crash: true }))).toBe('crash');
    expect(await pool.run({ value: 7 })).toBe(7);
  });
});
