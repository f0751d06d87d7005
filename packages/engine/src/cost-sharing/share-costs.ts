import { gameFromCoalitions, gameFromFacility, gameFromModel, gameFromValues } from './build-game';
import { equalSplit } from './equal-split';
import { costSharingErrors, EngineError } from './errors';
import { membersOf } from './bits';
import { blockingGroups } from './blocking-groups';
import { asTableGame, coalitionValue, costSign, type Game, grandValue, standAloneValues, tabulate, type TableGame, valueScale } from './game';
import type { CostSharingInput, CostSharingMethod } from './input';
import { leastCore, type LeastCoreResult } from './least-core';
import { beyondLimit, limits, toleranceFor } from './limits';
import { nucleolus, prenucleolus } from './nucleolus';
import { banzhafValue, owenValue } from './owen-banzhaf';
import { closeToTotal, proportionalSplit } from './proportional';
import {
  methodFailureCodes,
  type Allocation,
  type AllocationExplanation,
  type CostSharingResult,
  type CostSharingWarning,
  type MethodFailure,
  type MethodFailureCode,
  type ShapleyMethod,
} from './result';
import { roundToAgorot, toAgorot } from './rounding';
import { scrb } from './scrb';
import { exactShapleyRefusal, shapleyValue } from './shapley';
import { checkStability, savingsOf } from './stability';

/** What one method produced, before it is described for the caller. */
interface MethodOutcome {
  readonly shares: Float64Array;
  /** The nucleolus's levels, cost view (a group's excess x(S) − c(S)), with the groups by bitmask. */
  readonly levels?: readonly { readonly excess: number; readonly count: number; readonly coalitions: readonly number[] }[];
  readonly standardErrors?: Float64Array;
  readonly epsilon?: number | null;
  readonly sampling?: { readonly orders: number; readonly evaluations: number };
  readonly shapleyMethod?: ShapleyMethod;
  readonly linearPrograms?: number;
}

/** What the methods are computed from, gathered once for all of them. */
interface MethodContext {
  readonly game: Game;
  readonly input: CostSharingInput;
  readonly weights: Float64Array | null;
  /** Each participant's bloc by number (null: none given), when blocs were given. */
  readonly blocs: readonly (number | null)[] | null;
  readonly core: Attempt<LeastCoreResult> | null;
  /** The game as a table of every group's value, made once for the methods that need one. */
  readonly table: () => TableGame;
}

/** A computation's value, or the error that made it fail on its own. */
type Attempt<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: EngineError<MethodFailureCode> };

/** An error that makes one method fail while the others are computed. */
export const isMethodFailure = (error: unknown): error is EngineError<MethodFailureCode> =>
  error instanceof EngineError && methodFailureCodes.some((code) => code === error.code);

/** Runs one method; the errors that belong to it alone become its failure, any other is thrown. */
async function attempt<T>(work: () => T | Promise<T>): Promise<Attempt<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (isMethodFailure(error)) return { ok: false, error };
    throw error;
  }
}

/**
 * Shares a joint cost (or joint savings) among participants by every requested method, and tells
 * for each allocation whether it is individually rational and in the core — and if not, which
 * group would gain by leaving and how much — together with stand-alone costs, savings, whether
 * the core is empty and the least-core ε.
 *
 * The input is a `CostSharingInput` whose form the contracts' schema has checked; this function
 * adds the semantic checks and throws an EngineError for anything it cannot answer faithfully.
 * What is wrong with the input itself is refused before any work. Each method succeeds or fails on
 * its own: one beyond its participant limit, undefined for the game, lacking what it alone needs
 * (the Owen value's blocs) or failed by the solver is listed in `failures` with its reason, and
 * the others are still computed; when none can be, the first one's error is thrown. It is
 * asynchronous only because the LP solver loads asynchronously.
 */
export async function shareCosts(input: CostSharingInput): Promise<CostSharingResult> {
  const game = buildGame(input);
  const methods = [...new Set(input.methods)];
  const n = game.players.length;
  const exact = input.options.shapleySamples === null && input.options.shapleyPrecision === null;
  // Exact Shapley goes as far as the game's structure lets it: past 25 participants for a cost model of whole quantities.
  const refusals = methods.map((method) => (method === 'shapley' && exact ? exactShapleyRefusal(game) : beyondLimit(method, n)));
  // Every method is beyond its limit: there is nothing to compute, so refuse before any work.
  if (refusals.every((refusal) => refusal !== null)) throw refusals[0]!;
  const weights = methods.includes('proportional') ? weightsFor(input, game) : null;
  const blocs = input.blocs ? blocsFor(input.blocs, game) : null;
  const table = n <= limits.maxCoreCheckPlayers ? tabulate(game) : null;
  // The least core decides whether the core is empty; should it fail, that verdict is unknown and the methods still stand.
  const core = n >= 2 && n <= limits.maxLeastCorePlayers ? await attempt(() => leastCore(game)) : null;
  let tableGame: TableGame | null = null;
  const context: MethodContext = {
    game,
    input,
    weights,
    blocs,
    core,
    table: () => (tableGame ??= table === null ? asTableGame(game) : { type: 'table', kind: game.kind, players: game.players, values: table }),
  };

  const allocations: Allocation[] = [];
  const failed: { method: CostSharingMethod; error: EngineError<MethodFailureCode> }[] = [];
  for (const [k, method] of methods.entries()) {
    const refusal = refusals[k]!;
    const outcome: Attempt<MethodOutcome> = refusal !== null ? { ok: false, error: refusal } : await attempt(() => allocate(method, context));
    if (outcome.ok) allocations.push(describe(method, game, outcome.value, table));
    else failed.push({ method, error: outcome.error });
  }
  if (allocations.length === 0) throw failed[0]!.error;
  return summarize(game, core, allocations, failed.map(({ method, error }) => failureOf(method, error)));
}

function failureOf(method: CostSharingMethod, error: EngineError<MethodFailureCode>): MethodFailure {
  return { method, code: error.code, params: { ...error.params }, message: { en: error.messages.en, he: error.messages.he } };
}

function buildGame(input: CostSharingInput): Game {
  const sources = [input.coalitions !== null, input.model !== null, input.values !== undefined, input.facility !== undefined].filter(Boolean).length;
  if (sources !== 1) throw costSharingErrors.gameSource();
  if (input.values !== undefined) return gameFromValues(input.kind, input.players, input.values);
  if (input.facility !== undefined) return gameFromFacility(input.kind, input.players, input.facility);
  return input.model === null ? gameFromCoalitions(input.kind, input.players, input.coalitions!) : gameFromModel(input.kind, input.players, input.model);
}

/** Proportional weights: the given ones, else the cost model's quantities (a facility's levels). */
function weightsFor(input: CostSharingInput, game: Game): Float64Array {
  if (input.weights === null) {
    if (game.type === 'model') return game.quantities;
    throw costSharingErrors.invalidWeights('weights-missing');
  }
  const index = new Map(game.players.map((p, i) => [p, i]));
  const weights = new Float64Array(game.players.length).fill(Number.NaN);
  for (const [player, w] of Object.entries(input.weights)) {
    const i = index.get(player);
    if (i === undefined) throw costSharingErrors.unknownPlayer(player, 'weights');
    if (w > limits.maxMoney) throw costSharingErrors.valueTooLarge({ of: 'weight', player }, w, limits.maxMoney);
    weights[i] = w;
  }
  const missing = game.players.find((_, i) => Number.isNaN(weights[i]!));
  if (missing !== undefined) throw costSharingErrors.invalidWeights('weight-missing', missing);
  return weights;
}

/**
 * Each participant's bloc as a number, participants of one bloc sharing it; null for one given no
 * bloc (a blank name is none). A bloc for someone who is not a participant is refused whole.
 */
function blocsFor(given: Record<string, string>, game: Game): (number | null)[] {
  const index = new Map(game.players.map((p, i) => [p, i]));
  const numbers = new Map<string, number>();
  const blocs: (number | null)[] = game.players.map(() => null);
  for (const [player, bloc] of Object.entries(given)) {
    const i = index.get(player);
    if (i === undefined) throw costSharingErrors.unknownPlayer(player, 'blocs');
    const name = bloc.trim();
    if (name === '') continue;
    if (!numbers.has(name)) numbers.set(name, numbers.size);
    blocs[i] = numbers.get(name)!;
  }
  return blocs;
}

/** The blocs of the Owen value, or BLOCS_MISSING (this method's failure alone) naming who has none. */
function owenBlocs(game: Game, blocs: readonly (number | null)[] | null): number[] {
  const numbers = (blocs ?? []).filter((b): b is number => b !== null);
  if (numbers.length === game.players.length) return numbers;
  const missing = game.players.filter((_, i) => (blocs?.[i] ?? null) === null);
  throw costSharingErrors.blocsMissing(missing[0]!, missing.length);
}

async function allocate(method: CostSharingMethod, { game, input, weights, blocs, core, table }: MethodContext): Promise<MethodOutcome> {
  switch (method) {
    case 'equal':
      return { shares: equalSplit(game) };
    case 'proportional':
      return { shares: proportionalSplit(game, weights!) };
    case 'scrb':
      return { shares: scrb(game) };
    case 'shapley':
      return shapleyValue(game, input.options);
    case 'owen':
      return { shares: owenValue(table(), owenBlocs(game, blocs)) };
    case 'banzhaf':
      return { shares: banzhafValue(table()) };
    case 'nucleolus':
    case 'prenucleolus': {
      const result = await (method === 'nucleolus' ? nucleolus(game) : prenucleolus(game));
      return { shares: result.shares, levels: result.tight, linearPrograms: result.linearPrograms };
    }
    case 'least-core': {
      // Computed once already for the verdict on the core, where its failure is this method's too.
      if (core !== null && !core.ok) throw core.error;
      const result = core?.value ?? (await leastCore(game));
      // The least core is a set; its point is its lexicographic centre, the pre-nucleolus: unique,
      // and equal for participants the game treats alike (an LP's vertex is neither).
      const centre = await prenucleolus(game);
      return { shares: centre.shares, levels: centre.tight, epsilon: result.epsilon, linearPrograms: result.linearPrograms + centre.linearPrograms };
    }
  }
}

function describe(method: CostSharingMethod, game: Game, outcome: MethodOutcome, table: Float64Array | null): Allocation {
  const total = grandValue(game);
  const shares = closeToTotal(Float64Array.from(outcome.shares), total);
  const rounded = roundToAgorot(shares, total);
  const stability = checkStability(game, shares, table);
  const savings = savingsOf(game, shares);
  return {
    method,
    shares: game.players.map((player, i) => ({
      player,
      share: shares[i]! + 0,
      shareAgorot: rounded.shares[i]!,
      standardError: outcome.standardErrors ? outcome.standardErrors[i]! : null,
      ...savings[i]!,
      individuallyRational: stability.individuallyRational[i]!,
    })),
    individuallyRational: stability.individuallyRational.every(Boolean),
    core: {
      inCore: stability.inCore,
      blockingCoalition: stability.blockingCoalition?.map((i) => game.players[i]!) ?? null,
      maxExcess: stability.maxExcess,
    },
    epsilon: outcome.epsilon === undefined || outcome.epsilon === null ? null : outcome.epsilon + 0,
    sampling: outcome.sampling ?? null,
    ...(outcome.shapleyMethod === undefined ? {} : { shapleyMethod: outcome.shapleyMethod }),
    linearPrograms: outcome.linearPrograms ?? null,
    explanation: explain(game, shares, outcome, table),
  };
}

/** The groups that would do better alone, and the nucleolus's levels, named. */
function explain(game: Game, shares: Float64Array, outcome: MethodOutcome, table: Float64Array | null): AllocationExplanation {
  const names = (members: readonly number[]) => members.map((i) => game.players[i]!);
  const blocking = table === null ? null : blockingGroups(game, shares, table);
  return {
    blocking: blocking && { count: blocking.count, groups: blocking.groups.map((g) => ({ members: names(g.members), saving: g.excess })) },
    levels: outcome.levels?.map((l) => ({ saving: -l.excess + 0, count: l.count, groups: l.coalitions.map((mask) => names(membersOf(mask))) })) ?? null,
  };
}

/** v(N) − v(N ∖ {i}) for each participant: n values of groups of n − 1, for any game the engine holds. */
function marginalToOthers(game: Game): { player: string; value: number }[] {
  const all = game.players.map((_, i) => i);
  const total = grandValue(game);
  return game.players.map((player, i) => ({ player, value: total - coalitionValue(game, all.filter((j) => j !== i)) + 0 }));
}

function summarize(game: Game, core: Attempt<LeastCoreResult> | null, allocations: Allocation[], failures: MethodFailure[]): CostSharingResult {
  const n = game.players.length;
  const total = grandValue(game);
  const alone = standAloneValues(game);
  const standAloneTotal = alone.reduce((a, b) => a + b, 0);
  const saving = costSign(game) * (standAloneTotal - total) + 0;
  const tolerance = toleranceFor(valueScale(game));
  const epsilon = core?.ok ? core.value.epsilon : null;
  const warnings: CostSharingWarning[] = [];
  if (n > limits.maxLeastCorePlayers) {
    warnings.push({
      code: 'CORE_NOT_EXAMINED',
      values: { max: limits.maxLeastCorePlayers },
      message: `The core was not examined: it is checked for up to ${limits.maxLeastCorePlayers} participants.`,
    });
  }
  if (core !== null && !core.ok) {
    warnings.push({
      code: 'CORE_NOT_COMPUTED',
      values: { code: core.error.code },
      message: `Whether the core is empty is not known: the least core could not be computed (${core.error.messages.en}).`,
    });
  }
  return {
    kind: game.kind,
    players: [...game.players],
    total,
    totalAgorot: toAgorot(total),
    standAlone: game.players.map((player, i) => ({ player, value: alone[i]! })),
    standAloneTotal,
    marginalToOthers: marginalToOthers(game),
    saving,
    savingPercent: standAloneTotal === 0 ? null : (saving / Math.abs(standAloneTotal)) * 100,
    core: {
      empty: n === 1 ? false : epsilon === null ? null : epsilon > tolerance,
      leastCoreEpsilon: epsilon === null ? null : Math.abs(epsilon) <= tolerance ? 0 : epsilon,
    },
    allocations,
    failures,
    warnings,
  };
}
