import { describe, expect, it } from 'vitest';
import { clusterColors, noClusterColor, palette } from './cluster-colors';

const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
const luminance = (hex: string) => {
  const [r, g, b] = channels(hex).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
/** HSL saturation: 0 for a grey. */
const saturation = (hex: string) => {
  const c = channels(hex);
  const max = Math.max(...c);
  const min = Math.min(...c);
  const l = (max + min) / 2;
  return max === min ? 0 : (max - min) / (1 - Math.abs(2 * l - 1));
};

describe('cluster colours', () => {
  it('reach 3:1 against white, as non-text contrast requires', () => {
    for (const color of palette) expect(1.05 / (luminance(color) + 0.05), color).toBeGreaterThanOrEqual(3);
  });

  it('are never a grey that could be read as "not in a cluster"', () => {
    expect(saturation(noClusterColor)).toBe(0);
    for (const color of palette) expect(saturation(color), color).toBeGreaterThan(0.25);
  });

  it('give each of the clusters its own colour, the same on every page', () => {
    const slugs = ['negev-mizrahi', 'galil-mizrahi', 'hasharon', 'beit-hakerem', 'jerusalem-gateway', 'galil-maaravi', 'hamifratz', 'hagalil-vehaamakim', 'kinneret-vehaamakim', 'mishor-hahof', 'negev-maaravi', 'sorek-dromi', 'yehuda-veshomron'];
    const colors = clusterColors(slugs);
    expect(new Set(colors.values()).size).toBe(slugs.length);
    expect(clusterColors([...slugs].reverse())).toEqual(colors);
  });
});
