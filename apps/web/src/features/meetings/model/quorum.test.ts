import type { MeetingDetail } from '@eshkol/contracts/meetings';
import { describe, expect, it } from 'vitest';
import { quorumView, unitsPresent } from './quorum';

type Meeting = Pick<MeetingDetail, 'quorum' | 'rules' | 'members' | 'attendance'>;
const unit = (authorityId: string) => ({ authorityId, organisation: null, names: { nameHe: authorityId, nameEn: null } });
const members = ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map(unit);
const person = (id: number, authorityId: string, counts = true): MeetingDetail['attendance'][number] => ({ id, seatId: id, personName: null, title: 'ראש הרשות', role: 'member', unit: unit(authorityId), counts });
const rules = (quorum: NonNullable<MeetingDetail['rules']>['rules']['quorum'], weights: 'equal' | 'population' = 'equal'): MeetingDetail['rules'] => ({
  id: 1,
  validFrom: '2024-01-01',
  note: '',
  rules: { quorum, majority: { of: 'cast', fraction: [1, 2], strict: true }, weights, chairBreaksTie: false },
});
const meeting = (over: Partial<Meeting>): Meeting => ({ members, attendance: [], quorum: { met: false, present: 0, required: 3.5 }, rules: rules({ of: 'members', fraction: [1, 2], strict: true }), ...over });

describe('the quorum in words', () => {
  it('counts authorities, not persons, and only those who count', () => {
    const present = unitsPresent([person(1, 'A'), person(2, 'A'), person(3, 'B'), person(4, 'C', false)]);
    expect([...present].sort()).toEqual(['a:A', 'a:B']);
  });

  it('says how many authorities more than half of seven takes: four', () => {
    expect(quorumView(meeting({ quorum: { met: false, present: 3, required: 3.5 } }))).toEqual({ kind: 'count', met: false, present: 3, members: 7, needed: 4 });
  });

  it('takes exactly the threshold when "at least" and whole, and the next whole number when strict', () => {
    const half = (strict: boolean, required: number, n: number) =>
      quorumView(meeting({ members: members.slice(0, n), quorum: { met: true, present: 4, required }, rules: rules({ of: 'members', fraction: [1, 2], strict }) }));
    expect(half(false, 3, 6)).toMatchObject({ needed: 3 });
    expect(half(true, 3, 6)).toMatchObject({ needed: 4 });
    expect(half(false, 3.5, 7)).toMatchObject({ needed: 4 });
    const twoThirds = quorumView(meeting({ quorum: { met: false, present: 2, required: 14 / 3 }, rules: rules({ of: 'members', fraction: [2, 3], strict: false }) }));
    expect(twoThirds).toMatchObject({ needed: 5 });
  });

  it('gives a fixed count as it is', () => {
    expect(quorumView(meeting({ quorum: { met: true, present: 3, required: 3 }, rules: rules({ count: 3 }) }))).toMatchObject({ kind: 'count', needed: 3, met: true });
  });

  it('speaks of residents when votes weigh by population', () => {
    const view = quorumView(meeting({ attendance: [person(1, 'A')], quorum: { met: false, present: 12_000, required: 30_000 }, rules: rules({ of: 'members', fraction: [1, 2], strict: true }, 'population') }));
    expect(view).toEqual({ kind: 'weighted', met: false, present: 1, members: 7, weightPresent: 12_000, weightRequired: 30_000, strict: true });
  });

  it('has nothing to say without rules', () => {
    expect(quorumView(meeting({ quorum: null, rules: null }))).toBeNull();
  });
});
