/**
 * The change between two versions' figures and its share of the earlier one. Null when either
 * figure is missing (the authority was not in that version); a percentage only of a positive
 * figure (of zero or a negative share it would mislead).
 */
export function changeOf(pair: { from: number | null; to: number | null; change?: number | null }): { change: number | null; percent: number | null } {
  if (pair.from === null || pair.to === null) return { change: pair.change ?? null, percent: null };
  const change = pair.change ?? pair.to - pair.from;
  return { change, percent: pair.from > 0 ? change / pair.from : null };
}
