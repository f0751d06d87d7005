import { createStaffingRequestSchema, resubmitStaffingRequestSchema, reviewStaffingRequestSchema, staffingLimits } from '@eshkol/contracts/staffing';
import { describe, expect, it } from 'vitest';
import { readNumber } from '../../../lib/numbers';
import { buildDecision, buildProposal, buildRequest, emptyDecision, emptyRequest, fieldsOfProposal, grossRule, requestErrors, scopeRule, type RequestFields } from './request-form';

const ceo: RequestFields = { ...emptyRequest('open_position'), positionKind: 'ceo', scopePercent: 100, funding: 'programme', grossShekels: 28_000 };
const salary: RequestFields = { ...emptyRequest('salary'), positionId: '7', personName: ' דנה לוי ', fromDay: '2025-02-01', scopePercent: 50, grossShekels: 12_345.67 };

describe('a new staffing request', () => {
  it('sends an opening with the gross in agorot, as the contract takes it', () => {
    const built = buildRequest(ceo);
    expect(built).toEqual({ ok: true, body: { kind: 'open_position', positionKind: 'ceo', title: '', scopePercent: 100, funding: 'programme', grossAgorot: 2_800_000 } });
    expect(built.ok && createStaffingRequestSchema.safeParse(built.body).success).toBe(true);
  });

  it('turns typed shekels into agorot exactly, never losing or inventing an agora', () => {
    for (const [typed, agorot] of [['19.99', 1999], ['0.01', 1], ['150,000', 15_000_000], ['12,345.67', 1_234_567], ['1.1', 110], ['0.29', 29]] as const) {
      const read = readNumber(typed, grossRule);
      expect(read.ok, typed).toBe(true);
      const built = buildRequest({ ...ceo, grossShekels: read.ok ? read.value : null });
      expect(built.ok && built.body.grossAgorot, typed).toBe(agorot);
    }
  });

  it('checks the numbers with the contract’s ranges: a scope of whole percents 1–100, a gross up to ₪150,000 to the agora', () => {
    expect(readNumber('0', scopeRule)).toMatchObject({ ok: false, reason: 'too-small', limit: staffingLimits.scopeMin });
    expect(readNumber('101', scopeRule)).toMatchObject({ ok: false, reason: 'too-large', limit: staffingLimits.scopeMax });
    expect(readNumber('50.5', scopeRule)).toMatchObject({ ok: false, reason: 'too-many-decimals' });
    expect(readNumber('150,000.01', grossRule)).toMatchObject({ ok: false, reason: 'too-large', limit: 150_000 });
    expect(readNumber('0', grossRule)).toMatchObject({ ok: false, reason: 'too-small' });
    expect(readNumber('1.005', grossRule)).toMatchObject({ ok: false, reason: 'too-many-decimals' });
  });

  it('asks each kind for its own fields only', () => {
    expect(requestErrors(emptyRequest('open_position'))).toEqual({ positionKind: 'required', scopePercent: 'required', funding: 'required', grossShekels: 'required' });
    expect(requestErrors(emptyRequest('change_position'))).toEqual({ positionId: 'required', scopePercent: 'required', funding: 'required', grossShekels: 'required' });
    expect(requestErrors(emptyRequest('salary'))).toEqual({ positionId: 'required', personName: 'required', fromDay: 'required', scopePercent: 'required', grossShekels: 'required' });
  });

  it('needs a title for a position of another kind, and a name of two letters', () => {
    expect(requestErrors({ ...ceo, positionKind: 'other' })).toEqual({ title: 'required' });
    expect(requestErrors({ ...ceo, positionKind: 'other', title: ' א ' })).toEqual({ title: 'tooShort' });
    expect(buildRequest({ ...ceo, positionKind: 'other', title: ' רכז תחבורה ' })).toMatchObject({ ok: true, body: { title: 'רכז תחבורה' } });
    expect(requestErrors({ ...salary, personName: 'ד' })).toEqual({ personName: 'tooShort' });
  });

  it('sends a salary for its position, from a real day not before the position’s approval', () => {
    const built = buildRequest(salary, { approvedOn: '2025-01-01' });
    expect(built).toEqual({ ok: true, body: { kind: 'salary', positionId: 7, personName: 'דנה לוי', fromDay: '2025-02-01', scopePercent: 50, grossAgorot: 1_234_567 } });
    expect(built.ok && createStaffingRequestSchema.safeParse(built.body).success).toBe(true);
    expect(requestErrors({ ...salary, fromDay: '2025-02-30' })).toEqual({ fromDay: 'date' });
    expect(requestErrors(salary, { approvedOn: '2025-03-01' })).toEqual({ fromDay: 'beforeApproval' });
  });

  it('sends a change of an approved position’s terms', () => {
    const built = buildRequest({ ...emptyRequest('change_position'), positionId: '3', scopePercent: 80, funding: 'cluster', grossShekels: 31_000 });
    expect(built).toEqual({ ok: true, body: { kind: 'change_position', positionId: 3, scopePercent: 80, funding: 'cluster', grossAgorot: 3_100_000 } });
  });
});

describe('a returned request sent again', () => {
  it('starts from its latest proposal, shown in shekels, and sends it back as it was when nothing changed', () => {
    for (const p of [
      { kind: 'open_position', positionKind: 'other', title: 'רכז/ת', scopePercent: 50, funding: 'other', grossAgorot: 1_200_099 },
      { kind: 'change_position', scopePercent: 80, funding: 'cluster', grossAgorot: 3_100_000 },
      { kind: 'salary', personName: 'רון אבן', fromDay: '2025-03-01', scopePercent: 50, grossAgorot: 1_000_001 },
    ] as const) {
      const fields = fieldsOfProposal(p, 9);
      const again = buildProposal(fields);
      expect(again).toEqual({ ok: true, body: p });
      expect(again.ok && resubmitStaffingRequestSchema.safeParse(again.body).success).toBe(true);
    }
    expect(fieldsOfProposal({ kind: 'change_position', scopePercent: 80, funding: 'cluster', grossAgorot: 1_234_567 }, 9).grossShekels).toBe(12_345.67);
  });
});

describe('the regulator’s decision', () => {
  const today = '2025-06-10';
  it('needs a decision, and remarks to return or reject', () => {
    expect(buildDecision(emptyDecision, true, today)).toEqual({ ok: false, errors: { decision: 'required' } });
    expect(buildDecision({ ...emptyDecision, decision: 'return' }, true, today)).toEqual({ ok: false, errors: { remarks: 'required' } });
    expect(buildDecision({ ...emptyDecision, decision: 'reject', remarks: ' x ' }, true, today)).toEqual({ ok: false, errors: { remarks: 'tooShort' } });
    const returned = buildDecision({ ...emptyDecision, decision: 'return', remarks: ' השכר גבוה ' }, false, today);
    expect(returned).toEqual({ ok: true, body: { decision: 'return', remarks: 'השכר גבוה' } });
    expect(returned.ok && reviewStaffingRequestSchema.safeParse(returned.body).success).toBe(true);
  });

  it('approves an opening from the day of the approval’s letter, never a day to come; other requests have no such day', () => {
    expect(buildDecision({ ...emptyDecision, decision: 'approve' }, true, today)).toEqual({ ok: true, body: { decision: 'approve', remarks: '' } });
    expect(buildDecision({ ...emptyDecision, decision: 'approve', approvedOn: '2025-01-01' }, true, today)).toEqual({ ok: true, body: { decision: 'approve', remarks: '', approvedOn: '2025-01-01' } });
    expect(buildDecision({ ...emptyDecision, decision: 'approve', approvedOn: '2025-06-11' }, true, today)).toEqual({ ok: false, errors: { approvedOn: 'future' } });
    expect(buildDecision({ ...emptyDecision, decision: 'approve', approvedOn: '2025-02-30' }, true, today)).toEqual({ ok: false, errors: { approvedOn: 'date' } });
    expect(buildDecision({ ...emptyDecision, decision: 'approve', approvedOn: '2025-01-01' }, false, today)).toEqual({ ok: true, body: { decision: 'approve', remarks: '' } });
  });
});
