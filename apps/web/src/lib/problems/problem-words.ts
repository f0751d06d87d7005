import { modelFaults, weightFaults, type ModelFault, type WeightFault } from '@eshkol/engine/cost-sharing/errors';
import type { ProblemIssue } from '@eshkol/contracts/errors';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError, ContractError } from '../api-client';
import { useFormat } from '../format';

/**
 * The cost-sharing engine's refusals that have a sentence of their own (its code comes in the
 * issue's `params.code`); any other reads as the general one.
 */
export const costSharingRefusals = [
  'NO_PLAYERS',
  'DUPLICATE_PLAYER',
  'UNKNOWN_PLAYER',
  'MISSING_COALITION',
  'INVALID_VALUE',
  'VALUE_TOO_LARGE',
  'INVALID_MODEL',
  'MISSING_QUANTITY',
  'INVALID_WEIGHTS',
  'TOO_MANY_PLAYERS',
  'EMPTY_IMPUTATION_SET',
  'SCRB_UNDEFINED',
  'BLOCS_MISSING',
  'BANZHAF_UNDEFINED',
  'SOLVER_FAILED',
  'NOT_CERTIFIED',
  'INVALID_SENSITIVITY',
] as const;
type CostSharingRefusal = (typeof costSharingRefusals)[number];

const refusalOf = (code: unknown): CostSharingRefusal | null => costSharingRefusals.find((c) => c === code) ?? null;
const modelFaultOf = (reason: unknown): ModelFault | null => modelFaults.find((f) => f === reason) ?? null;
const weightFaultOf = (reason: unknown): WeightFault | null => weightFaults.find((f) => f === reason) ?? null;

/** A refusal of the engine in the page's words: what is wrong with the model or the weights when it says, else its code's sentence. */
function refusalText(t: TFunction, refusal: CostSharingRefusal, params: ProblemIssue['params'], nameOf?: (authorityId: string) => string): string {
  const model = refusal === 'INVALID_MODEL' ? modelFaultOf(params?.reason) : null;
  if (model) return t(`common:errors.costSharingModel.${model}`);
  const weights = refusal === 'INVALID_WEIGHTS' ? weightFaultOf(params?.reason) : null;
  if (weights) {
    const player = typeof params?.player === 'string' ? params.player : '';
    return t(`common:errors.costSharingWeights.${weights}`, { player: isolate(nameOf ? nameOf(player) : player) });
  }
  return t(`common:errors.costSharing.${refusal}`);
}

export type IssueWording = {
  /** Names an authority for issues that carry its id (not a member, missing from the study …). */
  nameOf?: (authorityId: string) => string;
  /** Words a source's partial date (`asOf`: `2016`, `2025-10`) as the page formats dates. */
  asOf?: (value: string | null) => string;
};

/** A value from the data (a cell, a name) kept in its own writing direction inside a sentence of the other. */
export const isolate = (text: string) => `\u2068${text}\u2069`;

/** One field's or row's issue, from its code and figures. */
export function issueText(t: TFunction, i: ProblemIssue, { nameOf, asOf }: IssueWording = {}): string {
  if (i.code === 'cost_sharing') {
    const refusal = refusalOf(i.params?.code);
    return refusal ? refusalText(t, refusal, i.params, nameOf) : t('common:errors.issues.cost_sharing');
  }
  const params = { ...i.params };
  if (nameOf && typeof params.authorityId === 'string') params.authorityId = nameOf(params.authorityId);
  if (asOf && 'asOf' in params) params.asOf = asOf(typeof params.asOf === 'string' ? params.asOf : null);
  const replace = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? isolate(v) : v]));
  // An empty required text is "required", not "at least 1 character".
  if (i.code === 'too_small' && params.origin === 'string' && params.minimum === 1) return t('common:errors.issues.required');
  // A format names its kind (email), a bound its origin (string, array); others read as the plain text.
  const context = i.code === 'invalid_format' ? params.format : params.origin;
  return t(`common:errors.issues.${i.code}`, { replace, context: typeof context === 'string' ? context : undefined });
}

/** What went wrong with a request, from its problem's code (or the kind of failure when there is none). */
export function problemText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    return error.problem ? t(`common:errors.codes.${error.problem.code}`, { replace: error.problem.params ?? {} }) : t('common:errors.http', { status: error.status });
  }
  return error instanceof ContractError ? t('common:errors.contract') : t('common:errors.network');
}

/**
 * Failures in the reader's language, worded from their stable codes and figures only: the server's
 * own sentences (`detail`, `title`, an issue's `message`) are for API clients and never shown.
 */
export function useProblemWords(wording: IssueWording = {}) {
  const { t } = useTranslation();
  const format = useFormat();
  return { problem: (error: unknown) => problemText(t, error), issue: (i: ProblemIssue) => issueText(t, i, { asOf: format.asOf, ...wording }) };
}
