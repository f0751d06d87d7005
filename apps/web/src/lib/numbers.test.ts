import { describe, expect, it } from 'vitest';
import { readNumber, shekelsRule, textOfNumber, type NumberRule } from './numbers';

const money = shekelsRule(10_000_000_000);
const whole: NumberRule = { min: 0, max: 1_000_000_000, decimals: 0 };
const exponent: NumberRule = { min: 0.01, max: 10, decimals: 4 };

describe('numbers as people type them', () => {
  it.each([
    ['1234567', 1_234_567],
    ['1,234,567', 1_234_567],
    ['1 234 567', 1_234_567],
    ['1\u00a0234\u00a0567', 1_234_567],
    ['₪ 1,234,567.5', 1_234_567.5],
    ['1,234,567.50 ₪', 1_234_567.5],
    ['₪ 1.5 מיליון', 1_500_000],
    ['1.5 million', 1_500_000],
    ['750 אלף', 750_000],
    ['2 מיליארד', 2_000_000_000],
    ['0.01', 0.01],
    ['007', 7],
    ['\u200f1,000\u200e', 1000],
  ])('reads %j exactly as %d', (text, value) => {
    expect(readNumber(text, money)).toEqual({ ok: true, value });
  });

  it.each([
    ['12e5', 'not-a-number'],
    ['1,5.5.5', 'not-a-number'],
    ['1,23', 'not-a-number'],
    ['12,34,567', 'not-a-number'],
    ['1,234 567', 'not-a-number'],
    ['abc', 'not-a-number'],
    ['1.5 גמלים', 'not-a-number'],
    ['12.', 'not-a-number'],
    ['.5', 'not-a-number'],
    ['0x10', 'not-a-number'],
    ['Infinity', 'not-a-number'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['-500000', 'negative'],
    ['1.234', 'too-many-decimals'],
    ['99999999999999999999999', 'too-large'],
    ['10,000,000,000.01', 'too-large'],
  ])('refuses %j (%s)', (text, reason) => {
    expect(readNumber(text, money)).toMatchObject({ ok: false, reason });
  });

  it('holds each kind of field to its own range: whole quantities, exponents, rates', () => {
    expect(readNumber('2.5', whole)).toMatchObject({ ok: false, reason: 'too-many-decimals', limit: 0 });
    expect(readNumber('1.5 thousand', whole)).toEqual({ ok: true, value: 1500 });
    expect(readNumber('0.85', exponent)).toEqual({ ok: true, value: 0.85 });
    expect(readNumber('0', exponent)).toMatchObject({ ok: false, reason: 'too-small', limit: 0.01 });
    expect(readNumber('11', exponent)).toMatchObject({ ok: false, reason: 'too-large', limit: 10 });
    expect(readNumber('-0.3', { min: -1, max: 1, decimals: 2 })).toEqual({ ok: true, value: -0.3 });
    expect(readNumber('-2', { min: -1, max: 1, decimals: 2 })).toMatchObject({ ok: false, reason: 'too-small' });
  });

  it('shows a value set from outside as text it reads back exactly, never in exponent notation', () => {
    const fine: NumberRule = { min: 0, max: 10_000_000_000, decimals: 12 };
    for (const value of [0, 1_234_567, 0.85, 1e-7, 0.00012345, 9_999_999_999.99]) {
      expect(textOfNumber(value)).not.toMatch(/e/i);
      expect(readNumber(textOfNumber(value), fine)).toEqual({ ok: true, value });
    }
    expect(textOfNumber(1e-7)).toBe('0.0000001');
  });
});
