/**
 * Cluster colours: a fixed palette handed out in the order of the clusters' slugs, so a cluster keeps
 * its colour on every page. Every colour reaches 3:1 against white (WCAG non-text contrast).
 */
export const palette = [
  '#1f77b4',
  '#d62728',
  '#2b8a3e',
  '#7b3fa0',
  '#b35806',
  '#c2185b',
  '#0e8a8a',
  '#8c564b',
  '#283593',
  '#7a7a00',
  '#9a6700',
  '#e65100',
  '#00695c',
  '#ad1457',
  '#4b0082',
  '#6d4c41',
];

export const noClusterColor = '#9e9e9e';

export function clusterColors(slugs: readonly string[]): Map<string, string> {
  const sorted = [...new Set(slugs)].sort();
  return new Map(sorted.map((slug, i) => [slug, palette[i % palette.length] ?? noClusterColor]));
}
