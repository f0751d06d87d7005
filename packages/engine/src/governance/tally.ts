/**
 * A vote of a cluster's body, counted by authority: one vote per member authority however many of
 * its people attend, quorum counted by the authorities present, and the body's rules — quorum,
 * majority, weights and the chair's casting vote — as data. Pure and exact: every threshold is
 * compared as `votes · q` against `p · base` in integers, never as a floating-point fraction.
 */

/** p/q of a base, 0 < p/q ≤ 1. */
export type Fraction = readonly [p: number, q: number];

export type QuorumRule =
  /** The authorities present (weighted, when weights apply) are more than (strict) or at least p/q of the voting members. */
  | { of: 'members'; fraction: Fraction; strict: boolean }
  /** At least `count` authorities present, never weighted. */
  | { count: number };

export type MajorityRule = {
  /** What the `for` votes are compared with: those cast (for + against), the authorities present, or all voting members. */
  of: 'cast' | 'present' | 'members';
  fraction: Fraction;
  strict: boolean;
};

export type VotingRules = {
  quorum: QuorumRule;
  majority: MajorityRule;
  /** `equal`: each authority 1; `population`: each authority its registry population. */
  weights: 'equal' | 'population';
  /** With a simple majority only: on an exact tie the chair's authority's vote decides. */
  chairBreaksTie: boolean;
};

export type Vote = 'for' | 'against' | 'abstain';

export type TallyInput = {
  rules: VotingRules;
  /** The body's voting member authorities (observers and invitees are not members). */
  members: readonly { authorityId: string; population?: number | null }[];
  chairAuthorityId?: string | null;
  /** Who is present, each person on behalf of a member authority. */
  attendance: readonly { person: string; authorityId: string }[];
  /** One ballot per authority present at most. */
  ballots: readonly { authorityId: string; vote: Vote }[];
};

export type TallyOutcome = 'passed' | 'failed' | 'no-quorum';

/** Why the outcome is what it is, for a page to word. */
export type TallyReason =
  | 'no-quorum'
  | 'majority-reached'
  | 'majority-not-reached'
  | 'no-votes-for'
  | 'tie-chair-for'
  | 'tie-chair-against'
  | 'tie-no-casting-vote';

export type Tally = {
  quorum: { met: boolean; present: number; required: number };
  /** Authorities, never persons. */
  counts: { for: number; against: number; abstain: number; notVoting: number; absent: number };
  /** The same by population, when the body's votes are weighted. */
  weighted: { for: number; against: number; abstain: number; present: number; members: number } | null;
  outcome: TallyOutcome;
  reason: TallyReason;
};

/** What is wrong with a tally's input (INVALID_TALLY). */
export const tallyFaults = [
  'no-members',
  'member-twice',
  'population-missing',
  'fraction-out-of-range',
  'quorum-count-not-positive',
  'chair-not-member',
  'chair-missing',
  'casting-vote-needs-simple-majority',
  'attendance-not-member',
  'ballot-not-member',
  'ballot-not-present',
  'ballot-twice',
] as const;
export type TallyFault = (typeof tallyFaults)[number];

const faultWords: Record<TallyFault, { en: string; he: string }> = {
  'no-members': { en: 'the body has no voting member', he: 'לגוף אין רשות חברה בעלת זכות הצבעה' },
  'member-twice': { en: 'a member authority is listed twice', he: 'רשות חברה מופיעה פעמיים' },
  'population-missing': { en: 'votes are weighted by population, but a member has none', he: 'ההצבעה משוקללת לפי אוכלוסייה, אך לרשות חברה אין מספר תושבים' },
  'fraction-out-of-range': { en: 'a fraction must be of whole numbers, more than 0 and at most 1', he: 'שבר חייב להיות של מספרים שלמים, גדול מ-0 ולכל היותר 1' },
  'quorum-count-not-positive': { en: 'the quorum count must be a whole number of at least 1', he: 'מספר הרשויות למניין חייב להיות מספר שלם, 1 לפחות' },
  'chair-not-member': { en: "the chair's authority is not a member of the body", he: 'רשות היושב ראש אינה חברה בגוף' },
  'chair-missing': { en: "the chair breaks ties, but no chair's authority is given", he: 'ליושב ראש קול מכריע, אך לא צוינה רשות היושב ראש' },
  'casting-vote-needs-simple-majority': { en: 'a casting vote is allowed only with a simple majority of the votes cast', he: 'קול מכריע מותר רק ברוב רגיל של המצביעים' },
  'attendance-not-member': { en: 'a person attends on behalf of an authority that is not a member', he: 'נוכח מטעם רשות שאינה חברה בגוף' },
  'ballot-not-member': { en: 'a ballot comes from an authority that is not a member', he: 'הצבעה של רשות שאינה חברה בגוף' },
  'ballot-not-present': { en: 'a ballot comes from an authority that is not present', he: 'הצבעה של רשות שאינה נוכחת' },
  'ballot-twice': { en: 'an authority voted twice', he: 'רשות הצביעה פעמיים' },
};

export class TallyError extends Error {
  readonly code = 'INVALID_TALLY';
  readonly messages: { en: string; he: string };
  constructor(
    readonly fault: TallyFault,
    readonly authorityId: string | null = null,
  ) {
    const words = faultWords[fault];
    const about = authorityId === null ? '' : ` (${authorityId})`;
    super(`${words.en}${about}`);
    this.name = 'TallyError';
    this.messages = { en: `${words.en}${about}`, he: `${words.he}${about}` };
  }
}

const fractionInRange = ([p, q]: Fraction) => Number.isSafeInteger(p) && Number.isSafeInteger(q) && p > 0 && q > 0 && p <= q;

/** What the tally would refuse in a body's rules alone, whoever attends: null when they can be used. */
export type RulesFault = Extract<TallyFault, 'fraction-out-of-range' | 'quorum-count-not-positive' | 'casting-vote-needs-simple-majority'>;

/**
 * The rules' own faults, before any vote: a fraction outside (0, 1], a quorum of no authority, or
 * a casting vote with a majority other than a simple one. A body's rules are checked with it when
 * they are set, so that no meeting finds them unusable.
 */
export function votingRulesFault(rules: VotingRules): RulesFault | null {
  if ('count' in rules.quorum) {
    if (!Number.isSafeInteger(rules.quorum.count) || rules.quorum.count < 1) return 'quorum-count-not-positive';
  } else if (!fractionInRange(rules.quorum.fraction)) return 'fraction-out-of-range';
  if (!fractionInRange(rules.majority.fraction)) return 'fraction-out-of-range';
  if (rules.chairBreaksTie && !isSimpleMajority(rules.majority)) return 'casting-vote-needs-simple-majority';
  return null;
}

/** `value` more than (strict) or at least p/q of `base`, in integers. */
function reaches(value: bigint, [p, q]: Fraction, base: bigint, strict: boolean): boolean {
  const left = value * BigInt(q);
  const right = BigInt(p) * base;
  return strict ? left > right : left >= right;
}

const isSimpleMajority = (m: MajorityRule) => m.of === 'cast' && m.strict && m.fraction[0] * 2 === m.fraction[1];

export function tallyVote(input: TallyInput): Tally {
  const { rules } = input;
  if (input.members.length === 0) throw new TallyError('no-members');
  const weightOf = new Map<string, bigint>();
  for (const m of input.members) {
    if (weightOf.has(m.authorityId)) throw new TallyError('member-twice', m.authorityId);
    if (rules.weights === 'population') {
      const population = m.population;
      if (population === null || population === undefined || !Number.isSafeInteger(population) || population < 0) throw new TallyError('population-missing', m.authorityId);
      weightOf.set(m.authorityId, BigInt(population));
    } else weightOf.set(m.authorityId, 1n);
  }
  const fault = votingRulesFault(rules);
  if (fault) throw new TallyError(fault);
  const chair = input.chairAuthorityId ?? null;
  if (chair !== null && !weightOf.has(chair)) throw new TallyError('chair-not-member', chair);
  if (rules.chairBreaksTie && chair === null) throw new TallyError('chair-missing');

  const present = new Set<string>();
  for (const a of input.attendance) {
    if (!weightOf.has(a.authorityId)) throw new TallyError('attendance-not-member', a.authorityId);
    present.add(a.authorityId);
  }
  const votes = new Map<string, Vote>();
  for (const b of input.ballots) {
    if (!weightOf.has(b.authorityId)) throw new TallyError('ballot-not-member', b.authorityId);
    if (!present.has(b.authorityId)) throw new TallyError('ballot-not-present', b.authorityId);
    if (votes.has(b.authorityId)) throw new TallyError('ballot-twice', b.authorityId);
    votes.set(b.authorityId, b.vote);
  }

  const sum = (ids: Iterable<string>) => {
    let total = 0n;
    for (const id of ids) total += weightOf.get(id)!;
    return total;
  };
  const withVote = (v: Vote) => [...votes].filter(([, vote]) => vote === v).map(([id]) => id);
  const ids = { for: withVote('for'), against: withVote('against'), abstain: withVote('abstain') };
  const w = { for: sum(ids.for), against: sum(ids.against), abstain: sum(ids.abstain), present: sum(present), members: sum(weightOf.keys()) };
  const counts = {
    for: ids.for.length,
    against: ids.against.length,
    abstain: ids.abstain.length,
    notVoting: present.size - votes.size,
    absent: weightOf.size - present.size,
  };
  const weighted = rules.weights === 'population' ? { for: Number(w.for), against: Number(w.against), abstain: Number(w.abstain), present: Number(w.present), members: Number(w.members) } : null;

  const quorum =
    'count' in rules.quorum
      ? { met: present.size >= rules.quorum.count, present: present.size, required: rules.quorum.count }
      : {
          met: reaches(w.present, rules.quorum.fraction, w.members, rules.quorum.strict),
          present: Number(w.present),
          required: (Number(w.members) * rules.quorum.fraction[0]) / rules.quorum.fraction[1],
        };
  const result = (outcome: TallyOutcome, reason: TallyReason): Tally => ({ quorum, counts, weighted, outcome, reason });
  if (!quorum.met) return result('no-quorum', 'no-quorum');
  if (counts.for === 0) return result('failed', 'no-votes-for');
  if (rules.chairBreaksTie && w.for === w.against) {
    const casting = votes.get(chair!);
    return casting === 'for' ? result('passed', 'tie-chair-for') : result('failed', casting === 'against' ? 'tie-chair-against' : 'tie-no-casting-vote');
  }
  const base = rules.majority.of === 'cast' ? w.for + w.against : rules.majority.of === 'present' ? w.present : w.members;
  return reaches(w.for, rules.majority.fraction, base, rules.majority.strict) ? result('passed', 'majority-reached') : result('failed', 'majority-not-reached');
}
