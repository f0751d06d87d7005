import type { Item, SetBallots, Unit } from '@eshkol/contracts/meetings';
import { unitKey, unitOfKey } from './units';

export const gridVotes = ['for', 'against', 'abstain', 'none'] as const;
/** A unit's row of the grid: a ballot, or `none` (present and not voting). */
export type GridVote = (typeof gridVotes)[number];
export type Grid = Readonly<Record<string, GridVote>>;

/** The grid as the item's recorded ballots set it: every voting member, `none` where there is no ballot. */
export function gridOf(members: readonly Unit[], ballots: Item['ballots']): Grid {
  const grid: Record<string, GridVote> = Object.fromEntries(members.map((m) => [unitKey(m), 'none' as GridVote]));
  for (const b of ballots) grid[unitKey(b)] = b.vote;
  return grid;
}

/**
 * The ballots to save when a row changes: every present member's vote but `none`, once each, in
 * the members' order. An absent member has no ballot (the server refuses one), whatever the grid
 * held for it before its people left.
 */
export function ballotsOf(members: readonly Unit[], grid: Grid, present: ReadonlySet<string>): SetBallots {
  const ballots: SetBallots['ballots'] = [];
  for (const m of members) {
    const key = unitKey(m);
    const vote = grid[key] ?? 'none';
    if (vote !== 'none' && present.has(key)) ballots.push({ ...unitOfKey(key), vote });
  }
  return { ballots };
}

/** The grid with one row changed. */
export const withVote = (grid: Grid, key: string, vote: GridVote): Grid => ({ ...grid, [key]: vote });
