import { costModelRanges, costSharingLimits } from '@eshkol/contracts/cost-sharing';
import type { NumberRule } from '../numbers';
import type { ModelField } from './form-state';

const { maxMoney, maxQuantity } = costSharingLimits;

/**
 * What each figure of the cost-sharing forms accepts as typed: the contracts' ranges, and as many
 * digits after the point as the figure means — shekels to the agora; a quantity or a level to six
 * decimals, as far as the engine looks for their common step; a fitted scale to eight, an exponent
 * to four and a capacity to its smallest, a thousandth.
 */
export const costSharingRules = {
  money: { min: 0, max: maxMoney, decimals: 2 },
  scale: { min: 0, max: maxMoney, decimals: 8 },
  quantity: { min: 0, max: maxQuantity, decimals: 6 },
  exponent: { ...costModelRanges.exponent, decimals: 4 },
  capacity: { ...costModelRanges.capacity, decimals: 3 },
} as const satisfies Record<string, NumberRule>;

/** The rule of each field of the cost models. */
export const modelFieldRules: Record<ModelField, NumberRule> = {
  fixed: costSharingRules.money,
  scale: costSharingRules.scale,
  exponent: costSharingRules.exponent,
  capacity: costSharingRules.capacity,
  vehicleCost: costSharingRules.money,
  perUnit: costSharingRules.money,
};
