import type { Allocation, CostSharingResult } from '@eshkol/contracts/cost-sharing';
import { describe, expect, it } from 'vitest';
import { explanationLines } from './explanation-lines';

const share = (player: string, value: number) => ({ player, share: value, shareAgorot: value * 100, standardError: null, standAlone: 0, saving: 0, savingPercent: null, individuallyRational: true });
const allocation = (method: Allocation['method'], explanation: Allocation['explanation'], sampling: Allocation['sampling'] = null): Allocation => ({
  method,
  shares: [share('a', 60), share('b', 40)],
  individuallyRational: true,
  core: { inCore: true, blockingCoalition: null, maxExcess: 0 },
  epsilon: null,
  sampling,
  linearPrograms: null,
  explanation,
});
const result = (allocations: Allocation[]): CostSharingResult => ({
  kind: 'cost',
  players: ['a', 'b'],
  total: 100,
  totalAgorot: 10_000,
  standAlone: [
    { player: 'a', value: 70 },
    { player: 'b', value: 50 },
  ],
  standAloneTotal: 120,
  marginalToOthers: [
    { player: 'a', value: 50 },
    { player: 'b', value: 30 },
  ],
  saving: 20,
  savingPercent: 16.7,
  core: { empty: false, leastCoreEpsilon: 0 },
  allocations,
  failures: [],
  warnings: [],
});

describe('the sentences that explain an allocation', () => {
  it('gives each authority its average added cost under Shapley, then says that no group does better alone', () => {
    const a = allocation('shapley', { blocking: { count: 0, groups: [] }, levels: null });
    expect(explanationLines(result([a]), a)).toEqual([
      { kind: 'shapley', player: 'a', share: 60, marginal: 50, alone: 70 },
      { kind: 'shapley', player: 'b', share: 40, marginal: 30, alone: 50 },
      { kind: 'stable' },
    ]);
  });

  it('names the first groups of the first levels of the nucleolus and counts the rest', () => {
    const groups = [['a'], ['b'], ['c'], ['d']];
    const a = allocation('nucleolus', {
      blocking: { count: 0, groups: [] },
      levels: [
        { saving: 5, count: 4, groups },
        { saving: 8, count: 1, groups: [['a', 'b']] },
        { saving: 9, count: 1, groups: [['c']] },
        { saving: 12, count: 1, groups: [['d']] },
      ],
    });
    expect(explanationLines(result([a]), a)).toEqual([
      { kind: 'level', first: true, groups: [['a'], ['b'], ['c']], more: 1, saving: 5 },
      { kind: 'level', first: false, groups: [['a', 'b']], more: 0, saving: 8 },
      { kind: 'level', first: false, groups: [['c']], more: 0, saving: 9 },
      { kind: 'stable' },
    ]);
  });

  it('names up to five groups that would do better alone and counts the others; says when groups were not examined', () => {
    const many = Array.from({ length: 7 }, (_, i) => ({ members: [`p${i}`], saving: 70 - i }));
    const blocked = allocation('equal', { blocking: { count: 9, groups: many }, levels: null });
    const lines = explanationLines(result([blocked]), blocked);
    expect(lines.filter((l) => l.kind === 'blocking')).toHaveLength(5);
    expect(lines.at(-1)).toEqual({ kind: 'moreBlocking', more: 4 });
    const unexamined = allocation('equal', { blocking: null, levels: null });
    expect(explanationLines(result([unexamined]), unexamined)).toEqual([{ kind: 'notExamined' }]);
  });

  it('says nothing of a sampled Shapley value per authority, nor of a result kept before allocations were explained', () => {
    const sampled = allocation('shapley', { blocking: { count: 0, groups: [] }, levels: null }, { orders: 400, evaluations: 800 });
    expect(explanationLines(result([sampled]), sampled)).toEqual([{ kind: 'stable' }]);
    const old = allocation('shapley', null);
    expect(explanationLines(result([old]), old)).toEqual([]);
  });
});
