import type { Boundaries } from '@eshkol/contracts/map';

export type LonLat = [number, number];
type Geometry = Boundaries['features'][number]['geometry'];

/** The parallel whose scale the map keeps true: the middle of the country. */
const referenceLatitude = 31.5;

const isPosition = (v: unknown): v is LonLat =>
  Array.isArray(v) && v.length >= 2 && typeof v[0] === 'number' && typeof v[1] === 'number';

const toRing = (v: unknown): LonLat[] => (Array.isArray(v) ? v.filter(isPosition).map((p) => [p[0], p[1]] as LonLat) : []);

/** Every ring of a Polygon or MultiPolygon, outer and holes alike. */
export function ringsOf(geometry: Geometry): LonLat[][] {
  const polygons: unknown[] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flatMap((polygon) => (Array.isArray(polygon) ? polygon.map(toRing) : [])).filter((ring) => ring.length > 2);
}

export type Projection = {
  width: number;
  height: number;
  project: (p: LonLat) => [number, number];
};

/** Equirectangular: longitude scaled by cos(31.5°), fitted to `width` with a margin. */
export function fitProjection(points: LonLat[], width = 400, margin = 10): Projection {
  const k = Math.cos((referenceLatitude * Math.PI) / 180);
  let [minLon, maxLon, minLat, maxLat] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const [lon, lat] of points) {
    minLon = Math.min(minLon, lon);
    maxLon = Math.max(maxLon, lon);
    minLat = Math.min(minLat, lat);
    maxLat = Math.max(maxLat, lat);
  }
  const spanX = Math.max((maxLon - minLon) * k, 1e-6);
  const scale = (width - 2 * margin) / spanX;
  const height = (maxLat - minLat) * scale + 2 * margin;
  return {
    width,
    height,
    project: ([lon, lat]) => [margin + (lon - minLon) * k * scale, margin + (maxLat - lat) * scale],
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

export function pathOf(geometry: Geometry, projection: Projection): string {
  return ringsOf(geometry)
    .map((ring) => {
      const [first, ...rest] = ring.map(projection.project);
      if (!first) return '';
      return `M${round(first[0])},${round(first[1])}${rest.map(([x, y]) => `L${round(x)},${round(y)}`).join('')}Z`;
    })
    .join('');
}
