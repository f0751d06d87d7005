import { costSharingLimits, quantityShapleyLimits } from '@eshkol/contracts/cost-sharing';
import { exactShapleyWay, gameFromModel, quantityGrid, quantityShapleyCells } from '@eshkol/engine';
import { describe, expect, it } from 'vitest';
import {
  asksExactShapley,
  buildInput,
  defaultModels,
  facilityProblems,
  fillBlocs,
  methodsWithoutBlocs,
  modelStateOf,
  quantitySteps,
  quantityWorkBound,
  type FacilityState,
  type FormState,
  type ParticipantRow,
} from './form-state';

const row = (id: string, quantity: number | null, population: number | null = 1000, currentCost: number | null = null): ParticipantRow => ({
  authorityId: id,
  name: `name-${id}`,
  population,
  included: true,
  quantity,
  level: null,
  currentCost,
  bloc: '',
});

const state = (rows: ParticipantRow[], overrides: Partial<FormState> = {}): FormState => ({
  rows,
  model: { type: 'power', fixed: 100, scale: 10, exponent: 0.8 },
  methods: ['equal', 'proportional', 'shapley', 'nucleolus'],
  weightBasis: 'population',
  ...overrides,
});

describe('buildInput', () => {
  it('builds a power-model game of the included rows, with measured stand-alone costs and population weights', () => {
    const rows = [row('loc-1', 10, 5000, 900), row('loc-2', 20, 3000), { ...row('loc-3', 5), included: false }];
    const { input, problems } = buildInput(state(rows));
    expect(problems).toEqual([]);
    expect(input).toMatchObject({
      kind: 'cost',
      players: ['loc-1', 'loc-2'],
      coalitions: null,
      model: { type: 'power', fixed: 100, scale: 10, exponent: 0.8, quantities: { 'loc-1': 10, 'loc-2': 20 }, standAloneCosts: { 'loc-1': 900 } },
      weights: { 'loc-1': 5000, 'loc-2': 3000 },
      methods: ['equal', 'proportional', 'shapley', 'nucleolus'],
      options: { shapleySamples: null, shapleyPrecision: null, seed: 1 },
    });
  });

  it('refuses a missing quantity, an empty model field and fewer than two participants, naming each', () => {
    const { input, problems } = buildInput(state([row('loc-1', null)], { model: { type: 'power', fixed: 0, scale: null, exponent: 0.8 } }));
    expect(input).toBeNull();
    expect(problems.map((p) => p.key)).toEqual([
      'cost-model:problems.fewParticipants',
      'cost-model:problems.quantity',
      'cost-model:problems.modelField',
    ]);
    expect(problems[2]?.field).toBe('scale');
  });

  it('needs every tier ordered and the first at zero', () => {
    const model = { type: 'tiered' as const, fixed: 0, discount: 'all-units' as const, tiers: [{ from: 5, unitPrice: 10 }, { from: 3, unitPrice: 8 }] };
    const { problems } = buildInput(state([row('a', 1), row('b', 2)], { model }));
    expect(problems.map((p) => p.key)).toEqual(['cost-model:problems.firstTier', 'cost-model:problems.tierOrder']);
  });

  it('drops the nucleolus above its limit, and samples the Shapley value of a large group whose quantities share no step', () => {
    const rows = Array.from({ length: 22 }, (_, i) => row(`loc-${i}`, (i + 1) / 3));
    const { input, dropped } = buildInput(state(rows));
    expect(dropped).toEqual(['nucleolus']);
    expect(input?.methods).toEqual(['equal', 'proportional', 'shapley']);
    expect(input?.options).toMatchObject({ shapleySamples: null, shapleyPrecision: 0.005 });
    // In whole tons the same group is asked exactly.
    const whole = buildInput(state(Array.from({ length: 22 }, (_, i) => row(`loc-${i}`, i + 1))));
    expect(whole.input?.options).toEqual({ shapleySamples: null, shapleyPrecision: null, seed: 1 });
  });

  it('asks for another weight when a population is unknown, rather than weighting it as zero', () => {
    const { input, problems } = buildInput(state([row('a', 1, null), row('b', 2)]));
    expect(input).toBeNull();
    expect(problems).toEqual([expect.objectContaining({ key: 'cost-model:problems.populationUnknown', values: { names: 'name-a' } })]);
    expect(buildInput(state([row('a', 1, null), row('b', 2)], { weightBasis: 'quantity' })).input?.weights).toEqual({ a: 1, b: 2 });
  });

  it('asks the Owen value for a bloc of every authority taking part, and sends them trimmed', () => {
    const rows = [{ ...row('a', 1), bloc: ' north ' }, { ...row('b', 2), bloc: 'south' }, { ...row('c', 3), bloc: '  ' }, { ...row('d', 4), included: false }];
    const owen = state(rows, { methods: ['shapley', 'owen'] });
    const { input, problems } = buildInput(owen);
    expect(input).toBeNull();
    expect(problems).toEqual([{ key: 'cost-model:problems.blocMissing', field: 'bloc', values: { names: 'name-c' } }]);
    const complete = buildInput({ ...owen, rows: rows.map((r) => (r.authorityId === 'c' ? { ...r, bloc: 'south' } : r)) });
    expect(complete.input?.blocs).toEqual({ a: 'north', b: 'south', c: 'south' });
    expect(complete.input?.methods).toEqual(['shapley', 'owen']);
    // Ticked after the others, the Owen value is still listed beside Shapley's.
    expect(buildInput({ ...owen, methods: ['nucleolus', 'shapley', 'owen'], rows: rows.map((r) => ({ ...r, bloc: 'one' })) }).input?.methods).toEqual(['shapley', 'owen', 'nucleolus']);
  });

  it('sends no blocs without the Owen value, and needs none when it is beyond its limit', () => {
    expect(buildInput(state([row('a', 1), row('b', 2)])).input?.blocs).toBeNull();
    const many = buildInput(state(Array.from({ length: 26 }, (_, i) => row(`loc-${i}`, i + 1)), { methods: ['equal', 'owen', 'banzhaf'] }));
    expect(many.problems).toEqual([]);
    expect(many.dropped).toEqual(['owen', 'banzhaf']);
    expect(many.input).toMatchObject({ methods: ['equal'], blocs: null });
  });

  it('starts a calculation with every method that needs no blocs', () => {
    expect(methodsWithoutBlocs).toEqual(['equal', 'proportional', 'scrb', 'shapley', 'banzhaf', 'nucleolus', 'prenucleolus', 'least-core']);
  });

  it('starts every model with no invented prices', () => {
    expect(defaultModels.power).toMatchObject({ scale: null });
    expect(defaultModels.capacity).toMatchObject({ capacity: null, vehicleCost: null });
    expect(defaultModels.tiered).toMatchObject({ tiers: [{ from: 0, unitPrice: null }] });
  });
});

describe('modelStateOf', () => {
  it('gives back the form of every model that buildInput made', () => {
    const rows = [row('loc-1', 10), row('loc-2', 20)];
    const models: FormState['model'][] = [
      { type: 'power', fixed: 100, scale: 10, exponent: 0.8 },
      { type: 'tiered', fixed: 0, discount: 'incremental', tiers: [{ from: 0, unitPrice: 5 }, { from: 100, unitPrice: 4 }] },
      { type: 'capacity', fixed: 50, capacity: 12, vehicleCost: 1000, perUnit: 2 },
    ];
    for (const model of models) {
      const { input } = buildInput(state(rows, { model }));
      expect(input?.model && modelStateOf(input.model)).toEqual(model);
    }
  });
});

describe('fillBlocs', () => {
  it('gives each authority the bloc known of it, and keeps the one typed where nothing is known', () => {
    const rows = [row('a', 1), { ...row('b', 2), bloc: 'typed' }, { ...row('c', 3), bloc: 'old' }];
    const known: Record<string, string | null> = { a: 'Northern', b: null, c: 'Haifa' };
    expect(fillBlocs(rows, (id) => known[id] ?? null).map((r) => r.bloc)).toEqual(['Northern', 'typed', 'Haifa']);
  });
});

describe('a facility used up to each authority’s level', () => {
  const road: FacilityState = { type: 'facility', fixed: 200_000, segments: [{ from: 0, unitCost: 100_000 }, { from: 6, unitCost: 60_000 }] };
  const leveled = (id: string, level: number | null, currentCost: number | null = null): ParticipantRow => ({ ...row(id, null, 1000, currentCost), level });

  it('is sent as `facility`, not as a model, with each authority’s level, asked exactly and weighed by level', () => {
    const rows = [leveled('a', 4, 650_000), leveled('b', 8), leveled('c', 12), { ...leveled('d', 3), included: false }];
    const { input, problems } = buildInput(state(rows, { model: road, methods: ['proportional', 'shapley'], weightBasis: 'quantity' }));
    expect(problems).toEqual([]);
    expect(input).toEqual({
      kind: 'cost',
      players: ['a', 'b', 'c'],
      coalitions: null,
      model: null,
      facility: {
        type: 'airport',
        fixed: 200_000,
        segments: [{ from: 0, unitCost: 100_000 }, { from: 6, unitCost: 60_000 }],
        levels: { a: 4, b: 8, c: 12 },
        standAloneCosts: { a: 650_000 },
      },
      weights: { a: 4, b: 8, c: 12 },
      blocs: null,
      methods: ['proportional', 'shapley'],
      options: { shapleySamples: null, shapleyPrecision: null, seed: 1 },
    });
  });

  it('asks every authority for a level, whatever its quantity, and checks each figure against its range', () => {
    const rows = [{ ...leveled('a', null), quantity: 5 }, leveled('b', 2e9), leveled('c', 3)];
    const model: FacilityState = { type: 'facility', fixed: -1, segments: [{ from: 0, unitCost: 2e10 }, { from: null, unitCost: 5 }, { from: 10, unitCost: 1 }, { from: 10, unitCost: null }] };
    const { input, problems } = buildInput(state(rows, { model }));
    expect(input).toBeNull();
    expect(problems).toEqual([
      { key: 'cost-model:problems.level', field: 'level.a', values: { name: 'name-a' } },
      { key: 'cost-model:problems.level', field: 'level.b', values: { name: 'name-b' } },
      { key: 'common:errors.issues.too_small', field: 'fixed', values: { minimum: 0 } },
      { key: 'common:errors.issues.too_big', field: 'segments.0.unitCost', values: { maximum: costSharingLimits.maxMoney } },
      { key: 'cost-model:problems.modelField', field: 'segments.1.from' },
      { key: 'cost-model:problems.modelField', field: 'segments.3.unitCost' },
      { key: 'cost-model:problems.segmentOrder', field: 'segments.3.from', values: { n: 4 } },
    ]);
    // What was typed stays as it was.
    expect(model.segments[0]).toEqual({ from: 0, unitCost: 2e10 });
  });

  it('needs the first segment to start at level 0, and a level within the contract’s range', () => {
    expect(facilityProblems({ ...road, segments: [{ from: 1, unitCost: 5 }] })).toEqual([{ key: 'cost-model:problems.firstSegment', field: 'segments.0.from' }]);
    expect(facilityProblems({ ...road, segments: [{ from: 0, unitCost: 5 }, { from: costSharingLimits.maxQuantity + 1, unitCost: 5 }] })).toEqual([
      { key: 'common:errors.issues.too_big', field: 'segments.1.from', values: { maximum: costSharingLimits.maxQuantity } },
    ]);
    expect(facilityProblems(road)).toEqual([]);
  });

  it('starts with one segment from 0 and no invented cost', () => {
    expect(defaultModels.facility).toEqual({ type: 'facility', fixed: 0, segments: [{ from: 0, unitCost: null }] });
  });
});

describe('exact or sampled Shapley', () => {
  const spread = (n: number, of: (i: number) => number) => Array.from({ length: n }, (_, i) => of(i));

  it('finds the common step of the quantities as a whole number of decimals, or none', () => {
    expect(quantitySteps([10, 20, 30])).toBe(6);
    expect(quantitySteps([0.5, 1.5, 2])).toBe(8);
    expect(quantitySteps([1.1, 2.2])).toBe(3);
    expect(quantitySteps([0, 0])).toBe(0);
    expect(quantitySteps([1 / 3, 1])).toBeNull();
    expect(quantitySteps([1e-7, 1])).toBeNull();
  });

  it('asks exactly for a facility of any size, for 20 or fewer, and beyond for quantities on a common step within the engine’s limits', () => {
    expect(asksExactShapley({ kind: 'facility' })).toBe(true);
    expect(asksExactShapley({ kind: 'model', quantities: spread(20, (i) => (i + 1) / 3) })).toBe(true);
    expect(asksExactShapley({ kind: 'model', quantities: spread(21, (i) => (i + 1) / 3) })).toBe(false);
    expect(asksExactShapley({ kind: 'model', quantities: spread(120, (i) => 0.5 + i) })).toBe(true);
    // 257 authorities: a few hundred pupils each is within the bound, thousands are not.
    expect(asksExactShapley({ kind: 'model', quantities: spread(257, (i) => 50 + (i % 300)) })).toBe(true);
    expect(asksExactShapley({ kind: 'model', quantities: spread(257, (i) => 50 + i * 19) })).toBe(false);
    expect(asksExactShapley({ kind: 'model', quantities: spread(30, (i) => quantityShapleyLimits.maxQuantitySteps / 10 + i) })).toBe(false);
    // 25 authorities whose work by quantity would cost more than the table of every group are sampled, as before.
    expect(asksExactShapley({ kind: 'model', quantities: spread(25, (i) => 100_000 + i) })).toBe(false);
  });

  it('bounds the engine’s own estimate of its work from above, so that an exact request is never refused nor sent to the table', () => {
    const cases = [
      spread(21, (i) => i + 1),
      spread(26, (i) => 7 * i),
      spread(60, (i) => (i % 5) * 0.25),
      spread(120, (i) => 0.5 + i),
      spread(257, (i) => 50 + (i % 300)),
      spread(400, (i) => 1 + (i % 40)),
      spread(257, (i) => 50 + i * 19),
    ];
    for (const quantities of cases) {
      const grid = quantityGrid(quantities);
      if (grid) expect(quantityWorkBound(quantities.length, grid.total)).toBeGreaterThanOrEqual(quantityShapleyCells(grid));
      expect(quantitySteps(quantities)).toBe(grid?.total ?? null);
      if (!asksExactShapley({ kind: 'model', quantities })) continue;
      const players = quantities.map((_, i) => `p${i}`);
      const game = gameFromModel('cost', players, { type: 'power', fixed: 0, scale: 1, exponent: 0.8, quantities: Object.fromEntries(players.map((p, i) => [p, quantities[i]!])) });
      expect(exactShapleyWay(game)?.method).toBe('quantity-dp');
    }
  });
});
