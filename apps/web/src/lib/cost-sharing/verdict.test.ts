import type { Allocation, CostSharingResult } from '@eshkol/contracts/cost-sharing';
import { describe, expect, it } from 'vitest';
import { methodVerdict, overallVerdict, proposedVerdict } from './verdict';

const allocation = (method: Allocation['method'], core: Allocation['core'], rational = [true, true]): Allocation => ({
  method,
  shares: rational.map((r, i) => ({
    player: `P${i}`,
    share: 1,
    shareAgorot: 100,
    standardError: null,
    standAlone: 1,
    saving: 0,
    savingPercent: 0,
    individuallyRational: r,
  })),
  individuallyRational: rational.every(Boolean),
  core,
  epsilon: null,
  sampling: null,
  linearPrograms: null,
  explanation: null,
});

const result = (core: CostSharingResult['core'], allocations: Allocation[]): CostSharingResult => ({
  kind: 'cost',
  players: ['P0', 'P1'],
  total: 2,
  totalAgorot: 200,
  standAlone: [],
  standAloneTotal: 2,
  marginalToOthers: null,
  saving: 0,
  savingPercent: 0,
  core,
  allocations,
  failures: [],
  warnings: [],
});

const inCore = { inCore: true, blockingCoalition: null, maxExcess: -1 };
const blocked = { inCore: false, blockingCoalition: ['P0', 'P1'], maxExcess: 12.5 };
const unchecked = { inCore: null, blockingCoalition: null, maxExcess: null };

describe('methodVerdict', () => {
  it('names the group that gains by leaving and how much', () => {
    expect(methodVerdict(allocation('shapley', inCore))).toEqual({ kind: 'stable' });
    expect(methodVerdict(allocation('equal', blocked))).toEqual({ kind: 'blocked', coalition: ['P0', 'P1'], saving: 12.5 });
    expect(methodVerdict(allocation('equal', unchecked, [true, false]))).toEqual({ kind: 'unchecked', irrational: ['P1'] });
  });
});

describe('overallVerdict', () => {
  it('lists the stable methods, or says a stable share exists elsewhere, or that none exists and the subsidy it takes', () => {
    expect(overallVerdict(result({ empty: false, leastCoreEpsilon: -1 }, [allocation('equal', blocked), allocation('shapley', inCore)]))).toEqual({
      kind: 'stable',
      methods: ['shapley'],
    });
    expect(overallVerdict(result({ empty: false, leastCoreEpsilon: -1 }, [allocation('equal', blocked)]))).toEqual({ kind: 'stable-elsewhere' });
    expect(overallVerdict(result({ empty: true, leastCoreEpsilon: 40 }, [allocation('equal', blocked)]))).toEqual({ kind: 'empty-core', epsilon: 40 });
    expect(overallVerdict(result({ empty: null, leastCoreEpsilon: null }, [allocation('equal', unchecked)]))).toEqual({ kind: 'unknown' });
  });

  it('says it is not known whether a stable share exists when the groups were checked but the least core failed', () => {
    expect(overallVerdict(result({ empty: null, leastCoreEpsilon: null }, [allocation('equal', blocked)]))).toEqual({ kind: 'undecided' });
    expect(overallVerdict(result({ empty: null, leastCoreEpsilon: null }, [allocation('shapley', inCore)]))).toEqual({ kind: 'stable', methods: ['shapley'] });
  });
});

describe("a study's verdict on the method it proposes", () => {
  const stable = { inCore: true, blockingCoalition: null, maxExcess: -1 };
  const blocked = { inCore: false, blockingCoalition: ['P0'], maxExcess: 3 };

  it('says the proposed method is not stable, and which would be, even when another is', () => {
    const r = result({ empty: false, leastCoreEpsilon: 0 }, [allocation('shapley', blocked), allocation('nucleolus', stable)]);
    expect(overallVerdict(r)).toEqual({ kind: 'stable', methods: ['nucleolus'] });
    expect(proposedVerdict(r, 'shapley')).toEqual({ method: 'shapley', verdict: { kind: 'blocked', coalition: ['P0'], saving: 3 }, stableInstead: ['nucleolus'] });
  });

  it('says the proposed method is stable without naming others, and nothing when it was not computed', () => {
    const r = result({ empty: false, leastCoreEpsilon: 0 }, [allocation('shapley', stable), allocation('nucleolus', stable)]);
    expect(proposedVerdict(r, 'shapley')).toEqual({ method: 'shapley', verdict: { kind: 'stable' }, stableInstead: [] });
    expect(proposedVerdict(r, 'equal')).toBeNull();
  });
});
