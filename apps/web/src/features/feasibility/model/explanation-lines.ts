import type { Allocation, CostSharingResult } from '@eshkol/contracts/cost-sharing';

/** How many groups a sentence names before it says how many more there are. */
export const groupsNamed = { blocking: 5, perLevel: 3, levels: 3 } as const;

/** One sentence of the explanation: its kind and its figures; the page words it. */
export type ExplanationLine =
  | { kind: 'shapley'; player: string; share: number; marginal: number | null; alone: number | null }
  | { kind: 'level'; first: boolean; groups: string[][]; more: number; saving: number }
  | { kind: 'blocking'; members: string[]; saving: number }
  | { kind: 'moreBlocking'; more: number }
  | { kind: 'stable' }
  | { kind: 'notExamined' };

/**
 * Why the participants pay what they pay under one method of a result, as sentences: for the
 * Shapley value each authority's average added cost beside what it adds to all the others and
 * what it would pay alone; for the nucleolus family the levels at which groups are held; for any
 * method the groups that would do better alone. Empty for a result kept before allocations were explained.
 */
export function explanationLines(result: CostSharingResult, allocation: Allocation): ExplanationLine[] {
  const explanation = allocation.explanation;
  if (!explanation) return [];
  const marginal = new Map((result.marginalToOthers ?? []).map((m) => [m.player, m.value]));
  const alone = new Map(result.standAlone.map((s) => [s.player, s.value]));
  const lines: ExplanationLine[] = [];
  if (allocation.method === 'shapley' && allocation.sampling === null) {
    for (const s of allocation.shares) lines.push({ kind: 'shapley', player: s.player, share: s.share, marginal: marginal.get(s.player) ?? null, alone: alone.get(s.player) ?? null });
  }
  (explanation.levels ?? []).slice(0, groupsNamed.levels).forEach((level, i) => {
    const groups = level.groups.slice(0, groupsNamed.perLevel);
    lines.push({ kind: 'level', first: i === 0, groups, more: level.count - groups.length, saving: level.saving });
  });
  const blocking = explanation.blocking;
  if (blocking === null) lines.push({ kind: 'notExamined' });
  else if (blocking.count === 0) lines.push({ kind: 'stable' });
  else {
    const named = blocking.groups.slice(0, groupsNamed.blocking);
    for (const g of named) lines.push({ kind: 'blocking', members: g.members, saving: g.saving });
    if (blocking.count > named.length) lines.push({ kind: 'moreBlocking', more: blocking.count - named.length });
  }
  return lines;
}
