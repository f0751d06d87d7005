import type { CostSharingInput, CostSharingResult, MethodFailure } from '@eshkol/contracts/cost-sharing';
import { EngineError, shareCosts } from '@eshkol/engine';

/** An engine refusal, in a shape that crosses a worker boundary (plain data). */
export type EngineFailure = { kind: 'engine'; code: string; he: string; en: string; params: Record<string, unknown> };

/** One method's failure in a result, in the shape of a refusal, so that the API words both alike. */
export const asEngineFailure = (failure: MethodFailure): EngineFailure => ({ kind: 'engine', code: failure.code, he: failure.message.he, en: failure.message.en, params: failure.params });

export type Outcome = { ok: true; result: CostSharingResult } | { ok: false; failure: EngineFailure };

/** Runs the engine; its refusals become data, anything else is thrown as a server fault. */
export async function computeOrFailure(input: CostSharingInput): Promise<Outcome> {
  try {
    return { ok: true, result: await shareCosts(input) };
  } catch (error) {
    if (error instanceof EngineError) return { ok: false, failure: { kind: 'engine', code: error.code, he: error.messages.he, en: error.messages.en, params: { ...error.params } } };
    throw error;
  }
}

export const isEngineFailure = (value: unknown): value is EngineFailure =>
  typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'engine';
