import type { CostModelInput, CostSharingInput, CostSharingMethod } from '@eshkol/contracts/cost-sharing';
import { costSharingLimits, costSharingMethods, quantityShapleyLimits } from '@eshkol/contracts/cost-sharing';

/** One authority in the calculation, as the user edits it. Empty fields are `null`, never 0. */
export type ParticipantRow = {
  authorityId: string;
  name: string;
  population: number | null;
  included: boolean;
  /** Tons, pupils, households … in the model's unit. */
  quantity: number | null;
  /** What the authority pays today on its own; when given it replaces the model's stand-alone cost. */
  currentCost: number | null;
  /** Its bloc for the Owen value (a district, a type of council …); empty when none is given. */
  bloc: string;
};

export type Tier = { from: number | null; unitPrice: number | null };

export type ModelState =
  | { type: 'power'; fixed: number | null; scale: number | null; exponent: number | null }
  | { type: 'tiered'; fixed: number | null; discount: 'all-units' | 'incremental'; tiers: Tier[] }
  | { type: 'capacity'; fixed: number | null; capacity: number | null; vehicleCost: number | null; perUnit: number | null };

export type WeightBasis = 'population' | 'quantity';

/** The number fields of the cost models, each with its label. */
export const modelFields = ['fixed', 'scale', 'exponent', 'capacity', 'vehicleCost', 'perUnit'] as const;
export type ModelField = (typeof modelFields)[number];
export const isModelField = (field: string): field is ModelField => (modelFields as readonly string[]).includes(field);

export type FormState = {
  rows: ParticipantRow[];
  model: ModelState;
  methods: CostSharingMethod[];
  weightBasis: WeightBasis;
};

export const defaultModels: Record<ModelState['type'], ModelState> = {
  power: { type: 'power', fixed: 0, scale: null, exponent: 0.8 },
  tiered: { type: 'tiered', fixed: 0, discount: 'all-units', tiers: [{ from: 0, unitPrice: null }] },
  capacity: { type: 'capacity', fixed: 0, capacity: null, vehicleCost: null, perUnit: 0 },
};

/** The form's view of a saved cost model (its quantities and stand-alone costs live in the rows). */
export function modelStateOf(model: CostModelInput): ModelState {
  switch (model.type) {
    case 'power':
      return { type: 'power', fixed: model.fixed, scale: model.scale, exponent: model.exponent };
    case 'tiered':
      return { type: 'tiered', fixed: model.fixed, discount: model.discount, tiers: model.tiers.map((t) => ({ from: t.from, unitPrice: t.unitPrice })) };
    case 'capacity':
      return { type: 'capacity', fixed: model.fixed, capacity: model.capacity, vehicleCost: model.vehicleCost, perUnit: model.perUnit };
  }
}

/** A problem with the form, as a translation key with its values; `field` points at the input. */
export type FormProblem = { key: string; values?: Record<string, string | number>; field: string };

/** Every method but the Owen value, which also needs each authority's bloc: what a calculation starts with. */
export const methodsWithoutBlocs: readonly CostSharingMethod[] = costSharingMethods.filter((m) => m !== 'owen');

/** Methods the engine can compute exactly for this many participants. */
export function availableMethods(players: number): Record<CostSharingMethod, boolean> {
  return {
    equal: true,
    proportional: true,
    scrb: true,
    shapley: true,
    owen: players <= costSharingLimits.maxOwenBanzhafPlayers,
    banzhaf: players <= costSharingLimits.maxOwenBanzhafPlayers,
    nucleolus: players <= costSharingLimits.maxNucleolusPlayers,
    prenucleolus: players <= costSharingLimits.maxNucleolusPlayers,
    'least-core': players <= costSharingLimits.maxLeastCorePlayers,
  };
}

/** Up to this many participants the Shapley value is always asked exactly (from every group's value, or where cheaper the total quantity). */
export const exactShapleyUpTo = 20;
/** Beyond exact Shapley, it is estimated until each share's standard error is below half a percent of the mean share. */
export const shapleyPrecision = 0.005;

const isWhole = (x: number) => Math.abs(x - Math.round(x)) <= 8 * Number.EPSILON * Math.max(1, Math.abs(x));
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * Everyone's quantity together in steps of the largest step every quantity is a whole multiple
 * of, with at most six decimals (1, 0.5, 100 …), found as the engine finds it; null when there is none (thirds).
 */
export function quantitySteps(quantities: readonly number[]): number | null {
  for (let decimals = 0; decimals <= 6; decimals++) {
    const scaled = quantities.map((q) => q * 10 ** decimals);
    if (!scaled.every(isWhole)) continue;
    const whole = scaled.map((x) => Math.round(x));
    const step = whole.reduce(gcd, 0) || 1;
    return whole.reduce((sum, x) => sum + x / step, 0);
  }
  return null;
}

/**
 * A bound on the engine's work for the exact Shapley value by total quantity, never below its own
 * estimate (`quantityShapleyCells`, which the contracts do not carry): ⌈n/4⌉ pairs of quadrature
 * nodes, each passing at most 2n times over the steps, and some ten cells a step for the costs.
 */
export const quantityWorkBound = (players: number, steps: number): number => (10 + 2 * players * Math.max(1, Math.ceil(players / 4))) * (steps + 1);

/** A group of the table of every group's value takes about as long as this many cells of the work by quantity (ADR 11). */
const cellsPerGroup = 12;

/**
 * Whether to ask the engine for the exact Shapley value rather than an estimate: a facility's at
 * any size (the airport game's closed form); a cost model's up to `exactShapleyUpTo` from every
 * group's value, and beyond from the distribution of the total quantity where the quantities
 * share a step and the work is within the engine's limits and below the table's. Otherwise it is sampled.
 */
export function asksExactShapley(game: { kind: 'facility' } | { kind: 'model'; quantities: readonly number[] }): boolean {
  if (game.kind === 'facility') return true;
  const players = game.quantities.length;
  if (players <= exactShapleyUpTo) return true;
  const steps = quantitySteps(game.quantities);
  if (steps === null || steps > quantityShapleyLimits.maxQuantitySteps) return false;
  const work = quantityWorkBound(players, steps);
  return work <= quantityShapleyLimits.maxQuantityShapleyCells && (players > costSharingLimits.maxExactShapleyPlayers || work < cellsPerGroup * 2 ** players);
}

const isNumber = (v: number | null): v is number => v !== null && Number.isFinite(v);

function buildModel(state: FormState, included: ParticipantRow[], problems: FormProblem[]): CostModelInput | null {
  const m = state.model;
  const need = (value: number | null, field: string, min = 0): number => {
    if (!isNumber(value) || value < min) problems.push({ key: 'cost-model:problems.modelField', field });
    return isNumber(value) ? value : 0;
  };
  const quantities = Object.fromEntries(included.map((r) => [r.authorityId, r.quantity ?? 0]));
  const measured = included.filter((r) => isNumber(r.currentCost));
  const standAloneCosts = measured.length > 0 ? Object.fromEntries(measured.map((r) => [r.authorityId, r.currentCost as number])) : null;
  const base = { quantities, fixed: need(m.fixed, 'fixed'), standAloneCosts };
  switch (m.type) {
    case 'power':
      return { type: 'power', ...base, scale: need(m.scale, 'scale'), exponent: need(m.exponent, 'exponent', Number.MIN_VALUE) };
    case 'capacity':
      return {
        type: 'capacity',
        ...base,
        capacity: need(m.capacity, 'capacity', Number.MIN_VALUE),
        vehicleCost: need(m.vehicleCost, 'vehicleCost'),
        perUnit: need(m.perUnit, 'perUnit'),
      };
    case 'tiered': {
      const tiers = m.tiers.map((t, i) => ({ from: need(t.from, `tiers.${i}.from`), unitPrice: need(t.unitPrice, `tiers.${i}.unitPrice`) }));
      if (tiers[0] && tiers[0].from !== 0) problems.push({ key: 'cost-model:problems.firstTier', field: 'tiers.0.from' });
      tiers.forEach((t, i) => {
        if (i > 0 && t.from <= tiers[i - 1]!.from) problems.push({ key: 'cost-model:problems.tierOrder', field: `tiers.${i}.from`, values: { n: i + 1 } });
      });
      return { type: 'tiered', ...base, discount: m.discount, tiers };
    }
  }
}

/** Each authority's bloc, trimmed; every one needs a bloc for the Owen value. */
function blocsOf(included: ParticipantRow[], problems: FormProblem[]): Record<string, string> {
  const missing = included.filter((r) => r.bloc.trim() === '');
  if (missing.length > 0) problems.push({ key: 'cost-model:problems.blocMissing', field: 'bloc', values: { names: missing.map((r) => r.name).join(', ') } });
  return Object.fromEntries(included.map((r) => [r.authorityId, r.bloc.trim()]));
}

/** The rows with each authority's bloc set from what is known of it (its district, its type); left as it was where that is unknown. */
export function fillBlocs(rows: ParticipantRow[], blocOf: (authorityId: string) => string | null): ParticipantRow[] {
  return rows.map((r) => ({ ...r, bloc: blocOf(r.authorityId) ?? r.bloc }));
}

/**
 * The engine's input from the form, or every problem that prevents it. Participants are the
 * included rows; each needs a quantity, and a bloc when the Owen value is asked. Methods the
 * engine cannot compute exactly for this many participants are dropped, and the Shapley value is
 * sampled where the engine cannot give it exactly (`asksExactShapley`).
 */
export function buildInput(state: FormState): { input: CostSharingInput | null; problems: FormProblem[]; dropped: CostSharingMethod[] } {
  const problems: FormProblem[] = [];
  const included = state.rows.filter((r) => r.included);
  if (included.length < 2) problems.push({ key: 'cost-model:problems.fewParticipants', field: 'rows' });
  for (const r of included) {
    if (!isNumber(r.quantity) || r.quantity < 0) problems.push({ key: 'cost-model:problems.quantity', field: `quantity.${r.authorityId}`, values: { name: r.name } });
    if (r.currentCost !== null && (!Number.isFinite(r.currentCost) || r.currentCost < 0))
      problems.push({ key: 'cost-model:problems.currentCost', field: `currentCost.${r.authorityId}`, values: { name: r.name } });
  }
  const model = buildModel(state, included, problems);
  const possible = availableMethods(included.length);
  // In the order the methods are listed, whatever order they were ticked in.
  const chosen = costSharingMethods.filter((m) => state.methods.includes(m));
  const methods = chosen.filter((m) => possible[m]);
  const dropped = chosen.filter((m) => !possible[m]);
  if (methods.length === 0) problems.push({ key: 'cost-model:problems.noMethod', field: 'methods' });

  let weights: Record<string, number> | null = null;
  if (state.methods.includes('proportional')) {
    if (state.weightBasis === 'population') {
      const missing = included.filter((r) => r.population === null);
      if (missing.length > 0) problems.push({ key: 'cost-model:problems.populationUnknown', field: 'weightBasis', values: { names: missing.map((r) => r.name).join(', ') } });
      weights = Object.fromEntries(included.map((r) => [r.authorityId, r.population ?? 0]));
    } else {
      weights = Object.fromEntries(included.map((r) => [r.authorityId, r.quantity ?? 0]));
    }
  }
  const blocs = methods.includes('owen') ? blocsOf(included, problems) : null;
  if (problems.length > 0 || !model) return { input: null, problems, dropped };
  const exact = asksExactShapley({ kind: 'model', quantities: included.map((r) => r.quantity ?? 0) });
  return {
    input: {
      kind: 'cost',
      players: included.map((r) => r.authorityId),
      coalitions: null,
      model,
      weights,
      blocs,
      methods,
      options: { shapleySamples: null, shapleyPrecision: exact ? null : shapleyPrecision, seed: 1 },
    },
    problems,
    dropped,
  };
}
