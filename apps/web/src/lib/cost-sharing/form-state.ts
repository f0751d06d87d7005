import type { CostModelInput, CostSharingInput, CostSharingMethod } from '@eshkol/contracts/cost-sharing';
import { costSharingLimits, costSharingMethods, moneySchema, quantitySchema, quantityShapleyLimits } from '@eshkol/contracts/cost-sharing';

/** One authority in the calculation, as the user edits it. Empty fields are `null`, never 0. */
export type ParticipantRow = {
  authorityId: string;
  name: string;
  population: number | null;
  included: boolean;
  /** Tons, pupils, households … in the model's unit. */
  quantity: number | null;
  /** The level it uses a shared facility up to (km of road, tons of a landfill's capacity …), kept apart from its quantity. */
  level: number | null;
  /** What the authority pays today on its own; when given it replaces the model's stand-alone cost. */
  currentCost: number | null;
  /** Its bloc for the Owen value (a district, a type of council …); empty when none is given. */
  bloc: string;
};

export type Tier = { from: number | null; unitPrice: number | null };
/** A piece of a facility: from this level up to the next segment's, at this cost per unit of level. */
export type Segment = { from: number | null; unitCost: number | null };

export type FacilityState = { type: 'facility'; fixed: number | null; segments: Segment[] };

/**
 * The joint cost: a cost model of the total quantity, or a facility each authority uses up to its
 * own level (the airport game), which the engine takes as `facility` rather than `model`.
 */
export type ModelState =
  | { type: 'power'; fixed: number | null; scale: number | null; exponent: number | null }
  | { type: 'tiered'; fixed: number | null; discount: 'all-units' | 'incremental'; tiers: Tier[] }
  | { type: 'capacity'; fixed: number | null; capacity: number | null; vehicleCost: number | null; perUnit: number | null }
  | FacilityState;

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
  facility: { type: 'facility', fixed: 0, segments: [{ from: 0, unitCost: null }] },
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
/**
 * What a new study proposes, and the calculator computes, unless the user chooses otherwise: the Shapley value, each authority
 * paying what it adds to the joint cost on average — fair by its axioms (authorities alike pay
 * alike, one that adds nothing pays nothing), exact for every real cluster, and explained to each
 * authority in a sentence. The page says why, and offers the others to compare.
 */
export const recommendedMethod: CostSharingMethod = 'shapley';

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

/** What is wrong with a typed figure by its contract's range, as the key of its sentence and its bound; null when it is within it. */
export function rangeProblem(value: number, range: 'money' | 'level'): { key: string; values: Record<string, number> } | null {
  const issue = (range === 'money' ? moneySchema : quantitySchema).safeParse(value).error?.issues[0];
  if (!issue) return null;
  if (issue.code === 'too_big') return { key: 'common:errors.issues.too_big', values: { maximum: Number(issue.maximum) } };
  if (issue.code === 'too_small') return { key: 'common:errors.issues.too_small', values: { minimum: Number(issue.minimum) } };
  return { key: 'common:errors.issues.invalid_type', values: {} };
}

/**
 * The one problem said when figures are refused as typed (each says why beside itself): the form
 * is not sent, and nothing else is said about those fields, which would read as empty.
 */
export const refusedNumbersProblem = (count: number): FormProblem => ({ key: 'common:numbers.refused', values: { count }, field: 'numbers' });

/** Measured stand-alone costs of the rows that have one; null when none has. */
function measuredCosts(included: ParticipantRow[]): Record<string, number> | null {
  const measured = included.filter((r) => isNumber(r.currentCost));
  return measured.length > 0 ? Object.fromEntries(measured.map((r) => [r.authorityId, r.currentCost as number])) : null;
}

/** Words of a schedule whose steps start elsewhere than at 0, or not each further than the one before. */
const orderWords = {
  tiers: { first: 'cost-model:problems.firstTier', order: 'cost-model:problems.tierOrder' },
  segments: { first: 'cost-model:problems.firstSegment', order: 'cost-model:problems.segmentOrder' },
} as const;

/** A schedule (tiers, segments) starts at 0, and each step further than the one before; an empty start is named elsewhere. */
function checkOrder(starts: (number | null)[], schedule: keyof typeof orderWords, problems: FormProblem[]): void {
  const first = starts[0] ?? null;
  if (isNumber(first) && first !== 0) problems.push({ key: orderWords[schedule].first, field: `${schedule}.0.from` });
  starts.forEach((from, i) => {
    const before = i > 0 ? (starts[i - 1] ?? null) : null;
    if (isNumber(from) && isNumber(before) && from <= before) problems.push({ key: orderWords[schedule].order, field: `${schedule}.${i}.from`, values: { n: i + 1 } });
  });
}

function buildModel(m: Exclude<ModelState, FacilityState>, included: ParticipantRow[], problems: FormProblem[]): CostModelInput {
  const need = (value: number | null, field: string, min = 0): number => {
    if (!isNumber(value) || value < min) problems.push({ key: 'cost-model:problems.modelField', field });
    return isNumber(value) ? value : 0;
  };
  const quantities = Object.fromEntries(included.map((r) => [r.authorityId, r.quantity ?? 0]));
  const base = { quantities, fixed: need(m.fixed, 'fixed'), standAloneCosts: measuredCosts(included) };
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
      checkOrder(tiers.map((t) => t.from), 'tiers', problems);
      return { type: 'tiered', ...base, discount: m.discount, tiers };
    }
  }
}

/**
 * What is wrong with a facility's figures, each named by its field: empty, outside its contract's
 * range (money, a level), or a segment that does not start further than the one before.
 */
export function facilityProblems(m: FacilityState): FormProblem[] {
  const problems: FormProblem[] = [];
  const check = (value: number | null, field: string, range: 'money' | 'level') => {
    const wrong = isNumber(value) ? rangeProblem(value, range) : { key: 'cost-model:problems.modelField' };
    if (wrong) problems.push({ ...wrong, field });
  };
  check(m.fixed, 'fixed', 'money');
  m.segments.forEach((s, i) => {
    check(s.from, `segments.${i}.from`, 'level');
    check(s.unitCost, `segments.${i}.unitCost`, 'money');
  });
  checkOrder(m.segments.map((s) => s.from), 'segments', problems);
  return problems;
}

type FacilityInput = NonNullable<CostSharingInput['facility']>;

function buildFacility(m: FacilityState, included: ParticipantRow[], problems: FormProblem[]): FacilityInput {
  problems.push(...facilityProblems(m));
  return {
    type: 'airport',
    fixed: m.fixed ?? 0,
    segments: m.segments.map((s) => ({ from: s.from ?? 0, unitCost: s.unitCost ?? 0 })),
    levels: Object.fromEntries(included.map((r) => [r.authorityId, r.level ?? 0])),
    standAloneCosts: measuredCosts(included),
  };
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
 * included rows; each needs a quantity (a level, for a facility), and a bloc when the Owen value
 * is asked. Methods the engine cannot compute exactly for this many participants are dropped, and
 * the Shapley value is sampled where the engine cannot give it exactly (`asksExactShapley`).
 */
export function buildInput(state: FormState): { input: CostSharingInput | null; problems: FormProblem[]; dropped: CostSharingMethod[] } {
  const problems: FormProblem[] = [];
  const included = state.rows.filter((r) => r.included);
  const facility = state.model.type === 'facility';
  if (included.length < 2) problems.push({ key: 'cost-model:problems.fewParticipants', field: 'rows' });
  for (const r of included) {
    if (facility && (!isNumber(r.level) || rangeProblem(r.level, 'level')))
      problems.push({ key: 'cost-model:problems.level', field: `level.${r.authorityId}`, values: { name: r.name } });
    if (!facility && (!isNumber(r.quantity) || r.quantity < 0)) problems.push({ key: 'cost-model:problems.quantity', field: `quantity.${r.authorityId}`, values: { name: r.name } });
    if (r.currentCost !== null && (!Number.isFinite(r.currentCost) || r.currentCost < 0))
      problems.push({ key: 'cost-model:problems.currentCost', field: `currentCost.${r.authorityId}`, values: { name: r.name } });
  }
  const game = state.model.type === 'facility' ? { model: null, facility: buildFacility(state.model, included, problems) } : { model: buildModel(state.model, included, problems) };
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
      weights = Object.fromEntries(included.map((r) => [r.authorityId, (facility ? r.level : r.quantity) ?? 0]));
    }
  }
  const blocs = methods.includes('owen') ? blocsOf(included, problems) : null;
  if (problems.length > 0) return { input: null, problems, dropped };
  const exact = asksExactShapley(facility ? { kind: 'facility' } : { kind: 'model', quantities: included.map((r) => r.quantity ?? 0) });
  return {
    input: {
      kind: 'cost',
      players: included.map((r) => r.authorityId),
      coalitions: null,
      ...game,
      weights,
      blocs,
      methods,
      options: { shapleySamples: null, shapleyPrecision: exact ? null : shapleyPrecision, seed: 1 },
    },
    problems,
    dropped,
  };
}
