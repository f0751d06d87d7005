import { describe, expect, it } from 'vitest';
import { agorotToShekels, parseShekels } from './money';

describe('parseShekels', () => {
  it.each([
    ['15000000', 15_000_000],
    ['15,000,000', 15_000_000],
    ['15 000 000', 15_000_000],
    ['1250.5', 1250.5],
    ['₪ 300.25', 300.25],
    ['0', 0],
  ])('reads %s', (text, value) => {
    expect(parseShekels(text)).toBe(value);
  });

  it.each(['', 'abc', '-5', '1.234', '1e6', '12.', '.5', '1,2,3', '1,5.5.5'])('refuses %j', (text) => {
    expect(parseShekels(text)).toBeNull();
  });
});

describe('agorotToShekels', () => {
  it('divides by a hundred', () => {
    expect(agorotToShekels(123_456)).toBe(1234.56);
  });
});
