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
