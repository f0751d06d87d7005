import { describe, expect, it } from 'vitest';
import type { CostSharingInput } from '../src/cost-sharing/input';
import { shareCosts } from '../src/cost-sharing/share-costs';

/** Four authorities, each group's cost given: pairs of the two large ones are cheap, so Shapley leaves them better off alone. */
const players = ['safed', 'rosh-pina', 'hatzor', 'metula'];
const cost = (members: string[]) => {
  const big = members.filter((m) => m === 'safed' || m === 'rosh-pina').length;
  return 100 * members.length - (big === 2 ? 60 : 0) - (members.length >= 3 ? 25 * (members.length - 2) : 0);
};
const groups = Array.from({ length: 15 }, (_, k) => players.filter((_, i) => ((k + 1) >> i) & 1));
const input: CostSharingInput = {
  kind: 'cost',
  players,
  coalitions: groups.map((members) => ({ members, value: cost(members) })),
  model: null,
  weights: null,
  methods: ['equal', 'shapley', 'prenucleolus', 'nucleolus'],
  options: { shapleySamples: null, shapleyPrecision: null, seed: 1 },
};

/** What a group saves by the allocation against acting alone: its cost alone less what its members pay. */
const savingOf = (members: string[], shares: { player: string; share: number }[]) => cost(members) - members.reduce((s, m) => s + shares.find((x) => x.player === m)!.share, 0);

describe('why each authority pays what it pays', () => {
  it('names every group that would do better alone, with what it would save, the largest first', async () => {
    const result = await shareCosts(input);
    for (const a of result.allocations) {
      const expected = groups
        .filter((g) => g.length < players.length)
        .map((g) => ({ members: g, saving: -savingOf(g, a.shares) }))
        .filter((g) => g.saving > 1e-6);
      const blocking = a.explanation!.blocking!;
      expect(blocking.count, a.method).toBe(expected.length);
      expect(blocking.groups.map((g) => g.saving)).toEqual([...blocking.groups.map((g) => g.saving)].sort((x, y) => y - x));
      for (const g of blocking.groups) expect(g.saving).toBeCloseTo(-savingOf(g.members, a.shares), 6);
    }
    const equal = result.allocations.find((a) => a.method === 'equal')!;
    expect(equal.explanation!.blocking!.groups[0]!.members).toEqual(['safed', 'rosh-pina']);
    expect(equal.explanation!.levels).toBeNull();
  });

  it('gives the levels of the pre-nucleolus: the first is the least any group saves, and every group named saves exactly that', async () => {
    const result = await shareCosts(input);
    for (const method of ['prenucleolus', 'nucleolus'] as const) {
      const a = result.allocations.find((x) => x.method === method)!;
      const levels = a.explanation!.levels!;
      expect(levels.length).toBeGreaterThan(0);
      for (const level of levels) {
        expect(level.groups.length).toBe(Math.min(level.count, 20));
        for (const g of level.groups) expect(savingOf(g, a.shares)).toBeCloseTo(level.saving, 6);
      }
      const least = Math.min(...groups.filter((g) => g.length < players.length).map((g) => savingOf(g, a.shares)));
      expect(levels[0]!.saving).toBeCloseTo(least, 6);
      expect(levels.map((l) => l.saving)).toEqual([...levels.map((l) => l.saving)].sort((x, y) => x - y));
    }
  });

  it('gives what each authority adds to the group of all the others', async () => {
    const result = await shareCosts(input);
    expect(result.marginalToOthers).toEqual(players.map((p) => ({ player: p, value: cost(players) - cost(players.filter((q) => q !== p)) })));
  });

  it('does not examine the groups beyond 20 participants', async () => {
    const many = Array.from({ length: 21 }, (_, i) => `p${i}`);
    const result = await shareCosts({
      ...input,
      players: many,
      coalitions: null,
      model: { type: 'power', fixed: 100, scale: 10, exponent: 0.8, quantities: Object.fromEntries(many.map((p, i) => [p, 10 + i])) },
      methods: ['shapley'],
    });
    expect(result.allocations[0]!.explanation).toEqual({ blocking: null, levels: null });
    expect(result.marginalToOthers).toHaveLength(21);
  });
});
