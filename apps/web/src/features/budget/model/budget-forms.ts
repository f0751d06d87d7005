import type { Allocate, CreateMilestone, CreateProgramme } from '@eshkol/contracts/budget';
import { parseShekels } from '../../../lib/money';

export type FieldError = 'required' | 'amount' | 'tooShort' | 'endsBeforeStart';
type Result<T, F extends string> = { ok: true; body: T } | { ok: false; errors: Partial<Record<F, FieldError>> };

const positiveAmount = (text: string): number | null => {
  const n = parseShekels(text);
  return n !== null && n > 0 ? n : null;
};

export type ProgrammeFields = { nameHe: string; total: string; startsOn: string; endsOn: string };

export function buildProgramme(f: ProgrammeFields): Result<CreateProgramme, keyof ProgrammeFields> {
  const errors: Partial<Record<keyof ProgrammeFields, FieldError>> = {};
  const nameHe = f.nameHe.trim();
  const total = positiveAmount(f.total);
  if (nameHe.length < 2) errors.nameHe = nameHe ? 'tooShort' : 'required';
  if (total === null) errors.total = f.total.trim() ? 'amount' : 'required';
  if (!f.startsOn) errors.startsOn = 'required';
  if (!f.endsOn) errors.endsOn = 'required';
  else if (f.startsOn && f.endsOn < f.startsOn) errors.endsOn = 'endsBeforeStart';
  if (Object.keys(errors).length > 0 || total === null) return { ok: false, errors };
  return { ok: true, body: { nameHe, total, startsOn: f.startsOn, endsOn: f.endsOn } };
}

export type AllocationFields = { clusterSlug: string; amount: string; note: string };

/**
 * An allocation to a cluster, or (`withdraw`) taking part of one back — which needs its reason,
 * kept in the ledger beside the amount.
 */
export function buildAllocation(f: AllocationFields, mode: 'allocate' | 'withdraw' = 'allocate'): Result<Allocate, keyof AllocationFields> {
  const errors: Partial<Record<keyof AllocationFields, FieldError>> = {};
  const amount = positiveAmount(f.amount);
  const note = f.note.trim();
  if (!f.clusterSlug) errors.clusterSlug = 'required';
  if (amount === null) errors.amount = f.amount.trim() ? 'amount' : 'required';
  if (mode === 'withdraw' && note.length < 2) errors.note = note ? 'tooShort' : 'required';
  if (Object.keys(errors).length > 0 || amount === null) return { ok: false, errors };
  return { ok: true, body: { clusterSlug: f.clusterSlug, amount, note } };
}

export type MilestoneFields = { title: string; plannedOn: string; amount: string; deliverable: string };

export function buildMilestone(f: MilestoneFields): Result<CreateMilestone, keyof MilestoneFields> {
  const errors: Partial<Record<keyof MilestoneFields, FieldError>> = {};
  const title = f.title.trim();
  const deliverable = f.deliverable.trim();
  const amount = positiveAmount(f.amount);
  if (title.length < 2) errors.title = title ? 'tooShort' : 'required';
  if (deliverable.length < 2) errors.deliverable = deliverable ? 'tooShort' : 'required';
  if (!f.plannedOn) errors.plannedOn = 'required';
  if (amount === null) errors.amount = f.amount.trim() ? 'amount' : 'required';
  if (Object.keys(errors).length > 0 || amount === null) return { ok: false, errors };
  return { ok: true, body: { title, plannedOn: f.plannedOn, amount, deliverable } };
}
