import type { Allocation, CostSharingResult } from '@eshkol/contracts/cost-sharing';
import { describe, expect, it } from 'vitest';
import { shapleyWayOf } from './shapley-way';

const share = (player: string, value: number, standardError: number | null = null) => ({
  player,
  share: value,
  shareAgorot: Math.round(value * 100),
  standardError,
  standAlone: value,
  saving: 0,
  savingPercent: 0,
  individuallyRational: true,
});
const allocation = (method: Allocation['method'], shares: Allocation['shares'], shapleyMethod?: Allocation['shapleyMethod']): Allocation => ({
  method,
  shares,
  individuallyRational: true,
  core: { inCore: null, blockingCoalition: null, maxExcess: null },
  epsilon: null,
  sampling: null,
  ...(shapleyMethod ? { shapleyMethod } : {}),
  linearPrograms: null,
  explanation: null,
});
const result = (total: number, allocations: Allocation[]): CostSharingResult => ({
  kind: 'cost',
  players: ['a', 'b'],
  total,
  totalAgorot: total * 100,
  standAlone: [],
  standAloneTotal: total,
  marginalToOthers: null,
  saving: 0,
  savingPercent: null,
  core: { empty: null, leastCoreEpsilon: null },
  allocations,
  failures: [],
  warnings: [],
});

describe('shapleyWayOf', () => {
  it('says nothing of the table of every group, of a result kept before the way was recorded, or without the Shapley value', () => {
    expect(shapleyWayOf(result(100, [allocation('shapley', [share('a', 50), share('b', 50)], 'table')]))).toBeNull();
    expect(shapleyWayOf(result(100, [allocation('shapley', [share('a', 50), share('b', 50)])]))).toBeNull();
    expect(shapleyWayOf(result(100, [allocation('equal', [share('a', 50), share('b', 50)])]))).toBeNull();
  });

  it('names the exact ways past the table', () => {
    expect(shapleyWayOf(result(100, [allocation('equal', []), allocation('shapley', [], 'airport')]))).toEqual({ way: 'airport' });
    expect(shapleyWayOf(result(100, [allocation('shapley', [], 'quantity-dp')]))).toEqual({ way: 'quantity-dp' });
  });

  it('gives an estimate’s largest standard error against the average share', () => {
    expect(shapleyWayOf(result(200, [allocation('shapley', [share('a', 120, 0.3), share('b', 80, 0.5)], 'sampled')]))).toEqual({ way: 'sampled', precision: 0.005 });
    expect(shapleyWayOf(result(0, [allocation('shapley', [share('a', 0, 0.1), share('b', 0, 0.1)], 'sampled')]))).toEqual({ way: 'sampled', precision: null });
  });
});
