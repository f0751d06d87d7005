import { addSeatSchema, setRulesSchema, tallyLimits } from '@eshkol/contracts/governance';
import { describe, expect, it } from 'vitest';
import { readNumber } from '../../../lib/numbers';
import { buildRules, buildSeat, fractionTermRule, rulesFields, termError, type SeatFields } from './governance-forms';

const seat: SeatFields = { personName: '', title: ' ראש הרשות ', email: '', role: 'member', behalf: 'authority', authorityId: 'loc-31', organisation: '', from: '2025-11-01', to: '' };

describe('a seat from its form', () => {
  it('builds what the contract takes: an office without a name, on behalf of an authority, for a running term', () => {
    const r = buildSeat(seat);
    expect(r).toEqual({ ok: true, body: { personName: null, title: 'ראש הרשות', email: null, userId: null, role: 'member', authorityId: 'loc-31', organisation: null, from: '2025-11-01', to: null } });
    if (r.ok) expect(addSeatSchema.safeParse(r.body).success).toBe(true);
  });

  it('names the fields to fix, and a term that ends before it starts', () => {
    expect(buildSeat({ ...seat, title: '', from: '', authorityId: null })).toEqual({ ok: false, errors: { title: 'required', from: 'required', authorityId: 'required' } });
    expect(buildSeat({ ...seat, behalf: 'organisation' })).toEqual({ ok: false, errors: { organisation: 'required' } });
    expect(termError('2025-11-01', '2025-10-31')).toBe('termOrder');
    expect(termError('2025-11-01', '2025-11-01')).toBeNull();
  });
});

describe('rules from their form', () => {
  it('gives back the rules it was filled with', () => {
    const rules = { quorum: { count: 3 }, majority: { of: 'present' as const, fraction: [2, 3] as [number, number], strict: false }, weights: 'population' as const, chairBreaksTie: false };
    const r = buildRules(rulesFields(rules, '2026-01-01'));
    expect(r).toEqual({ ok: true, body: { validFrom: '2026-01-01', note: '', rules } });
    if (r.ok) expect(setRulesSchema.safeParse(r.body).success).toBe(true);
  });

  it('refuses a fraction above one and empty figures', () => {
    expect(buildRules({ ...rulesFields(null, '2026-01-01'), majorityP: 3, majorityQ: 2, quorumQ: null })).toEqual({ ok: false, errors: { quorumQ: 'required', majorityP: 'fractionOrder' } });
  });

  it('keeps the chair’s casting vote to a simple majority of the votes cast, as the tally does', () => {
    const simple = { ...rulesFields(null, '2026-01-01'), chairBreaksTie: true };
    expect(buildRules(simple).ok).toBe(true);
    expect(buildRules({ ...simple, majorityOf: 'present' })).toEqual({ ok: false, errors: { chairBreaksTie: 'castingVote' } });
    expect(buildRules({ ...simple, majorityStrict: false })).toEqual({ ok: false, errors: { chairBreaksTie: 'castingVote' } });
    expect(buildRules({ ...simple, majorityP: 2, majorityQ: 3 })).toEqual({ ok: false, errors: { chairBreaksTie: 'castingVote' } });
  });

  it('reads a fraction’s terms as whole numbers within the tally’s range', () => {
    expect(readNumber('2', fractionTermRule)).toEqual({ ok: true, value: 2 });
    expect(readNumber('0', fractionTermRule)).toMatchObject({ ok: false, reason: 'too-small' });
    expect(readNumber('1.5', fractionTermRule)).toMatchObject({ ok: false, reason: 'too-many-decimals' });
    expect(readNumber(String(tallyLimits.fractionTerm + 1), fractionTermRule)).toMatchObject({ ok: false, reason: 'too-large' });
  });
});
