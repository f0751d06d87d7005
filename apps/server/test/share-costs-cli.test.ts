import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { eshkolWithoutDatabase, repoRoot } from './eshkol-process';

const game = {
  kind: 'cost',
  players: ['a', 'b'],
  coalitions: [
    { members: ['a'], value: 10 },
    { members: ['b'], value: 20 },
    { members: ['a', 'b'], value: 24 },
  ],
  methods: ['shapley', 'nucleolus'],
};

/** Computing shares is the engine's work: the command loads no database code, so it starts fast. */
describe('eshkol share-costs', () => {
  it('shares a game read from stdin without loading any database code', async () => {
    const { code, stdout, stderr } = await eshkolWithoutDatabase(['share-costs', '-'], JSON.stringify(game));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { allocations: { method: string; shares: { shareAgorot: number }[] }[] };
    expect(result.allocations.map((a) => [a.method, a.shares.map((s) => s.shareAgorot)])).toEqual([
      ['shapley', [700, 1700]],
      ['nucleolus', [700, 1700]],
    ]);
  });

  it('and the check has teeth: a command that opens the database fails under it', async () => {
    const { code, stderr } = await eshkolWithoutDatabase(['backup', path.join(repoRoot, '.never-written.tar')]);
    expect(code).not.toBe(0);
    expect(stderr).toContain('database code loaded');
  });
});

/** The example of the README: two members, one present by two people, voting for. */
const vote = {
  rules: { quorum: { of: 'members', fraction: [1, 2], strict: true }, majority: { of: 'cast', fraction: [1, 2], strict: true }, weights: 'equal', chairBreaksTie: false },
  members: [
    { authorityId: 'A', population: 12000 },
    { authorityId: 'B', population: 8000 },
  ],
  chairAuthorityId: 'A',
  attendance: [
    { person: 'p1', authorityId: 'A' },
    { person: 'p2', authorityId: 'A' },
  ],
  ballots: [{ authorityId: 'A', vote: 'for' }],
};

/** Counting a vote is the engine's work too. */
describe('eshkol tally', () => {
  it('counts a vote read from stdin by authority, without loading any database code', async () => {
    const { code, stdout, stderr } = await eshkolWithoutDatabase(['tally', '-'], JSON.stringify(vote));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    // One authority of two present is not more than half: two of its people do not make a quorum.
    expect(JSON.parse(stdout)).toEqual({
      quorum: { met: false, present: 1, required: 1 },
      counts: { for: 1, against: 0, abstain: 0, notVoting: 0, absent: 1 },
      weighted: null,
      outcome: 'no-quorum',
      reason: 'no-quorum',
    });
  });

  it('passes once the second authority attends, by a simple majority of the votes cast', async () => {
    const input = { ...vote, attendance: [...vote.attendance, { person: 'p3', authorityId: 'B' }], ballots: [...vote.ballots, { authorityId: 'B', vote: 'abstain' }] };
    const { code, stdout } = await eshkolWithoutDatabase(['tally', '-'], JSON.stringify(input));
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ quorum: { met: true, present: 2 }, counts: { for: 1, abstain: 1 }, outcome: 'passed', reason: 'majority-reached' });
  });

  it.each([
    ['not JSON', '{', 'not valid JSON'],
    ['the wrong shape', JSON.stringify({ ...vote, rules: { ...vote.rules, weights: 'by-size' } }), 'rules.weights'],
    ['a ballot from an authority not present', JSON.stringify({ ...vote, ballots: [{ authorityId: 'B', vote: 'for' }] }), 'INVALID_TALLY (ballot-not-present)'],
  ])('exits with 2 and says why on %s', async (_, stdin, message) => {
    const { code, stdout, stderr } = await eshkolWithoutDatabase(['tally', '-'], stdin);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
  });
});
