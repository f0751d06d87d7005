/** ECharts option builders shared by the charts; `rtl` mirrors the value axis and moves the category labels right. */

export type Mix = { cluster: number | null; count: number }[];

export const socioEconomicColors = ['#a50026', '#d73027', '#f46d43', '#fdae61', '#fee08b', '#d9ef8b', '#a6d96a', '#66bd63', '#1a9850', '#006837'];
export const peripheralityColors = ['#440154', '#482878', '#3e4989', '#31688e', '#26828e', '#1f9e89', '#35b779', '#6ece58', '#b5de2b', '#fde725'];
export const unknownColor = '#bdbdbd';
export const barColor = '#1971c2';

type Series = { name: string; values: number[]; color?: string; /** One colour per bar. */ colors?: string[] };

type BarOptions = {
  categories: string[];
  series: Series[];
  rtl: boolean;
  /** Bars grow sideways, one row per category (long names read better). */
  horizontal?: boolean;
  stacked?: boolean;
  format: (n: number) => string;
};

export function barOption({ categories, series, rtl, horizontal = false, stacked = false, format }: BarOptions) {
  const valueAxis = {
    type: 'value',
    inverse: horizontal && rtl,
    position: horizontal ? 'bottom' : rtl ? 'right' : 'left',
    axisLabel: { formatter: (v: number) => format(v), hideOverlap: true },
    minInterval: 1,
  };
  const categoryAxis = {
    type: 'category',
    data: categories,
    inverse: horizontal || rtl,
    position: horizontal ? (rtl ? 'right' : 'left') : 'bottom',
    axisLabel: horizontal ? { width: 180, overflow: 'truncate' } : { interval: 0 },
    axisTick: { alignWithLabel: true },
  };
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => format(v) },
    legend: series.length > 1 ? { top: 0, [rtl ? 'right' : 'left']: 0, type: 'scroll' } : undefined,
    grid: { top: series.length > 1 ? 40 : 10, bottom: 10, left: 10, right: 20, containLabel: true },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: series.map((s) => ({
      type: 'bar',
      name: s.name,
      data: s.colors ? s.values.map((value, i) => ({ value, itemStyle: { color: s.colors?.[i] ?? barColor } })) : s.values,
      stack: stacked ? 'total' : undefined,
      itemStyle: { color: s.color ?? barColor },
      barMaxWidth: 28,
    })),
  };
}

/** The index levels (1–10, then unknown) that occur in any of the mixes. */
export function mixLevels(mixes: Mix[]): (number | null)[] {
  const present = new Set(mixes.flatMap((m) => m.filter((e) => e.count > 0).map((e) => e.cluster)));
  const levels: (number | null)[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].filter((l) => present.has(l));
  if (present.has(null)) levels.push(null);
  return levels;
}

export const countAt = (mix: Mix, level: number | null): number =>
  mix.filter((e) => e.cluster === level).reduce((sum, e) => sum + e.count, 0);

export const levelColor = (colors: string[], level: number | null): string =>
  level === null ? unknownColor : (colors[level - 1] ?? unknownColor);

/** Counts in the low (1–3), middle (4–6), high (7–10) and unknown bands, for text summaries. */
export function mixBands(mixes: Mix[]) {
  const all = mixes.flat();
  const sum = (pred: (l: number | null) => boolean) => all.filter((e) => pred(e.cluster)).reduce((s, e) => s + e.count, 0);
  return {
    low: sum((l) => l !== null && l <= 3),
    middle: sum((l) => l !== null && l >= 4 && l <= 6),
    high: sum((l) => l !== null && l >= 7),
    unknown: sum((l) => l === null),
  };
}
