import { isoDateSchema } from '@eshkol/contracts/common';
import {
  staffingLimits,
  type CreateStaffingRequest,
  type FundingSource,
  type PositionKind,
  type ReviewStaffingRequest,
  type StaffingProposal,
  type StaffingRequestKind,
} from '@eshkol/contracts/staffing';
import { agorotOfShekels, shekelsOfAgorot, type NumberRule } from '../../../lib/numbers';

/** A position's scope as typed: a whole percent of a full position, in the contract's range. */
export const scopeRule: NumberRule = { min: staffingLimits.scopeMin, max: staffingLimits.scopeMax, decimals: 0 };
/** A monthly gross as typed, in shekels: from one agora to the contract's largest, to the agora. */
export const grossRule: NumberRule = { min: 0.01, max: shekelsOfAgorot(staffingLimits.grossMaxAgorot), decimals: 2 };

export type FieldError = 'required' | 'tooShort' | 'date' | 'beforeApproval' | 'future';
type Errors<F extends string> = Partial<Record<F, FieldError>>;
type Result<T, F extends string> = { ok: true; body: T } | { ok: false; errors: Errors<F> };

/**
 * A request's fields as the form holds them: every kind's, the kind choosing which are asked.
 * Numbers are what their fields read (null while empty or refused); the gross is in shekels.
 */
export type RequestFields = {
  kind: StaffingRequestKind;
  /** The approved position a change or a salary is for (its id as a select gives it). */
  positionId: string;
  positionKind: PositionKind | '';
  title: string;
  scopePercent: number | null;
  funding: FundingSource | '';
  grossShekels: number | null;
  personName: string;
  fromDay: string;
};
export type RequestField = keyof RequestFields;

export const emptyRequest = (kind: StaffingRequestKind = 'open_position'): RequestFields => ({
  kind,
  positionId: '',
  positionKind: '',
  title: '',
  scopePercent: null,
  funding: '',
  grossShekels: null,
  personName: '',
  fromDay: '',
});

/** The fields each kind of request asks. */
export const fieldsOfKind: Record<StaffingRequestKind, readonly RequestField[]> = {
  open_position: ['positionKind', 'title', 'scopePercent', 'funding', 'grossShekels'],
  change_position: ['positionId', 'scopePercent', 'funding', 'grossShekels'],
  salary: ['positionId', 'personName', 'fromDay', 'scopePercent', 'grossShekels'],
};

/** A day as a date field gives it, checked as the contract checks it (a real day, a year of four digits). */
export const dayError = (value: string): FieldError | null => (value === '' || isoDateSchema.safeParse(value).success ? null : 'date');

const textError = (value: string, min: number): FieldError | null => (value.length >= min ? null : value ? 'tooShort' : 'required');

/** What the position a salary is for allows: nobody starts in it before the day it was approved. */
export type PositionFacts = { approvedOn: string | null };

/**
 * What is wrong with the fields of the request's kind, before it is sent: each the contract's rule
 * (a title for a position of another kind, a name of two letters, a real day), and a salary's
 * first day not before its position's approval.
 */
export function requestErrors(f: RequestFields, position?: PositionFacts): Errors<RequestField> {
  const asked = new Set(fieldsOfKind[f.kind]);
  const errors: Errors<RequestField> = {};
  const set = (field: RequestField, error: FieldError | null) => {
    if (error && asked.has(field)) errors[field] = error;
  };
  set('positionId', f.positionId ? null : 'required');
  set('positionKind', f.positionKind ? null : 'required');
  if (f.positionKind === 'other') set('title', textError(f.title.trim(), 2));
  set('scopePercent', f.scopePercent === null ? 'required' : null);
  set('funding', f.funding ? null : 'required');
  set('grossShekels', f.grossShekels === null ? 'required' : null);
  set('personName', textError(f.personName.trim(), 2));
  const day = f.fromDay ? dayError(f.fromDay) : 'required';
  set('fromDay', day ?? (position?.approvedOn && f.fromDay < position.approvedOn ? 'beforeApproval' : null));
  return errors;
}

/** The proposal of the fields (of their kind), as a new request or a returned one's new version sends it: the gross in agorot. */
export function buildProposal(f: RequestFields, position?: PositionFacts): Result<StaffingProposal, RequestField> {
  const errors = requestErrors(f, position);
  const { scopePercent, grossShekels } = f;
  if (Object.keys(errors).length > 0 || scopePercent === null || grossShekels === null) return { ok: false, errors };
  const grossAgorot = agorotOfShekels(grossShekels);
  if (f.kind === 'salary') return { ok: true, body: { kind: 'salary', personName: f.personName.trim(), fromDay: f.fromDay, scopePercent, grossAgorot } };
  if (f.funding === '') return { ok: false, errors: { funding: 'required' } };
  if (f.kind === 'change_position') return { ok: true, body: { kind: 'change_position', scopePercent, funding: f.funding, grossAgorot } };
  if (f.positionKind === '') return { ok: false, errors: { positionKind: 'required' } };
  return { ok: true, body: { kind: 'open_position', positionKind: f.positionKind, title: f.title.trim(), scopePercent, funding: f.funding, grossAgorot } };
}

/** A new request: the proposal, and for a change or a salary the position it is for. */
export function buildRequest(f: RequestFields, position?: PositionFacts): Result<CreateStaffingRequest, RequestField> {
  const built = buildProposal(f, position);
  if (!built.ok) return built;
  const p = built.body;
  return { ok: true, body: p.kind === 'open_position' ? p : { ...p, positionId: Number(f.positionId) } };
}

/** A returned request's latest proposal as the form's fields, to change and send again. */
export function fieldsOfProposal(p: StaffingProposal, positionId: number): RequestFields {
  const base = { ...emptyRequest(p.kind), positionId: String(positionId), scopePercent: p.scopePercent, grossShekels: shekelsOfAgorot(p.grossAgorot) };
  if (p.kind === 'salary') return { ...base, personName: p.personName, fromDay: p.fromDay };
  if (p.kind === 'change_position') return { ...base, funding: p.funding };
  return { ...base, positionKind: p.positionKind, title: p.title, funding: p.funding };
}

export type Decision = ReviewStaffingRequest['decision'];
export const decisions: readonly Decision[] = ['approve', 'return', 'reject'];
export type DecisionFields = { decision: Decision | ''; remarks: string; approvedOn: string };
export type DecisionField = keyof DecisionFields;
export const emptyDecision: DecisionFields = { decision: '', remarks: '', approvedOn: '' };

/**
 * The regulator's decision: remarks are required to return or reject (two letters at least); an
 * opening may be approved from an earlier day (the approval's letter), never a day after `today`.
 */
export function buildDecision(f: DecisionFields, opening: boolean, today: string): Result<ReviewStaffingRequest, DecisionField> {
  const remarks = f.remarks.trim();
  if (f.decision === '') return { ok: false, errors: { decision: 'required' } };
  if (f.decision !== 'approve') {
    const error = textError(remarks, 2);
    return error ? { ok: false, errors: { remarks: error } } : { ok: true, body: { decision: f.decision, remarks } };
  }
  if (!opening || f.approvedOn === '') return { ok: true, body: { decision: 'approve', remarks } };
  const day = dayError(f.approvedOn) ?? (f.approvedOn > today ? 'future' : null);
  return day ? { ok: false, errors: { approvedOn: day } } : { ok: true, body: { decision: 'approve', remarks, approvedOn: f.approvedOn } };
}
