import type { Locale } from '@eshkol/contracts/common';
import type { IssueParams } from '@eshkol/contracts/errors';
import type { CostSharingInput, CostSharingResult } from '@eshkol/contracts/cost-sharing';
import { AppError, issue } from '../../platform/errors';
import { WorkerPool, type WorkerPoolOptions } from '../../platform/worker-pool';
import { computeOrFailure, type EngineFailure } from './compute';

/** The engine's figures as problem params: lists of names joined, anything else that is not plain left out. */
function plainParams(raw: Record<string, unknown>): IssueParams {
  const out: IssueParams = {};
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === 'string' || typeof value === 'boolean') out[key] = value;
    else if (typeof value === 'number' && Number.isFinite(value)) out[key] = value;
    else if (Array.isArray(value)) out[key] = value.map(String).join(', ');
  }
  return out;
}

/** A computation the engine refused, with its reason in both languages. */
export class CostSharingRefused extends Error {
  constructor(readonly failure: EngineFailure) {
    super(failure.en);
  }

  /** The refusal as the API answers it: the engine's code as the issue, its message in the reader's language as the detail. */
  toAppError(locale: Locale): AppError {
    const { code } = this.failure;
    const params = { ...plainParams(this.failure.params), code };
    return new AppError('COST_SHARING_INVALID', [issue(code, 'cost_sharing', this.failure.en, params)], this.failure[locale], params);
  }
}

/**
 * Small games (up to 8 participants, exact methods) are computed on the request thread: their
 * work is bounded by their size (255 groups, figures within the contract's ranges) and takes some
 * tens of milliseconds at most. Anything larger, and any sampled estimate, goes to the worker
 * pool, which bounds time and concurrency.
 */
export function isSmallJob(input: CostSharingInput): boolean {
  return input.players.length <= 8 && input.options.shapleySamples === null;
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
