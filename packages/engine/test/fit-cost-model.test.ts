import { describe, expect, it } from 'vitest';
import { fitCostModels, type CostObservation } from '../src/cost-sharing/fit-cost-model';

const obs = (points: [number | null, number | null][]): CostObservation[] => points.map(([quantity, cost], i) => ({ id: `loc-${i}`, quantity, cost }));

describe('cost models fitted from what each authority pays today', () => {
  it('recovers a power law exactly, with R² 1 on the log scale', () => {
    const points = [1000, 2500, 8000, 20_000, 64_000].map((q): [number, number] => [q, 120 * q ** 0.8]);
    const { power } = fitCostModels(obs(points));
    expect(power.model!.exponent).toBeCloseTo(0.8, 10);
    expect(power.model!.scale).toBeCloseTo(120, 6);
    expect(power.model!.fixed).toBe(0);
    expect(power.r2).toBeCloseTo(1, 12);
    expect(power.observations).toBe(5);
  });

  it('recovers a fixed cost plus a price per unit, and measures a noisy fit by its R²', () => {
    const exact = fitCostModels(obs([[10, 1500], [20, 2000], [40, 3000]])).linear;
    expect(exact.model).toEqual({ type: 'power', fixed: 1000, scale: 50, exponent: 1 });
    expect(exact.r2).toBeCloseTo(1, 12);
    const noisy = fitCostModels(obs([[10, 1400], [20, 2200], [30, 2300], [40, 3100]])).linear;
    // By hand: slope 26 000 / 500 = 52, intercept 2250 − 52·25 = 950; residuals −70, 210, −210, 70
    // (98 000 in squares) against 1 450 000 about the mean.
    expect(noisy.model!.scale).toBeCloseTo(52, 10);
    expect(noisy.model!.fixed).toBeCloseTo(950, 8);
    expect(noisy.r2).toBeCloseTo(1 - 98_000 / 1_450_000, 10);
  });

  it('goes through the origin rather than give a negative fixed cost, and says so', () => {
    const { linear } = fitCostModels(obs([[10, 100], [20, 300], [30, 500]]));
    expect(linear.throughOrigin).toBe(true);
    expect(linear.model!.fixed).toBe(0);
    expect(linear.model!.scale).toBeCloseTo((10 * 100 + 20 * 300 + 30 * 500) / (100 + 400 + 900), 12);
  });

  it('leaves out, by name, authorities without a quantity or a cost, and the power fit leaves out a cost of zero', () => {
    const fits = fitCostModels(obs([[100, 5000], [null, 4000], [0, 3000], [200, null], [300, 0], [400, 9000]]));
    expect(fits.leftOut).toEqual([
      { id: 'loc-1', reason: 'no-quantity' },
      { id: 'loc-2', reason: 'no-quantity' },
      { id: 'loc-3', reason: 'no-cost' },
    ]);
    expect(fits.linear.observations).toBe(3);
    expect(fits.power.observations).toBe(2);
  });

  it('refuses, with the reason, what no fit can be made from', () => {
    expect(fitCostModels(obs([[100, 5000]])).power).toMatchObject({ model: null, refusal: 'too-few-observations', observations: 1 });
    expect(fitCostModels(obs([[100, 5000], [100, 7000]])).linear).toMatchObject({ model: null, refusal: 'same-quantity' });
    expect(fitCostModels(obs([[100, 9000], [200, 5000], [400, 3000]])).power).toMatchObject({ model: null, refusal: 'not-increasing' });
    expect(fitCostModels(obs([[100, 9000], [200, 5000], [400, 3000]])).linear).toMatchObject({ model: null, refusal: 'not-increasing' });
  });

  it('gives R² as unknown when every cost is the same', () => {
    const { linear } = fitCostModels(obs([[100, 5000], [200, 5000]]));
    expect(linear.r2).toBeNull();
  });
});
