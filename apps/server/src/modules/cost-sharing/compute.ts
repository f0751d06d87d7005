import type { CostSharingInput, CostSharingResult, MethodFailure, Sensitivity } from '@eshkol/contracts/cost-sharing';
import { EngineError, shareCosts, shareSensitivity, type SensitivityOptions } from '@eshkol/engine';

/** An engine refusal, in a shape that crosses a worker boundary (plain data). */
export type EngineFailure = { kind: 'engine'; code: string; he: string; en: string; params: Record<string, unknown> };

/** One method's failure in a result, in the shape of a refusal, so that the API words both alike. */
export const asEngineFailure = (failure: MethodFailure): EngineFailure => ({ kind: 'engine', code: failure.code, he: failure.message.he, en: failure.message.en, params: failure.params });

export type Outcome<R = CostSharingResult> = { ok: true; result: R } | { ok: false; failure: EngineFailure };

/** What the engine is asked to compute: the shares, or the sensitivity of one method's shares. */
export type CostSharingJob = { kind: 'shares'; input: CostSharingInput } | { kind: 'sensitivity'; input: CostSharingInput; options: SensitivityOptions };
export type JobResult = CostSharingResult | Sensitivity;

/** Runs the engine; its refusals become data, anything else is thrown as a server fault. */
export async function computeOrFailure(input: CostSharingInput): Promise<Outcome> {
  return outcomeOf(() => shareCosts(input));
}

export async function computeJob(job: CostSharingJob): Promise<Outcome<JobResult>> {
  return job.kind === 'shares' ? outcomeOf(() => shareCosts(job.input)) : outcomeOf(() => shareSensitivity(job.input, job.options));
}

async function outcomeOf<R>(work: () => Promise<R>): Promise<Outcome<R>> {
  try {
    return { ok: true, result: await work() };
  } catch (error) {
    if (error instanceof EngineError) return { ok: false, failure: { kind: 'engine', code: error.code, he: error.messages.he, en: error.messages.en, params: { ...error.params } } };
    throw error;
  }
}

export const isEngineFailure = (value: unknown): value is EngineFailure =>
  typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'engine';
