import { describe, expect, it } from 'vitest';
import { costAt, fitsOf, roundedModel } from './cost-fit';

describe('the fit offered from the baseline', () => {
  const rows = [
    { authorityId: 'a', name: 'א', quantity: 1000, currentCost: 120 * 1000 ** 0.8 },
    { authorityId: 'b', name: 'ב', quantity: 4000, currentCost: 120 * 4000 ** 0.8 },
    { authorityId: 'c', name: 'ג', quantity: 9000, currentCost: 120 * 9000 ** 0.8 },
    { authorityId: 'd', name: 'ד', quantity: null, currentCost: 50_000 },
  ];

  it('offers the power law rounded as its fields show it, and names who was left out', () => {
    const fits = fitsOf(rows);
    expect(roundedModel(fits.power)).toEqual({ type: 'power', fixed: 0, scale: 120, exponent: 0.8 });
    expect(fits.leftOut).toEqual([{ name: 'ד', reason: 'no-quantity' }]);
    expect(fits.points.map((p) => p.name)).toEqual(['א', 'ב', 'ג']);
  });

  it('keeps a small scale to six significant digits', () => {
    expect(roundedModel({ model: { type: 'power', fixed: 1234.5678, scale: 0.000123456789, exponent: 0.84567 }, refusal: null, r2: 1, observations: 3, throughOrigin: false })).toEqual({
      type: 'power',
      fixed: 1234.57,
      scale: 0.00012346,
      exponent: 0.846,
    });
  });

  it('has no model to offer when the fit was refused', () => {
    expect(roundedModel(fitsOf(rows.slice(0, 1)).power)).toBeNull();
    expect(costAt({ fixed: 10, scale: 2, exponent: 1 }, 5)).toBe(20);
  });
});
