import { addSeatSchema, setRulesSchema, tallyLimits, type AddSeat, type BodyRules, type SeatRole, type SetRules } from '@eshkol/contracts/governance';
import type { NumberRule } from '../../../lib/numbers';

export type FieldError = 'required' | 'termOrder' | 'fractionOrder' | 'castingVote';
type Built<B, F extends string> = { ok: true; body: B } | { ok: false; errors: Partial<Record<F, FieldError>> };

/** A fraction's term and a quorum's count: whole numbers the tally takes (at least 1, at most the contract's largest). */
export const fractionTermRule: NumberRule = { min: 1, max: tallyLimits.fractionTerm, decimals: 0 };
export const quorumCountRule: NumberRule = { min: 1, max: tallyLimits.members, decimals: 0 };

export type SeatFields = {
  personName: string;
  title: string;
  email: string;
  role: SeatRole;
  behalf: 'authority' | 'organisation';
  authorityId: string | null;
  organisation: string;
  from: string;
  to: string;
};

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** A seat as the contract takes it, or the fields to fix. The term's order is checked as it is typed too (`termError`). */
export function buildSeat(f: SeatFields): Built<AddSeat, keyof SeatFields> {
  const errors: Partial<Record<keyof SeatFields, FieldError>> = {};
  if (f.title.trim() === '') errors.title = 'required';
  if (f.from === '') errors.from = 'required';
  if (f.behalf === 'authority' && !f.authorityId) errors.authorityId = 'required';
  if (f.behalf === 'organisation' && f.organisation.trim() === '') errors.organisation = 'required';
  const term = termError(f.from, f.to);
  if (term) errors.to = term;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const parsed = addSeatSchema.safeParse({
    personName: orNull(f.personName),
    title: f.title.trim(),
    email: orNull(f.email),
    role: f.role,
    authorityId: f.behalf === 'authority' ? f.authorityId : null,
    organisation: f.behalf === 'organisation' ? f.organisation.trim() : null,
    from: f.from,
    to: f.to === '' ? null : f.to,
  });
  // What the schema refuses beyond this (a name too short, a malformed address) the server names by field.
  return parsed.success ? { ok: true, body: parsed.data } : { ok: false, errors: Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), 'required' as const])) };
}

/** A term that ends before it starts. */
export const termError = (from: string, to: string): FieldError | null => (from !== '' && to !== '' && to < from ? 'termOrder' : null);

export type RulesFields = {
  quorumBy: 'share' | 'count';
  quorumP: number | null;
  quorumQ: number | null;
  quorumStrict: boolean;
  quorumCount: number | null;
  majorityOf: BodyRules['majority']['of'];
  majorityP: number | null;
  majorityQ: number | null;
  majorityStrict: boolean;
  weights: BodyRules['weights'];
  chairBreaksTie: boolean;
  validFrom: string;
  note: string;
};

/** The fields of a body's rules as they are. */
export function rulesFields(rules: BodyRules | null, validFrom: string): RulesFields {
  const r: BodyRules = rules ?? { quorum: { of: 'members', fraction: [1, 2], strict: true }, majority: { of: 'cast', fraction: [1, 2], strict: true }, weights: 'equal', chairBreaksTie: false };
  const share = 'count' in r.quorum ? null : r.quorum;
  return {
    quorumBy: share ? 'share' : 'count',
    quorumP: share?.fraction[0] ?? 1,
    quorumQ: share?.fraction[1] ?? 2,
    quorumStrict: share?.strict ?? true,
    quorumCount: 'count' in r.quorum ? r.quorum.count : 3,
    majorityOf: r.majority.of,
    majorityP: r.majority.fraction[0],
    majorityQ: r.majority.fraction[1],
    majorityStrict: r.majority.strict,
    weights: r.weights,
    chairBreaksTie: r.chairBreaksTie,
    validFrom,
    note: '',
  };
}

/** New rules as the contract takes them, or the fields to fix; what the tally refuses (a casting vote without a simple majority) the server says. */
export function buildRules(f: RulesFields): Built<SetRules, keyof RulesFields> {
  const errors: Partial<Record<keyof RulesFields, FieldError>> = {};
  const need = (key: keyof RulesFields, v: number | null) => v === null && (errors[key] = 'required');
  if (f.quorumBy === 'share') {
    need('quorumP', f.quorumP);
    need('quorumQ', f.quorumQ);
    if (f.quorumP !== null && f.quorumQ !== null && f.quorumP > f.quorumQ) errors.quorumP = 'fractionOrder';
  } else need('quorumCount', f.quorumCount);
  need('majorityP', f.majorityP);
  need('majorityQ', f.majorityQ);
  if (f.majorityP !== null && f.majorityQ !== null && f.majorityP > f.majorityQ) errors.majorityP = 'fractionOrder';
  if (f.validFrom === '') errors.validFrom = 'required';
  // The chair's casting vote only breaks a tie of a simple majority of the votes cast (the tally refuses it otherwise).
  const simple = f.majorityOf === 'cast' && f.majorityStrict && f.majorityP !== null && f.majorityQ !== null && f.majorityP * 2 === f.majorityQ;
  if (f.chairBreaksTie && !simple) errors.chairBreaksTie = 'castingVote';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const quorum = f.quorumBy === 'share' ? { of: 'members' as const, fraction: [f.quorumP!, f.quorumQ!] as [number, number], strict: f.quorumStrict } : { count: f.quorumCount! };
  const body = {
    validFrom: f.validFrom,
    note: f.note.trim(),
    rules: { quorum, majority: { of: f.majorityOf, fraction: [f.majorityP!, f.majorityQ!] as [number, number], strict: f.majorityStrict }, weights: f.weights, chairBreaksTie: f.chairBreaksTie },
  };
  const parsed = setRulesSchema.safeParse(body);
  return parsed.success ? { ok: true, body: parsed.data } : { ok: false, errors: { note: 'required' } };
}
