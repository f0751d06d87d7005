import type { Allocate, CreateMilestone, CreateProgramme, SubmitProgressReport } from '@eshkol/contracts/budget';
import { budgetAmountMax } from '@eshkol/contracts/budget';
import { isoDateSchema } from '@eshkol/contracts/common';
import type { NumberRule } from '../../../lib/numbers';

/**
 * An amount of the programme's money as typed: more than nothing, to the agora, up to the
 * contract's largest. Its field says why it refuses what is typed; a refused amount is empty here.
 */
export const budgetAmountRule: NumberRule = { min: 0.01, max: budgetAmountMax, decimals: 2 };

export type FieldError = 'required' | 'tooShort' | 'endsBeforeStart' | 'date';
type Errors<F extends string> = Partial<Record<F, FieldError>>;
type Result<T, F extends string> = { ok: true; body: T } | { ok: false; errors: Errors<F> };

/** A day as a date field gives it (`YYYY-MM-DD`), checked as the contract checks it: a year of four digits, a real day. */
const dateError = (value: string): FieldError | null => (value === '' || isoDateSchema.safeParse(value).success ? null : 'date');

export type ProgrammeFields = { nameHe: string; total: number | null; startsOn: string; endsOn: string };

/** What is wrong with a programme's period as it is typed, before any attempt to save it. */
export function periodErrors(f: Pick<ProgrammeFields, 'startsOn' | 'endsOn'>): Errors<'startsOn' | 'endsOn'> {
  const errors: Errors<'startsOn' | 'endsOn'> = {};
  const starts = dateError(f.startsOn);
  const ends = dateError(f.endsOn);
  if (starts) errors.startsOn = starts;
  if (ends) errors.endsOn = ends;
  else if (!starts && f.startsOn && f.endsOn && f.endsOn < f.startsOn) errors.endsOn = 'endsBeforeStart';
  return errors;
}

export function buildProgramme(f: ProgrammeFields): Result<CreateProgramme, keyof ProgrammeFields> {
  const errors: Errors<keyof ProgrammeFields> = { ...periodErrors(f) };
  const nameHe = f.nameHe.trim();
  if (nameHe.length < 2) errors.nameHe = nameHe ? 'tooShort' : 'required';
  if (f.total === null) errors.total = 'required';
  if (!f.startsOn) errors.startsOn = 'required';
  if (!f.endsOn) errors.endsOn = 'required';
  if (Object.keys(errors).length > 0 || f.total === null) return { ok: false, errors };
  return { ok: true, body: { nameHe, total: f.total, startsOn: f.startsOn, endsOn: f.endsOn } };
}

export type AllocationFields = { clusterSlug: string; amount: number | null; note: string };

/**
 * An allocation to a cluster, or (`withdraw`) taking part of one back — which needs its reason,
 * kept in the ledger beside the amount.
 */
export function buildAllocation(f: AllocationFields, mode: 'allocate' | 'withdraw' = 'allocate'): Result<Allocate, keyof AllocationFields> {
  const errors: Errors<keyof AllocationFields> = {};
  const note = f.note.trim();
  if (!f.clusterSlug) errors.clusterSlug = 'required';
  if (f.amount === null) errors.amount = 'required';
  if (mode === 'withdraw' && note.length < 2) errors.note = note ? 'tooShort' : 'required';
  if (Object.keys(errors).length > 0 || f.amount === null) return { ok: false, errors };
  return { ok: true, body: { clusterSlug: f.clusterSlug, amount: f.amount, note } };
}

export type MilestoneFields = { title: string; plannedOn: string; amount: number | null; deliverable: string };

/** What is wrong with a milestone's day as it is typed. */
export const plannedOnError = (plannedOn: string): FieldError | null => dateError(plannedOn);

export function buildMilestone(f: MilestoneFields): Result<CreateMilestone, keyof MilestoneFields> {
  const errors: Errors<keyof MilestoneFields> = {};
  const title = f.title.trim();
  const deliverable = f.deliverable.trim();
  if (title.length < 2) errors.title = title ? 'tooShort' : 'required';
  if (deliverable.length < 2) errors.deliverable = deliverable ? 'tooShort' : 'required';
  const day = f.plannedOn ? plannedOnError(f.plannedOn) : 'required';
  if (day) errors.plannedOn = day;
  if (f.amount === null) errors.amount = 'required';
  if (Object.keys(errors).length > 0 || f.amount === null) return { ok: false, errors };
  return { ok: true, body: { title, plannedOn: f.plannedOn, amount: f.amount, deliverable } };
}

/** What was spent on a milestone as typed: nothing spent is an answer too, to the agora, up to the contract's largest. */
export const spentRule: NumberRule = { min: 0, max: budgetAmountMax, decimals: 2 };

export type ProgressFields = { narrative: string; spent: number | null; documentIds: string[] };

export function buildProgressReport(f: ProgressFields): Result<SubmitProgressReport, 'narrative' | 'spent'> {
  const errors: Errors<'narrative' | 'spent'> = {};
  const narrative = f.narrative.trim();
  if (narrative.length < 2) errors.narrative = narrative ? 'tooShort' : 'required';
  if (f.spent === null) errors.spent = 'required';
  if (Object.keys(errors).length > 0 || f.spent === null) return { ok: false, errors };
  return { ok: true, body: { narrative, spent: f.spent, documentIds: f.documentIds } };
}
