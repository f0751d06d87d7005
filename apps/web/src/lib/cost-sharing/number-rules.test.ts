import { capacityModelSchema, moneySchema, powerModelSchema, quantitySchema } from '@eshkol/contracts/cost-sharing';
import { describe, expect, it } from 'vitest';
import { readNumber } from '../numbers';
import { costSharingRules, modelFieldRules } from './number-rules';

const base = { quantities: { a: 1 }, fixed: 0 };
/** Whether the contract takes the value for each kind of figure. */
const contract = {
  money: (v: number) => moneySchema.safeParse(v).success,
  scale: (v: number) => moneySchema.safeParse(v).success,
  quantity: (v: number) => quantitySchema.safeParse(v).success,
  exponent: (v: number) => powerModelSchema.safeParse({ type: 'power', ...base, scale: 1, exponent: v }).success,
  capacity: (v: number) => capacityModelSchema.safeParse({ type: 'capacity', ...base, capacity: v, vehicleCost: 1 }).success,
};

describe('the rules of the cost-sharing figures', () => {
  it.each(Object.keys(contract) as (keyof typeof contract)[])('%s: the field takes what the contract takes at its bounds, and refuses what lies beyond', (kind) => {
    const rule = costSharingRules[kind];
    for (const value of [rule.min, rule.max]) {
      expect(readNumber(String(value), rule)).toEqual({ ok: true, value });
      expect(contract[kind](value)).toBe(true);
    }
    expect(readNumber(String(rule.max * 10), rule)).toMatchObject({ ok: false, reason: 'too-large' });
    expect(contract[kind](rule.max * 10)).toBe(false);
  });

  it('reads the figures the issue names exactly, or refuses them', () => {
    expect(readNumber('1,234,567', costSharingRules.money)).toEqual({ ok: true, value: 1_234_567 });
    expect(readNumber('₪ 1.5 מיליון', costSharingRules.money)).toEqual({ ok: true, value: 1_500_000 });
    expect(readNumber('12e5', costSharingRules.quantity)).toMatchObject({ ok: false, reason: 'not-a-number' });
    expect(readNumber('-30', costSharingRules.quantity)).toMatchObject({ ok: false, reason: 'negative' });
    expect(readNumber('0', modelFieldRules.exponent)).toMatchObject({ ok: false, reason: 'too-small', limit: 0.01 });
    expect(readNumber('0.875', modelFieldRules.exponent)).toEqual({ ok: true, value: 0.875 });
    expect(readNumber('0.0001', modelFieldRules.capacity)).toMatchObject({ ok: false, reason: 'too-many-decimals', limit: 3 });
  });
});
