import { expect } from 'vitest';
import { createService, join, studyInput, type Client } from './service-factories';

/** Test data and checks for the committee review and the incentive budget, made through the API. */

export const checklist = (over: Record<string, unknown> = {}) => ({
  feasibilityShown: true,
  allParticipantsApproved: true,
  withinBudget: true,
  coreServiceUnderRules: true,
  remarks: '',
  ...over,
});

export const decision = (outcome: string, extra: Record<string, unknown> = {}) => ({ outcome, checklist: checklist(), ...extra });

/** The committee decides on a submission; returns the submission as it then is. */
export async function decided(c: Client, submission: number, body: ReturnType<typeof decision>) {
  const res = await c.post('committee', `/api/v1/submissions/${submission}/decisions`, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/**
 * A service ready to submit: staff create it inviting `joiners` and `decliners`; each joiner's
 * representative joins with a council approval, each decliner's declines; staff save a study of
 * the joiners. `reps` maps an authority to the session cookie name of its representative.
 */
export async function readyService(
  c: Client,
  opts: { staff: string; slug: string; joiners: string[]; decliners?: string[]; reps: Record<string, string>; kind?: 'core' | 'regional'; nameHe?: string },
): Promise<number> {
  const decliners = opts.decliners ?? [];
  const extra: Record<string, unknown> = { kind: opts.kind ?? 'core', ...(opts.nameHe ? { nameHe: opts.nameHe } : {}) };
  if (opts.kind === 'regional') extra.funders = ['משרד התחבורה'];
  const id = await createService(c, opts.staff, opts.slug, [...opts.joiners, ...decliners], extra);
  for (const a of opts.joiners) await join(c, opts.reps[a]!, id, a);
  for (const a of decliners) {
    const res = await c.post(opts.reps[a]!, `/api/v1/services/${id}/participants/${a}/decision`, { decision: 'decline', note: 'לא רלוונטי לרשות' });
    expect(res.statusCode, res.body).toBe(200);
  }
  if (opts.joiners.length > 0) await saveStudy(c, opts.staff, id, opts.joiners);
  return id;
}

export async function saveStudy(c: Client, staff: string, serviceId: number, authorities: string[], quantity = 1000) {
  const baseline = authorities.map((authorityId, i) => ({ authorityId, quantity: quantity * (i + 1), currentCost: 400_000 * (i + 1) }));
  const res = await c.post(staff, `/api/v1/services/${serviceId}/studies`, studyInput(baseline));
  expect(res.statusCode, res.body).toBe(201);
  return res.json().version as number;
}

export async function submit(c: Client, staff: string | null, serviceId: number, requestedGrant: number, extra: Record<string, unknown> = {}) {
  return c.post(staff, `/api/v1/services/${serviceId}/submit`, { requestedGrant, cover: 'מבקשים את אישור הוועדה', ...extra });
}

export async function submitted(c: Client, staff: string, serviceId: number, requestedGrant: number): Promise<number> {
  const res = await submit(c, staff, serviceId, requestedGrant);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

/** A programme running today (unless dates are given), allocated to clusters in shekels. */
export async function programme(c: Client, ministry: string, total: number, allocations: Record<string, number>, dates = { startsOn: '2020-01-01', endsOn: '2099-12-31' }) {
  const res = await c.post(ministry, '/api/v1/budget/programmes', { nameHe: 'תוכנית תמריצים לבדיקה', total, ...dates });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().id as number;
  for (const [clusterSlug, amount] of Object.entries(allocations)) {
    const a = await c.post(ministry, `/api/v1/budget/programmes/${id}/allocations`, { clusterSlug, amount });
    expect(a.statusCode, a.body).toBe(201);
  }
  return id;
}

/** A milestone's progress report, submitted by its cluster's staff and approved by the ministry: what its payment needs. */
export async function reportApproved(c: Client, staff: string, milestoneId: number, ministry = 'ministry') {
  const submitted = await c.post(staff, `/api/v1/milestones/${milestoneId}/reports`, { narrative: 'השלב הושלם כמתוכנן', spent: 1000 });
  expect(submitted.statusCode, submitted.body).toBe(201);
  const approved = await c.post(ministry, `/api/v1/progress-reports/${submitted.json().id}/review`, { decision: 'approve' });
  expect(approved.statusCode, approved.body).toBe(200);
}
