import type { ProgrammeStats } from '@eshkol/contracts/stats';
import type { Format } from '../../../lib/format';

export type StatedFigure = ProgrammeStats['statedFigures'][number];

/** Shares may be stated as a fraction (0.53) or as a percentage (53). */
export function formatStated(figure: StatedFigure, format: Format): string {
  if (/share|percent|pct/i.test(figure.key)) return format.percent(figure.value > 1 ? figure.value / 100 : figure.value);
  return format.number(figure.value);
}

/** The stated figures that speak about the same thing as a computed one (same key as its field). */
export function statedFor(stats: ProgrammeStats, ...keys: string[]): StatedFigure[] {
  return stats.statedFigures.filter((f) => keys.includes(f.key));
}

/** The calendar year a stated figure is of (`2016`, `2014-02`), or null when the source gives none. */
export const yearOf = (figure: StatedFigure) => (figure.asOf && /^\d{4}/.test(figure.asOf) ? Number(figure.asOf.slice(0, 4)) : null);

/**
 * How a stated figure stands beside the one computed here, for the words under it:
 * - `otherYear`: the documents speak of another year than the figures shown (today's clusters beside
 *   the founding slide's), so they measure different things;
 * - `populationYear`: the same year's members, but their residents counted with the population of
 *   the year the shipped data has;
 * - `same` or `differs` (by how much, signed: computed − stated).
 */
export type Comparison =
  | { kind: 'otherYear'; statedYear: number | null }
  | { kind: 'populationYear'; statedYear: number; populationYear: number | null }
  | { kind: 'same' }
  | { kind: 'differs'; by: number };

export function compare(figure: StatedFigure, computed: number | null, view: { asOf: number | null; populationYear: number | null }, measure: 'count' | 'residents' | 'share'): Comparison {
  const statedYear = yearOf(figure);
  if (view.asOf === null || statedYear !== view.asOf) return { kind: 'otherYear', statedYear };
  if (measure === 'residents' && view.populationYear !== statedYear) return { kind: 'populationYear', statedYear, populationYear: view.populationYear };
  const stated = measure === 'share' && figure.value > 1 ? figure.value / 100 : figure.value;
  if (computed === null) return { kind: 'differs', by: Number.NaN };
  const by = computed - stated;
  return Math.abs(by) < (measure === 'share' ? 0.005 : 0.5) ? { kind: 'same' } : { kind: 'differs', by };
}
