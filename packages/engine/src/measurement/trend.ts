/**
 * The gap measures of a set of authorities over time, and within groups of them (the registry's
 * socio-economic or peripherality cluster): `gapMeasures` for each period, and for each group in
 * it. Fewer than two values have no spread: their measures are null, their mean and count stay.
 */
import { gapMeasures, type GapDirection, type GapMeasures, type GapValue } from './gaps';

export interface GapsOf {
  /** How many values. */
  readonly n: number;
  /** Their mean (weighted when the measures are); null for none. */
  readonly mean: number | null;
  /** Their measures; null for fewer than two. */
  readonly gaps: GapMeasures | null;
}

/** The measures of the values, as far as there are enough of them for each figure. */
export function gapsOf(values: readonly GapValue[], direction: GapDirection, weighted = false): GapsOf {
  if (values.length >= 2) {
    const gaps = gapMeasures({ values, direction, weighted });
    return { n: values.length, mean: gaps.mean, gaps };
  }
  return { n: values.length, mean: values[0]?.value ?? null, gaps: null };
}

/** The measures of each period's values, in the order given. */
export function gapTrend<K>(periods: readonly { readonly period: K; readonly values: readonly GapValue[] }[], direction: GapDirection, weighted = false): (GapsOf & { period: K })[] {
  return periods.map((p) => ({ period: p.period, ...gapsOf(p.values, direction, weighted) }));
}

/**
 * The values split by a group each authority is in (its socio-economic cluster, 1–10), each group's
 * measures; groups in increasing order, the authorities of no known group (null) last.
 */
export function gapsByGroup(values: readonly GapValue[], groupOf: (authorityId: string) => number | null, direction: GapDirection, weighted = false): (GapsOf & { group: number | null })[] {
  const groups = new Map<number | null, GapValue[]>();
  for (const v of values) {
    const g = groupOf(v.authorityId);
    groups.set(g, [...(groups.get(g) ?? []), v]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a - b))
    .map(([group, vs]) => ({ group, ...gapsOf(vs, direction, weighted) }));
}
