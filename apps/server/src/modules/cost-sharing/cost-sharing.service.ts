import type { Locale } from '@eshkol/contracts/common';
import type { ErrorCode, IssueParams } from '@eshkol/contracts/errors';
import type { CostSharingInput, CostSharingResult, Sensitivity } from '@eshkol/contracts/cost-sharing';
import type { SensitivityOptions } from '@eshkol/engine';
import { isInternalError } from '@eshkol/engine';
import type { FastifyBaseLogger } from 'fastify';
import { AppError, issue } from '../../platform/errors';
import { WorkerPool, type WorkerPoolOptions } from '../../platform/worker-pool';
import { computeOrFailure, type CostSharingJob, type EngineFailure, type JobResult } from './compute';

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

/**
 * An engine failure as the API answers it: the engine's code and figures as the issue (at `path`;
 * by default the code itself), its message in the reader's language as the detail. `code` is the
 * problem for a failure of the data; a failure of the engine itself (its solver) is always
 * COST_SHARING_FAILED, a 500, whatever the data.
 */
export function engineProblem(failure: EngineFailure, locale: Locale, { code = 'COST_SHARING_INVALID', path = failure.code }: { code?: ErrorCode; path?: string } = {}): AppError {
  const params = { ...plainParams(failure.params), code: failure.code };
  return new AppError(isInternalError(failure.code) ? 'COST_SHARING_FAILED' : code, [issue(path, 'cost_sharing', failure.en, params)], failure[locale], params);
}

/** A result is answered even when some method failed inside the engine, so those faults are logged for its operators. */
export function logEngineFaults(log: FastifyBaseLogger, result: Pick<CostSharingResult, 'failures'>): void {
  for (const f of result.failures) {
    if (isInternalError(f.code)) log.error({ method: f.method, code: f.code, params: f.params }, 'a cost-sharing method failed inside the engine');
  }
}

/** A computation the engine refused, with its reason in both languages. */
export class CostSharingRefused extends Error {
  constructor(readonly failure: EngineFailure) {
    super(failure.en);
  }

  toAppError(locale: Locale): AppError {
    return engineProblem(this.failure, locale);
  }
}

/**
 * Whether a game is computed on the request thread: only when the setting allows games of its
 * size (at most 8 participants, so 255 groups, figures within the contract's ranges: some tens of
 * milliseconds) and with exact methods. By default none is: every computation goes to the worker
 * pool, which bounds its time and how many run at once, so no request's work holds the server.
 */
export function isInlineJob(input: CostSharingInput, inlinePlayers: number): boolean {
  return input.players.length <= inlinePlayers && input.options.shapleySamples === null && input.options.shapleyPrecision === null;
}

export type CostSharingService = ReturnType<typeof createCostSharingService>;

export function createCostSharingService(options: WorkerPoolOptions & { inlinePlayers: number }) {
  const pool = new WorkerPool<CostSharingJob, JobResult>(new URL('./cost-sharing.worker.ts', import.meta.url), options);

  async function inline(input: CostSharingInput): Promise<CostSharingResult> {
    const outcome = await computeOrFailure(input);
    if (!outcome.ok) throw new CostSharingRefused(outcome.failure);
    return outcome.result;
  }

  async function offThread(job: CostSharingJob): Promise<JobResult> {
    try {
      return await pool.run(job);
    } catch (failure) {
      if (typeof failure === 'object' && failure !== null && (failure as { kind?: unknown }).kind === 'engine') {
        throw new CostSharingRefused(failure as EngineFailure);
      }
      throw failure;
    }
  }

  return {
    compute: async (input: CostSharingInput): Promise<CostSharingResult> =>
      isInlineJob(input, options.inlinePlayers) ? inline(input) : ((await offThread({ kind: 'shares', input })) as CostSharingResult),
    /** The sensitivity of one method's shares: some tens of computations, always on the worker pool. */
    sensitivity: async (input: CostSharingInput, options: SensitivityOptions): Promise<Sensitivity> => (await offThread({ kind: 'sensitivity', input, options })) as Sensitivity,
    /** How many computations the worker pool has answered so far. */
    workerJobs: () => pool.answeredJobs,
    warm: () => pool.warm(),
    close: () => pool.close(),
  };
}
