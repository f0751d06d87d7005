import { allocateSchema, budgetAmountMax, createMilestoneSchema, createProgrammeSchema } from '@eshkol/contracts/budget';
import { describe, expect, it } from 'vitest';
import { readNumber } from '../../../lib/numbers';
import { budgetAmountRule, buildAllocation, buildMilestone, buildProgramme, periodErrors, plannedOnError } from './budget-forms';

describe('budgetAmountRule', () => {
  it('takes what the contract takes: more than nothing, to the agora, up to its largest', () => {
    expect(readNumber('15,000,000', budgetAmountRule)).toEqual({ ok: true, value: 15_000_000 });
    expect(readNumber('₪ 1.5 מיליון', budgetAmountRule)).toEqual({ ok: true, value: 1_500_000 });
    expect(readNumber('0.01', budgetAmountRule)).toEqual({ ok: true, value: 0.01 });
    expect(readNumber('0', budgetAmountRule)).toMatchObject({ ok: false, reason: 'too-small', limit: 0.01 });
    expect(readNumber('-500000', budgetAmountRule)).toMatchObject({ ok: false, reason: 'negative' });
    expect(readNumber('1.234', budgetAmountRule)).toMatchObject({ ok: false, reason: 'too-many-decimals', limit: 2 });
    expect(readNumber('10,000,000,000.01', budgetAmountRule)).toMatchObject({ ok: false, reason: 'too-large', limit: budgetAmountMax });
    for (const text of ['0.01', '10,000,000,000']) {
      const read = readNumber(text, budgetAmountRule);
      if (read.ok) expect(allocateSchema.safeParse({ clusterSlug: 'hasharon', amount: read.value }).success).toBe(true);
    }
  });
});

describe('buildProgramme', () => {
  it('builds what the contract accepts', () => {
    const r = buildProgramme({ nameHe: ' תוכנית התמריצים 2014 ', total: 15_000_000, startsOn: '2014-01-01', endsOn: '2016-12-31' });
    expect(r).toEqual({ ok: true, body: { nameHe: 'תוכנית התמריצים 2014', total: 15_000_000, startsOn: '2014-01-01', endsOn: '2016-12-31' } });
    if (r.ok) expect(createProgrammeSchema.safeParse(r.body).success).toBe(true);
  });

  it('names every field to fix', () => {
    expect(buildProgramme({ nameHe: '', total: null, startsOn: '', endsOn: '' })).toEqual({
      ok: false,
      errors: { nameHe: 'required', total: 'required', startsOn: 'required', endsOn: 'required' },
    });
    expect(buildProgramme({ nameHe: 'x', total: 100, startsOn: '2020-01-01', endsOn: '2019-01-01' })).toEqual({
      ok: false,
      errors: { nameHe: 'tooShort', endsOn: 'endsBeforeStart' },
    });
  });

  it('says what is wrong with a period as it is typed: a day the contract refuses, an end before the start', () => {
    expect(periodErrors({ startsOn: '', endsOn: '' })).toEqual({});
    expect(periodErrors({ startsOn: '2026-01-01', endsOn: '2025-12-31' })).toEqual({ endsOn: 'endsBeforeStart' });
    expect(periodErrors({ startsOn: '20255-01-01', endsOn: '2025-12-31' })).toEqual({ startsOn: 'date' });
    expect(periodErrors({ startsOn: '0000-01-01', endsOn: '2025-02-30' })).toEqual({ startsOn: 'date', endsOn: 'date' });
    expect(periodErrors({ startsOn: '2025-01-01', endsOn: '2025-01-01' })).toEqual({});
  });
});

describe('buildAllocation', () => {
  it('needs a reason to take an allocation back', () => {
    expect(buildAllocation({ clusterSlug: 'hasharon', amount: 100, note: ' ' }, 'withdraw')).toEqual({ ok: false, errors: { note: 'required' } });
    expect(buildAllocation({ clusterSlug: 'hasharon', amount: 100, note: 'א' }, 'withdraw')).toEqual({ ok: false, errors: { note: 'tooShort' } });
    expect(buildAllocation({ clusterSlug: 'hasharon', amount: 100, note: ' הוקצה בטעות ' }, 'withdraw')).toEqual({ ok: true, body: { clusterSlug: 'hasharon', amount: 100, note: 'הוקצה בטעות' } });
  });

  it('builds what the contract accepts', () => {
    const r = buildAllocation({ clusterSlug: 'galil-mizrahi', amount: 2_500_000.5, note: ' ' });
    expect(r).toEqual({ ok: true, body: { clusterSlug: 'galil-mizrahi', amount: 2_500_000.5, note: '' } });
    if (r.ok) expect(allocateSchema.safeParse(r.body).success).toBe(true);
  });

  it('asks for a cluster and an amount', () => {
    expect(buildAllocation({ clusterSlug: '', amount: null, note: '' })).toEqual({ ok: false, errors: { clusterSlug: 'required', amount: 'required' } });
  });
});

describe('buildMilestone', () => {
  it('builds what the contract accepts', () => {
    const r = buildMilestone({ title: 'הפעלת הקו', plannedOn: '2026-03-01', amount: 100_000, deliverable: 'דוח הפעלה' });
    expect(r.ok).toBe(true);
    if (r.ok) expect(createMilestoneSchema.safeParse(r.body).success).toBe(true);
  });

  it('names every field to fix', () => {
    expect(buildMilestone({ title: 'a', plannedOn: '', amount: null, deliverable: '' })).toEqual({
      ok: false,
      errors: { title: 'tooShort', plannedOn: 'required', amount: 'required', deliverable: 'required' },
    });
    expect(plannedOnError('20266-03-01')).toBe('date');
    expect(plannedOnError('2026-03-01')).toBeNull();
  });
});
