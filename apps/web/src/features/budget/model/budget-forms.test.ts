import { allocateSchema, createMilestoneSchema, createProgrammeSchema } from '@eshkol/contracts/budget';
import { describe, expect, it } from 'vitest';
import { buildAllocation, buildMilestone, buildProgramme } from './budget-forms';

describe('buildProgramme', () => {
  it('builds what the contract accepts', () => {
    const r = buildProgramme({ nameHe: ' תוכנית התמריצים 2014 ', total: '15,000,000', startsOn: '2014-01-01', endsOn: '2016-12-31' });
    expect(r).toEqual({ ok: true, body: { nameHe: 'תוכנית התמריצים 2014', total: 15_000_000, startsOn: '2014-01-01', endsOn: '2016-12-31' } });
    if (r.ok) expect(createProgrammeSchema.safeParse(r.body).success).toBe(true);
  });

  it('names every field to fix', () => {
    expect(buildProgramme({ nameHe: '', total: '', startsOn: '', endsOn: '' })).toEqual({
      ok: false,
      errors: { nameHe: 'required', total: 'required', startsOn: 'required', endsOn: 'required' },
    });
    expect(buildProgramme({ nameHe: 'x', total: '1.234', startsOn: '2020-01-01', endsOn: '2019-01-01' })).toEqual({
      ok: false,
      errors: { nameHe: 'tooShort', total: 'amount', endsOn: 'endsBeforeStart' },
    });
  });

  it('refuses a zero total', () => {
    expect(buildProgramme({ nameHe: 'תוכנית', total: '0', startsOn: '2020-01-01', endsOn: '2020-12-31' })).toMatchObject({ ok: false, errors: { total: 'amount' } });
  });
});

describe('buildAllocation', () => {
  it('needs a reason to take an allocation back', () => {
    expect(buildAllocation({ clusterSlug: 'hasharon', amount: '100', note: ' ' }, 'withdraw')).toEqual({ ok: false, errors: { note: 'required' } });
    expect(buildAllocation({ clusterSlug: 'hasharon', amount: '100', note: 'א' }, 'withdraw')).toEqual({ ok: false, errors: { note: 'tooShort' } });
    expect(buildAllocation({ clusterSlug: 'hasharon', amount: '100', note: ' הוקצה בטעות ' }, 'withdraw')).toEqual({ ok: true, body: { clusterSlug: 'hasharon', amount: 100, note: 'הוקצה בטעות' } });
  });

  it('builds what the contract accepts', () => {
    const r = buildAllocation({ clusterSlug: 'galil-mizrahi', amount: '2500000.50', note: ' ' });
    expect(r).toEqual({ ok: true, body: { clusterSlug: 'galil-mizrahi', amount: 2_500_000.5, note: '' } });
    if (r.ok) expect(allocateSchema.safeParse(r.body).success).toBe(true);
  });

  it('asks for a cluster and an amount', () => {
    expect(buildAllocation({ clusterSlug: '', amount: 'abc', note: '' })).toEqual({ ok: false, errors: { clusterSlug: 'required', amount: 'amount' } });
  });
});

describe('buildMilestone', () => {
  it('builds what the contract accepts', () => {
    const r = buildMilestone({ title: 'הפעלת הקו', plannedOn: '2026-03-01', amount: '100000', deliverable: 'דוח הפעלה' });
    expect(r.ok).toBe(true);
    if (r.ok) expect(createMilestoneSchema.safeParse(r.body).success).toBe(true);
  });

  it('names every field to fix', () => {
    expect(buildMilestone({ title: 'a', plannedOn: '', amount: '-3', deliverable: '' })).toEqual({
      ok: false,
      errors: { title: 'tooShort', plannedOn: 'required', amount: 'amount', deliverable: 'required' },
    });
  });
});
