import { costSharingErrors, type ModelFault } from './errors';

/**
 * Cost models: the cost of serving a group from the group's total quantity. A model prices a
 * non-empty group; the empty group costs nothing. The fixed cost is paid once by every group that
 * runs the service (a depot, a coordinator), whatever its size.
 */
export type CostModel =
  | { type: 'power'; fixed: number; scale: number; exponent: number }
  | { type: 'tiered'; fixed: number; discount: 'all-units' | 'incremental'; tiers: { from: number; unitPrice: number }[] }
  | { type: 'capacity'; fixed: number; capacity: number; vehicleCost: number; perUnit: number };

/**
 * A facility every participant uses up to its own level — a road up to a distance, a landfill up
 * to a capacity, a runway up to a length — and a group builds it up to the highest level any
 * member needs (the airport game of Littlechild & Owen 1973). It costs the fixed cost plus, for
 * each segment, its cost per unit of level over the part of it below that highest level; the
 * first segment starts at 0 and each runs to the next one's start (the last without end).
 */
export type FacilityModel = { type: 'airport'; fixed: number; segments: { from: number; unitCost: number }[] };

/** The cost of a non-empty group whose quantities add up to `quantity` (or, for a facility, whose highest level it is). */
export type CostFunction = (quantity: number) => number;

export function costFunction(model: CostModel): CostFunction {
  validateModel(model);
  switch (model.type) {
    case 'power': {
      const { fixed, scale, exponent } = model;
      // exp(e·ln q) equals q^e to the last bits or so and takes half the time of Math.pow in V8;
      // exact Shapley evaluates it for every one of 2^n groups. (q = 0 gives exp(−∞) = 0.)
      return (q) => fixed + scale * Math.exp(exponent * Math.log(q));
    }
    case 'tiered':
      return tieredCost(model.fixed, model.discount, model.tiers.map((t) => t.from), model.tiers.map((t) => t.unitPrice));
    case 'capacity': {
      const { fixed, capacity, vehicleCost, perUnit } = model;
      // A relative slack so that 3 × 0.1 of a capacity of 0.3 needs one vehicle, not two.
      return (q) => fixed + Math.max(0, Math.ceil(q / capacity - 1e-9)) * vehicleCost + perUnit * q;
    }
  }
}

/**
 * All-units: the whole quantity at the unit price of the tier the total falls in (a total exactly
 * at a tier's start gets that tier). Incremental: every unit at the price of the tier it falls in.
 */
function tieredCost(fixed: number, discount: 'all-units' | 'incremental', from: readonly number[], price: readonly number[]): CostFunction {
  if (discount === 'all-units') {
    return (q) => {
      let k = 0;
      while (k + 1 < from.length && q >= from[k + 1]!) k++;
      return fixed + price[k]! * q;
    };
  }
  return (q) => {
    let cost = fixed;
    for (let k = 0; k < from.length; k++) {
      const start = from[k]!;
      if (q <= start) break;
      const end = k + 1 < from.length ? Math.min(q, from[k + 1]!) : q;
      cost += price[k]! * (end - start);
    }
    return cost;
  };
}

/** The cost of a facility built up to `level`: a segment's unit cost over each unit below it. */
export function facilityCost(model: FacilityModel): CostFunction {
  validateFacility(model);
  return tieredCost(model.fixed, 'incremental', model.segments.map((s) => s.from), model.segments.map((s) => s.unitCost));
}

/**
 * A bound on what the model charges any group whose quantities add up to at most `total`: each
 * model's cost grows with the quantity, except all-units tiers, bounded by the dearest unit price.
 */
export function priceBound(model: CostModel, total: number): number {
  switch (model.type) {
    case 'power':
      return model.fixed + model.scale * total ** model.exponent;
    case 'tiered':
      return model.fixed + Math.max(...model.tiers.map((t) => t.unitPrice)) * total;
    case 'capacity':
      return model.fixed + Math.ceil(total / model.capacity) * model.vehicleCost + model.perUnit * total;
  }
}

const nonNegativeFinite = (x: number) => Number.isFinite(x) && x >= 0;

const bad = (fault: ModelFault) => {
  throw costSharingErrors.invalidModel(fault);
};

/** Steps (tiers or segments) start at 0 and at increasing points, each with a non-negative price; `faults` name what is wrong with this kind of step. */
function validateSteps(steps: readonly { readonly from: number; readonly price: number }[], faults: { first: ModelFault; increasing: ModelFault }): void {
  if (steps.length === 0 || steps[0]!.from !== 0) bad(faults.first);
  steps.forEach((t, k) => {
    if (!nonNegativeFinite(t.price)) bad('unit-prices-negative');
    if (!nonNegativeFinite(t.from) || (k > 0 && !(t.from > steps[k - 1]!.from))) bad(faults.increasing);
  });
}

export function validateFacility(model: FacilityModel): void {
  if (!nonNegativeFinite(model.fixed)) bad('fixed-negative');
  validateSteps(
    model.segments.map((s) => ({ from: s.from, price: s.unitCost })),
    { first: 'first-segment-not-zero', increasing: 'segments-not-increasing' },
  );
}

export function validateModel(model: CostModel): void {
  if (!nonNegativeFinite(model.fixed)) bad('fixed-negative');
  switch (model.type) {
    case 'power':
      if (!nonNegativeFinite(model.scale)) bad('scale-negative');
      if (!(Number.isFinite(model.exponent) && model.exponent > 0)) bad('exponent-not-positive');
      return;
    case 'tiered':
      validateSteps(
        model.tiers.map((t) => ({ from: t.from, price: t.unitPrice })),
        { first: 'first-tier-not-zero', increasing: 'tiers-not-increasing' },
      );
      return;
    case 'capacity':
      if (!(Number.isFinite(model.capacity) && model.capacity > 0)) bad('capacity-not-positive');
      if (!nonNegativeFinite(model.vehicleCost) || !nonNegativeFinite(model.perUnit))
        bad('costs-negative');
      return;
  }
}
