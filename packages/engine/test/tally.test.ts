import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TallyError, tallyVote, votingRulesFault, type TallyInput, type Vote, type VotingRules } from '../src/governance/tally';

/** Votes counted by authority, with hand-computed cases for every rule. */

const simple: VotingRules = { quorum: { of: 'members', fraction: [1, 2], strict: true }, majority: { of: 'cast', fraction: [1, 2], strict: true }, weights: 'equal', chairBreaksTie: false };
const five = ['A', 'B', 'C', 'D', 'E'].map((authorityId, i) => ({ authorityId, population: [12_000, 8_000, 5_000, 3_000, 2_000][i]! }));

/** Each authority present by one person, with its vote (`-` present without a vote). */
function meeting(votes: Record<string, Vote | '-'>, over: Partial<TallyInput> = {}): TallyInput {
  const present = Object.keys(votes);
  return {
    rules: simple,
    members: five,
    chairAuthorityId: 'A',
    attendance: present.map((authorityId) => ({ person: `head-${authorityId}`, authorityId })),
    ballots: Object.entries(votes).flatMap(([authorityId, vote]) => (vote === '-' ? [] : [{ authorityId, vote }])),
    ...over,
  };
}

const fault = (input: TallyInput) => {
  try {
    tallyVote(input);
  } catch (e) {
    if (e instanceof TallyError) return { code: e.code, fault: e.fault, authorityId: e.authorityId };
    throw e;
  }
  return null;
};

describe('the quorum, counted by authorities present', () => {
  it('needs more than half of five members: three, not two', () => {
    expect(tallyVote(meeting({ A: 'for', B: 'for' }))).toMatchObject({ quorum: { met: false, present: 2, required: 2.5 }, outcome: 'no-quorum', reason: 'no-quorum' });
    expect(tallyVote(meeting({ A: 'for', B: 'for', C: '-' }))).toMatchObject({ quorum: { met: true, present: 3, required: 2.5 }, outcome: 'passed' });
  });

  it('counts an authority once however many of its people attend', () => {
    const many = meeting({ A: 'for', B: 'for' }, { attendance: ['mayor', 'deputy', 'ceo', 'treasurer'].flatMap((p) => [{ person: `${p}-A`, authorityId: 'A' }, { person: `${p}-B`, authorityId: 'B' }]) });
    expect(tallyVote(many).quorum).toEqual({ met: false, present: 2, required: 2.5 });
  });

  it('at least half (not strict) is met by exactly half', () => {
    const four = five.slice(0, 4);
    const rules = { ...simple, quorum: { of: 'members' as const, fraction: [1, 2] as const, strict: false } };
    expect(tallyVote(meeting({ A: 'for', B: '-' }, { members: four, rules })).quorum).toEqual({ met: true, present: 2, required: 2 });
    expect(tallyVote(meeting({ A: 'for', B: '-' }, { members: four })).quorum.met).toBe(false);
  });

  it('a minimum count of authorities, never weighted', () => {
    const rules: VotingRules = { ...simple, quorum: { count: 3 }, weights: 'population' };
    expect(tallyVote(meeting({ A: 'for', B: 'for' }, { rules })).quorum).toEqual({ met: false, present: 2, required: 3 });
    expect(tallyVote(meeting({ C: 'for', D: 'for', E: 'against' }, { rules })).quorum).toEqual({ met: true, present: 3, required: 3 });
  });

  it('by population when votes are weighted: A and B hold 20,000 of 30,000 residents', () => {
    const rules: VotingRules = { ...simple, weights: 'population' };
    expect(tallyVote(meeting({ A: 'for', B: 'for' }, { rules })).quorum).toEqual({ met: true, present: 20_000, required: 15_000 });
    expect(tallyVote(meeting({ C: 'for', D: 'for', E: 'for' }, { rules })).quorum).toEqual({ met: false, present: 10_000, required: 15_000 });
  });
});

describe('the majority', () => {
  it('simple majority of the votes cast: abstentions do not count', () => {
    const t = tallyVote(meeting({ A: 'for', B: 'abstain', C: 'abstain', D: 'against' }));
    expect(t).toMatchObject({ counts: { for: 1, against: 1, abstain: 2, notVoting: 0, absent: 1 }, outcome: 'failed', reason: 'majority-not-reached' });
    expect(tallyVote(meeting({ A: 'for', B: 'for', C: 'abstain', D: 'against' }))).toMatchObject({ outcome: 'passed', reason: 'majority-reached' });
  });

  it('two thirds of those present, not strict: 2 of 3 passes, 2 of 4 fails', () => {
    const rules: VotingRules = { ...simple, majority: { of: 'present', fraction: [2, 3], strict: false } };
    expect(tallyVote(meeting({ A: 'for', B: 'for', C: '-' }, { rules })).outcome).toBe('passed');
    expect(tallyVote(meeting({ A: 'for', B: 'for', C: '-', D: 'abstain' }, { rules })).outcome).toBe('failed');
  });

  it('unanimity of those present: one abstention fails it', () => {
    const rules: VotingRules = { ...simple, majority: { of: 'present', fraction: [1, 1], strict: false } };
    expect(tallyVote(meeting({ A: 'for', B: 'for', C: 'for' }, { rules })).outcome).toBe('passed');
    expect(tallyVote(meeting({ A: 'for', B: 'for', C: 'abstain' }, { rules })).outcome).toBe('failed');
  });

  it('a majority of all voting members: 3 of 5 even when only 3 attend', () => {
    const rules: VotingRules = { ...simple, majority: { of: 'members', fraction: [1, 2], strict: true } };
    expect(tallyVote(meeting({ A: 'for', B: 'for', C: 'for' }, { rules })).outcome).toBe('passed');
    expect(tallyVote(meeting({ A: 'for', B: 'for', C: 'for', D: 'against' }, { rules })).outcome).toBe('passed');
    expect(tallyVote(meeting({ A: 'for', B: 'for', C: 'abstain', D: 'against' }, { rules })).outcome).toBe('failed');
  });

  it('by population: A alone (12,000) outweighs C, D and E (10,000)', () => {
    const rules: VotingRules = { ...simple, weights: 'population' };
    const t = tallyVote(meeting({ A: 'for', C: 'against', D: 'against', E: 'against' }, { rules }));
    expect(t).toMatchObject({ counts: { for: 1, against: 3, abstain: 0, notVoting: 0, absent: 1 }, outcome: 'passed' });
    expect(t.weighted).toEqual({ for: 12_000, against: 10_000, abstain: 0, present: 22_000, members: 30_000 });
  });

  it('nothing passes without a vote for, even when no one votes against', () => {
    const rules: VotingRules = { ...simple, majority: { of: 'cast', fraction: [1, 2], strict: false } };
    expect(tallyVote(meeting({ A: 'abstain', B: 'abstain', C: '-' }, { rules }))).toMatchObject({ outcome: 'failed', reason: 'no-votes-for' });
  });

  it('compares exactly: 2 of 3 is at least 2/3, and not more than 2/3', () => {
    const atLeast: VotingRules = { ...simple, majority: { of: 'cast', fraction: [2, 3], strict: false } };
    const moreThan: VotingRules = { ...simple, majority: { of: 'cast', fraction: [2, 3], strict: true } };
    const votes = { A: 'for', B: 'for', C: 'against' } as const;
    expect(tallyVote(meeting(votes, { rules: atLeast })).outcome).toBe('passed');
    expect(tallyVote(meeting(votes, { rules: moreThan })).outcome).toBe('failed');
  });
});

describe("the chair's casting vote", () => {
  const casting: VotingRules = { ...simple, chairBreaksTie: true };

  it("decides an exact tie by the chair's authority's vote", () => {
    expect(tallyVote(meeting({ A: 'for', B: 'against', C: '-' }, { rules: casting }))).toMatchObject({ outcome: 'passed', reason: 'tie-chair-for' });
    expect(tallyVote(meeting({ A: 'against', B: 'for', C: '-' }, { rules: casting }))).toMatchObject({ outcome: 'failed', reason: 'tie-chair-against' });
    expect(tallyVote(meeting({ A: 'abstain', B: 'for', C: 'against' }, { rules: casting }))).toMatchObject({ outcome: 'failed', reason: 'tie-no-casting-vote' });
  });

  it('a tie without a casting vote fails', () => {
    expect(tallyVote(meeting({ A: 'for', B: 'against', C: '-' }))).toMatchObject({ outcome: 'failed', reason: 'majority-not-reached' });
  });

  it('decides a tie by population too: B (8,000) for, C and D (8,000) against', () => {
    const rules: VotingRules = { ...casting, weights: 'population' };
    const tie = tallyVote(meeting({ B: 'for', C: 'against', D: 'against', E: '-' }, { rules, chairAuthorityId: 'B' }));
    expect(tie.weighted).toMatchObject({ for: 8_000, against: 8_000 });
    expect(tie).toMatchObject({ counts: { for: 1, against: 2 }, outcome: 'passed', reason: 'tie-chair-for' });
    expect(tallyVote(meeting({ B: 'for', C: 'against', D: 'against', E: '-' }, { rules, chairAuthorityId: 'C' }))).toMatchObject({ outcome: 'failed', reason: 'tie-chair-against' });
  });
});

describe('bad input is refused with a reason', () => {
  it.each([
    ['no-members', meeting({}, { members: [], chairAuthorityId: null }), null],
    ['member-twice', meeting({ A: 'for' }, { members: [...five, five[1]!] }), 'B'],
    ['population-missing', meeting({ A: 'for' }, { rules: { ...simple, weights: 'population' }, members: [...five.slice(0, 4), { authorityId: 'E' }] }), 'E'],
    ['fraction-out-of-range', meeting({ A: 'for' }, { rules: { ...simple, majority: { of: 'cast', fraction: [3, 2], strict: false } } }), null],
    ['fraction-out-of-range', meeting({ A: 'for' }, { rules: { ...simple, quorum: { of: 'members', fraction: [0, 2], strict: false } } }), null],
    ['fraction-out-of-range', meeting({ A: 'for' }, { rules: { ...simple, quorum: { of: 'members', fraction: [0.5, 1], strict: false } } }), null],
    ['quorum-count-not-positive', meeting({ A: 'for' }, { rules: { ...simple, quorum: { count: 0 } } }), null],
    ['chair-not-member', meeting({ A: 'for' }, { chairAuthorityId: 'Z' }), 'Z'],
    ['chair-missing', meeting({ A: 'for' }, { rules: { ...simple, chairBreaksTie: true }, chairAuthorityId: null }), null],
    ['casting-vote-needs-simple-majority', meeting({ A: 'for' }, { rules: { ...simple, chairBreaksTie: true, majority: { of: 'present', fraction: [1, 2], strict: true } } }), null],
    ['casting-vote-needs-simple-majority', meeting({ A: 'for' }, { rules: { ...simple, chairBreaksTie: true, majority: { of: 'cast', fraction: [1, 2], strict: false } } }), null],
    ['attendance-not-member', meeting({ A: 'for' }, { attendance: [{ person: 'x', authorityId: 'Z' }] }), 'Z'],
    ['ballot-not-member', meeting({ A: 'for' }, { ballots: [{ authorityId: 'Z', vote: 'for' }] }), 'Z'],
    ['ballot-not-present', meeting({ A: 'for' }, { ballots: [{ authorityId: 'B', vote: 'for' }] }), 'B'],
    ['ballot-twice', meeting({ A: 'for' }, { ballots: [{ authorityId: 'A', vote: 'for' }, { authorityId: 'A', vote: 'against' }] }), 'A'],
  ] as const)('%s', (reason, input, authorityId) => {
    expect(fault(input)).toEqual({ code: 'INVALID_TALLY', fault: reason, authorityId });
  });

  it('words each reason in Hebrew and English', () => {
    const e = new TallyError('ballot-twice', 'loc-2710');
    expect(e.messages.he).toContain('הצביעה פעמיים');
    expect(e.messages.en).toContain('voted twice');
  });
});

describe('properties', () => {
  // Each of the five members votes, is present without a vote (-) or is absent.
  const votes = fc.constantFrom<Vote | '-' | 'absent'>('for', 'against', 'abstain', '-', 'absent');
  const rules = fc.record({
    quorum: fc.oneof(
      fc.record({ of: fc.constant('members' as const), fraction: fc.constantFrom<readonly [number, number]>([1, 2], [2, 3], [1, 3], [1, 1]), strict: fc.boolean() }),
      fc.record({ count: fc.integer({ min: 1, max: 6 }) }),
    ),
    majority: fc.record({ of: fc.constantFrom('cast' as const, 'present' as const, 'members' as const), fraction: fc.constantFrom<readonly [number, number]>([1, 2], [2, 3], [3, 4], [1, 1]), strict: fc.boolean() }),
    weights: fc.constantFrom('equal' as const, 'population' as const),
    chairBreaksTie: fc.boolean(),
  }).map((r) => (r.chairBreaksTie ? { ...r, majority: simple.majority } : r));
  const aMeeting = fc.record({ rules, votes: fc.array(votes, { minLength: 5, maxLength: 5 }) }).map(({ rules, votes }) => {
    const attending = five.flatMap((m, i) => { const v = votes[i]!; return v === 'absent' ? [] : [[m.authorityId, v] as const]; });
    return meeting(Object.fromEntries(attending), { rules });
  });

  it('a second person of a present authority never changes the result', () => {
    fc.assert(
      fc.property(aMeeting, fc.nat(), (input, pick) => {
        if (input.attendance.length === 0) return;
        const someone = input.attendance[pick % input.attendance.length]!;
        const more = { ...input, attendance: [...input.attendance, { person: `${someone.person}-deputy`, authorityId: someone.authorityId }] };
        expect(tallyVote(more)).toEqual(tallyVote(input));
      }),
    );
  });

  it("a vote for turned against never turns a failed vote into a passed one", () => {
    fc.assert(
      fc.property(aMeeting, fc.nat(), (input, pick) => {
        const fors = input.ballots.filter((b) => b.vote === 'for');
        if (fors.length === 0) return;
        const turned = fors[pick % fors.length]!.authorityId;
        const after = { ...input, ballots: input.ballots.map((b) => (b.authorityId === turned ? { ...b, vote: 'against' as const } : b)) };
        if (tallyVote(input).outcome !== 'passed') expect(tallyVote(after).outcome).not.toBe('passed');
      }),
    );
  });

  it('counts every member once: voting, present without a vote, or absent', () => {
    fc.assert(
      fc.property(aMeeting, (input) => {
        const { counts } = tallyVote(input);
        expect(counts.for + counts.against + counts.abstain + counts.notVoting + counts.absent).toBe(input.members.length);
      }),
    );
  });
});

describe("a body's rules, checked before any vote", () => {
  const rules = (over: Partial<VotingRules>): VotingRules => ({ ...simple, ...over });
  it.each([
    ['a simple majority with a casting vote', rules({ chairBreaksTie: true }), null],
    ['two thirds of those present', rules({ majority: { of: 'present', fraction: [2, 3], strict: false } }), null],
    ['unanimity of those present', rules({ majority: { of: 'present', fraction: [1, 1], strict: false } }), null],
    ['a quorum of three authorities', rules({ quorum: { count: 3 } }), null],
    ['a casting vote with two thirds', rules({ chairBreaksTie: true, majority: { of: 'present', fraction: [2, 3], strict: false } }), 'casting-vote-needs-simple-majority'],
    ['a casting vote with half, not strict', rules({ chairBreaksTie: true, majority: { of: 'cast', fraction: [1, 2], strict: false } }), 'casting-vote-needs-simple-majority'],
    ['a casting vote with a majority of all members', rules({ chairBreaksTie: true, majority: { of: 'members', fraction: [1, 2], strict: true } }), 'casting-vote-needs-simple-majority'],
    ['a quorum of no authority', rules({ quorum: { count: 0 } }), 'quorum-count-not-positive'],
    ['a quorum of zero halves', rules({ quorum: { of: 'members', fraction: [0, 2], strict: true } }), 'fraction-out-of-range'],
    ['a majority above one', rules({ majority: { of: 'cast', fraction: [3, 2], strict: true } }), 'fraction-out-of-range'],
  ] as const)('%s', (_name, r, fault) => {
    expect(votingRulesFault(r)).toBe(fault);
    // The tally refuses exactly the rules the check refuses, with the same reason.
    const run = () => tallyVote(meeting({ A: 'for' }, { rules: r }));
    if (fault) expect(run).toThrow(expect.objectContaining({ fault }));
    else expect(run).not.toThrow();
  });
});
