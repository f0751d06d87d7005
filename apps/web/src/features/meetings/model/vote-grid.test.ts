import { describe, expect, it } from 'vitest';
import { ballotsOf, gridOf, withVote } from './vote-grid';

const a = (id: string) => ({ authorityId: id, organisation: null, names: { nameHe: id, nameEn: null } });
const org = (name: string) => ({ authorityId: null, organisation: name, names: { nameHe: name, nameEn: null } });
const members = [a('loc-1'), a('loc-2'), a('rc-3')];

describe('the vote grid', () => {
  it('starts from the recorded ballots, every other member not voting', () => {
    expect(gridOf(members, [{ ...a('loc-2'), vote: 'against' }])).toEqual({ 'a:loc-1': 'none', 'a:loc-2': 'against', 'a:rc-3': 'none' });
  });

  it('sends every present member’s vote once, in the members’ order, and nothing for not voting', () => {
    let grid = gridOf(members, []);
    grid = withVote(grid, 'a:rc-3', 'for');
    grid = withVote(grid, 'a:loc-1', 'abstain');
    grid = withVote(grid, 'a:loc-2', 'none');
    expect(ballotsOf(members, grid, new Set(['a:loc-1', 'a:loc-2', 'a:rc-3']))).toEqual({
      ballots: [
        { authorityId: 'loc-1', organisation: null, vote: 'abstain' },
        { authorityId: 'rc-3', organisation: null, vote: 'for' },
      ],
    });
  });

  it('sends no ballot for a member with nobody present, whatever the grid held', () => {
    const grid = withVote(withVote(gridOf(members, []), 'a:loc-1', 'for'), 'a:loc-2', 'for');
    expect(ballotsOf(members, grid, new Set(['a:loc-2'])).ballots).toEqual([{ authorityId: 'loc-2', organisation: null, vote: 'for' }]);
  });

  it('votes an organisation by its name in the programme’s bodies', () => {
    const bodies = [org('משרד האוצר'), org('ג׳וינט ישראל')];
    const grid = withVote(gridOf(bodies, []), 'o:משרד האוצר', 'against');
    expect(ballotsOf(bodies, grid, new Set(['o:משרד האוצר', 'o:ג׳וינט ישראל'])).ballots).toEqual([{ authorityId: null, organisation: 'משרד האוצר', vote: 'against' }]);
  });
});
