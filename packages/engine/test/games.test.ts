import { describe, expect, it } from 'vitest';
import { gameFromCoalitions, gameFromModel } from '../src/cost-sharing/build-game';
import { costFunction, type CostModel } from '../src/cost-sharing/cost-models';
import { EngineError } from '../src/cost-sharing/errors';
import { coalitionValue, grandValue, tabulate, valueBlocks } from '../src/cost-sharing/game';

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (error) {
    if (error instanceof EngineError) return error.code;
    throw error;
  }
  return undefined;
}

// Stand-alone costs of three Swedish municipalities (Young, Okada & Hashimoto 1982, Table 8 of
// the working paper); the group costs are illustrative only — this file tests how games are built.
const threeGroups = [
  { members: ['A'], value: 21.95 },
  { members: ['H'], value: 17.08 },
  { members: ['K'], value: 10.91 },
  { members: ['H', 'A'], value: 35 },
  { members: ['A', 'K'], value: 30 },
  { members: ['K', 'H'], value: 25 },
  { members: ['K', 'A', 'H'], value: 42 },
];

describe('a game given group by group', () => {
  it('takes members in any order and indexes values by bitmask', () => {
    const game = gameFromCoalitions('cost', ['A', 'H', 'K'], threeGroups);
    expect(game.values[0b011]).toBe(35);
    expect(game.values[0b101]).toBe(30);
    expect(game.values[0b110]).toBe(25);
    expect(grandValue(game)).toBe(42);
    expect(coalitionValue(game, [2, 0])).toBe(30);
  });

  it.each([
    ['a missing group', ['A', 'H', 'K'], threeGroups.slice(1), 'MISSING_COALITION'],
    ['a negative cost', ['A', 'H', 'K'], [...threeGroups.slice(1), { members: ['A'], value: -1 }], 'INVALID_VALUE'],
    ['a non-numeric cost', ['A', 'H', 'K'], [...threeGroups.slice(1), { members: ['A'], value: Number.NaN }], 'INVALID_VALUE'],
    ['an infinite cost', ['A', 'H', 'K'], [...threeGroups.slice(1), { members: ['A'], value: Number.POSITIVE_INFINITY }], 'INVALID_VALUE'],
    ['a cost beyond ten billion shekels', ['A', 'H', 'K'], [...threeGroups.slice(1), { members: ['A'], value: 1e308 }], 'VALUE_TOO_LARGE'],
    ['savings beyond ten billion shekels', ['A', 'H', 'K'], [...threeGroups.slice(1), { members: ['A'], value: -1e11 }], 'INVALID_VALUE'],
    ['duplicate participants', ['A', 'H', 'A'], threeGroups, 'DUPLICATE_PLAYER'],
    ['an unknown participant', ['A', 'H', 'K'], [...threeGroups, { members: ['Z'], value: 1 }], 'UNKNOWN_PLAYER'],
    ['a participant twice in a group', ['A', 'H', 'K'], [...threeGroups, { members: ['A', 'A'], value: 1 }], 'DUPLICATE_MEMBER'],
    ['a group given twice', ['A', 'H', 'K'], [...threeGroups, { members: ['H', 'A'], value: 35 }], 'DUPLICATE_COALITION'],
    ['no participants', [], [], 'NO_PLAYERS'],
  ])('refuses %s', (_, players, groups, code) => {
    expect(codeOf(() => gameFromCoalitions('cost', players as string[], groups))).toBe(code);
  });

  it('names the first missing group and counts them all, in English and Hebrew', () => {
    try {
      gameFromCoalitions('cost', ['A', 'H', 'K'], threeGroups.filter((g) => g.members.length !== 2));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EngineError);
      const { messages, params } = error as EngineError;
      expect(params).toMatchObject({ members: ['A', 'H'], missingCount: 3 });
      expect(messages.en).toContain('{A, H}');
      expect(messages.he).toContain('{A, H}');
    }
  });

  it('accepts negative savings in a gain game', () => {
    const game = gameFromCoalitions('gain', ['A', 'B'], [
      { members: ['A'], value: -1 },
      { members: ['B'], value: 0 },
      { members: ['A', 'B'], value: 3 },
    ]);
    expect(game.values[1]).toBe(-1);
  });

  it('is limited to 20 participants, and says to use a cost model', () => {
    const players = Array.from({ length: 21 }, (_, i) => `p${i}`);
    expect(codeOf(() => gameFromCoalitions('cost', players, []))).toBe('TOO_MANY_PLAYERS');
  });
});

describe('cost models', () => {
  const tiers = [
    { from: 0, unitPrice: 10 },
    { from: 100, unitPrice: 8 },
    { from: 500, unitPrice: 7 },
  ];

  it.each<[string, CostModel, [number, number][]]>([
    ['power: fixed + scale · Q^exponent', { type: 'power', fixed: 100, scale: 2, exponent: 0.5 }, [[25, 110], [16, 108], [0, 100]]],
    [
      'tiered, all-units: the whole quantity at the price of the tier the total reaches',
      { type: 'tiered', fixed: 50, discount: 'all-units', tiers },
      [[99, 1040], [100, 850], [600, 4250]],
    ],
    [
      'tiered, incremental: each unit at the price of its own tier',
      { type: 'tiered', fixed: 50, discount: 'incremental', tiers },
      [[99, 1040], [100, 1050], [600, 4950]],
    ],
    [
      'capacity: whole vehicles plus a cost per unit',
      { type: 'capacity', fixed: 0, capacity: 40, vehicleCost: 1000, perUnit: 2 },
      [[40, 1080], [41, 2082], [0.5, 1001]],
    ],
  ])('%s', (_, model, points) => {
    const cost = costFunction(model);
    for (const [q, expected] of points) expect(cost(q)).toBeCloseTo(expected, 9);
  });

  it('does not order a second vehicle because of floating-point noise', () => {
    const cost = costFunction({ type: 'capacity', fixed: 0, capacity: 0.3, vehicleCost: 1, perUnit: 0 });
    expect(cost(0.1 + 0.2)).toBe(1);
  });

  it('refuses a tier schedule that does not start at zero', () => {
    expect(codeOf(() => costFunction({ type: 'tiered', fixed: 0, discount: 'all-units', tiers: [{ from: 5, unitPrice: 1 }] }))).toBe('INVALID_MODEL');
  });
});

describe('a game computed from a cost model', () => {
  const spec = { type: 'power', fixed: 100, scale: 2, exponent: 0.5, quantities: { A: 16, B: 9, C: 0 } } as const;

  it('prices every group of two or more from its total quantity', () => {
    const game = gameFromModel('cost', ['A', 'B', 'C'], spec);
    expect(coalitionValue(game, [0, 1])).toBeCloseTo(110, 12);
    expect(coalitionValue(game, [0, 1, 2])).toBeCloseTo(110, 12);
    expect(coalitionValue(game, [1])).toBeCloseTo(106, 12);
    expect(coalitionValue(game, [])).toBe(0);
  });

  it('uses a measured stand-alone cost instead of the model for that participant alone', () => {
    const game = gameFromModel('cost', ['A', 'B', 'C'], { ...spec, standAloneCosts: { B: 130 } });
    expect(coalitionValue(game, [1])).toBe(130);
    expect(coalitionValue(game, [0, 1])).toBeCloseTo(110, 12);
  });

  it('as a gain game gives the savings of each group', () => {
    const game = gameFromModel('gain', ['A', 'B', 'C'], spec);
    expect(coalitionValue(game, [0, 1])).toBeCloseTo(108 + 106 - 110, 12);
    expect(coalitionValue(game, [2])).toBe(0);
  });

  it('is tabulated block by block with the same values as coalition by coalition', () => {
    const players = Array.from({ length: 7 }, (_, i) => `p${i}`);
    const quantities = Object.fromEntries(players.map((p, i) => [p, 3 + i * i]));
    for (const kind of ['cost', 'gain'] as const) {
      const game = gameFromModel(kind, players, { type: 'power', fixed: 10, scale: 1.5, exponent: 0.8, quantities, standAloneCosts: { p3: 40 } });
      const table = tabulate(game);
      const blocks = valueBlocks(game, 3);
      for (let mask = 0; mask < 128; mask++) {
        const members = players.map((_, i) => i).filter((i) => (mask >>> i) & 1);
        expect(table[mask]).toBeCloseTo(coalitionValue(game, members), 9);
        expect(blocks.block(mask >>> 3)[mask & 7]).toBeCloseTo(coalitionValue(game, members), 9);
      }
    }
  });

  it.each([
    ['a participant without a quantity', { ...spec, quantities: { A: 1, B: 2 } }, 'MISSING_QUANTITY'],
    ['a quantity for a stranger', { ...spec, quantities: { A: 1, B: 2, C: 3, D: 4 } }, 'UNKNOWN_PLAYER'],
    ['a negative quantity', { ...spec, quantities: { A: 1, B: -2, C: 3 } }, 'INVALID_VALUE'],
    ['a stand-alone cost for a stranger', { ...spec, standAloneCosts: { Z: 1 } }, 'UNKNOWN_PLAYER'],
    ['a non-positive exponent', { ...spec, exponent: 0 }, 'INVALID_MODEL'],
    ['a quantity beyond a billion', { ...spec, quantities: { A: 1, B: 2e9, C: 3 } }, 'VALUE_TOO_LARGE'],
    ['a stand-alone cost beyond ten billion shekels', { ...spec, standAloneCosts: { A: 1e11 } }, 'VALUE_TOO_LARGE'],
    ['a fixed cost that prices the whole group beyond range', { ...spec, fixed: 1e308 }, 'VALUE_TOO_LARGE'],
    ['a scale that prices the whole group beyond range', { ...spec, scale: 1e9, exponent: 2 }, 'VALUE_TOO_LARGE'],
  ])('refuses %s', (_, model, code) => {
    expect(codeOf(() => gameFromModel('cost', ['A', 'B', 'C'], model))).toBe(code);
  });
});
