import type { Sensitivity } from '@eshkol/contracts/cost-sharing';

/** How far the joint cost may rise before an authority would do better alone, as a sentence needs it. */
export type BreakEvenWords =
  | { kind: 'already' }
  /** Exactly at this rise (a fraction). */
  | { kind: 'at'; change: number }
  /** Somewhere in this step of the grid: no worse at `from`, worse at `to`. */
  | { kind: 'between'; from: number; to: number }
  /** Never within the search: the joint cost may rise by `upTo` and more. */
  | { kind: 'none'; upTo: number }
  /** Not within `upTo`, beyond which the method is undefined, so further is not known. */
  | { kind: 'unknown'; upTo: number };

export type SensitivityRow = {
  player: string;
  /** The share at no change, at −range and at +range of the joint cost; null where the method is undefined. */
  now: number | null;
  low: number | null;
  high: number | null;
  /** The share when the authority's own quantity moves by −range and +range; null for a game without quantities. */
  quantityLow: number | null;
  quantityHigh: number | null;
  breakEven: BreakEvenWords;
};

const shareIn = (shares: { player: string; share: number }[] | null, player: string) => shares?.find((s) => s.player === player)?.share ?? null;

function breakEvenOf(s: Sensitivity, b: Sensitivity['breakEven'][number], upTo: number): BreakEvenWords {
  if (b.change === 0) return { kind: 'already' };
  if (b.change !== null) return b.exact || b.below === null ? { kind: 'at', change: b.change } : { kind: 'between', from: b.below, to: b.change };
  return s.searchedTo >= upTo ? { kind: 'none', upTo } : { kind: 'unknown', upTo: s.searchedTo };
}

/** One row per authority, in the order of the analysis. `upTo`: how far the break-even search goes (the contract's `breakEvenSearch.upTo`). */
export function sensitivityRows(s: Sensitivity, upTo: number): SensitivityRow[] {
  const first = s.jointCost[0];
  const last = s.jointCost[s.jointCost.length - 1];
  const none = s.jointCost.find((p) => p.change === 0);
  return s.breakEven.map((b) => {
    const q = s.quantities?.find((x) => x.player === b.player);
    return {
      player: b.player,
      now: shareIn(none?.shares ?? null, b.player),
      low: shareIn(first?.shares ?? null, b.player),
      high: shareIn(last?.shares ?? null, b.player),
      quantityLow: q ? shareIn(q.low.shares, b.player) : null,
      quantityHigh: q ? shareIn(q.high.shares, b.player) : null,
      breakEven: breakEvenOf(s, b, upTo),
    };
  });
}

/**
 * Each authority's saving as a share of what it pays alone, at every point of the joint cost: the
 * chart's lines, which cross zero where the authority would do better alone. Null where the method
 * is undefined, or for an authority that pays nothing alone.
 */
export function savingShares(s: Sensitivity, standAlone: ReadonlyMap<string, number>): { changes: number[]; lines: { player: string; values: (number | null)[] }[] } {
  const changes = s.jointCost.map((p) => p.change);
  const lines = s.breakEven.map(({ player }) => ({
    player,
    values: s.jointCost.map((p) => {
      const saving = p.shares?.find((x) => x.player === player)?.saving;
      const alone = standAlone.get(player) ?? 0;
      return saving === undefined || alone <= 0 ? null : saving / alone;
    }),
  }));
  return { changes, lines };
}

/** The authorities that would do better alone at the top of the range (a saving below minus half an agora). */
export function worseOffAtTop(s: Sensitivity): string[] {
  const top = s.jointCost[s.jointCost.length - 1];
  return top?.shares?.filter((x) => x.saving < -0.005).map((x) => x.player) ?? [];
}
