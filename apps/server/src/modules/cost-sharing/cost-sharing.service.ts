import type { CostSharingInput, CostSharingResult } from '@eshkol/contracts/cost-sharing';
import { WorkerPool, type WorkerPoolOptions } from '../../platform/worker-pool';
import { computeOrFailure, type EngineFailure } from './compute';

/** A computation the engine refused, with its reason in both languages. */
export class CostSharingRefused extends Error {
  constructor(readonly failure: EngineFailure) {
    super(failure.en);
  }
}

/**
 * Small games (a handful of participants, exact methods) are computed on the request thread: they
 * take milliseconds. Anything larger goes to the worker pool, which bounds time and concurrency.
 */
export function isSmallJob(input: CostSharingInput): boolean {
  return input.players.length <= 8 && (input.options.shapleySamples ?? 0) <= 20_000;
}

export type CostSharingService = ReturnType<typeof createCostSharingService>;

export function createCostSharingService(options: WorkerPoolOptions) {
  const pool = new WorkerPool<CostSharingInput, CostSharingResult>(new URL('./cost-sharing.worker.ts', import.meta.url), options);

  async function inline(input: CostSharingInput): Promise<CostSharingResult> {
    const outcome = await computeOrFailure(input);
    if (!outcome.ok) throw new CostSharingRefused(outcome.failure);
    return outcome.result;
  }

  async function offThread(input: CostSharingInput): Promise<CostSharingResult> {
    try {
      return await pool.run(input);
    } catch (failure) {
      if (typeof failure === 'object' && failure !== null && (failure as { kind?: unknown }).kind === 'engine') {
        throw new CostSharingRefused(failure as EngineFailure);
      }
      throw failure;
    }
  }

  return {
    compute: (input: CostSharingInput) => (isSmallJob(input) ? inline(input) : offThread(input)),
    /** How many computations the worker pool has answered so far. */
    workerJobs: () => pool.answeredJobs,
    warm: () => pool.warm(),
    close: () => pool.close(),
  };
}
