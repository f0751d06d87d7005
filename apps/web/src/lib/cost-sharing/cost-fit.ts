import { fitCostModels, type CostFit } from '@eshkol/engine';
import type { ModelState } from './form-state';

/** A row of the baseline as the fit reads it. */
export type FitRow = { authorityId: string; name: string; quantity: number | null; currentCost: number | null };

/**
 * A fitted figure as the model's field will hold it: a fixed cost to the agora, a scale to six
 * significant digits (at most eight decimals), an exponent to three decimals — what the user sees
 * is what is used.
 */
export const roundedModel = (fit: CostFit): Extract<ModelState, { type: 'power' }> | null =>
  fit.model && {
    type: 'power',
    fixed: Math.round(fit.model.fixed * 100) / 100,
    scale: Math.round(Number(fit.model.scale.toPrecision(6)) * 1e8) / 1e8,
    exponent: Math.round(fit.model.exponent * 1000) / 1000,
  };

/** The two fits of the baseline, and the names of the authorities they leave out. */
export function fitsOf(rows: readonly FitRow[]) {
  const fits = fitCostModels(rows.map((r) => ({ id: r.authorityId, quantity: r.quantity, cost: r.currentCost })));
  const names = new Map(rows.map((r) => [r.authorityId, r.name]));
  return {
    power: fits.power,
    linear: fits.linear,
    leftOut: fits.leftOut.map((l) => ({ name: names.get(l.id) ?? l.id, reason: l.reason })),
    /** The points the chart shows: every authority with a quantity and a cost. */
    points: rows.filter((r) => r.quantity !== null && r.quantity > 0 && r.currentCost !== null && r.currentCost >= 0).map((r) => ({ name: r.name, q: r.quantity!, cost: r.currentCost! })),
  };
}

/** The model's cost at quantity q. */
export const costAt = (m: { fixed: number; scale: number; exponent: number }, q: number) => m.fixed + m.scale * q ** m.exponent;
