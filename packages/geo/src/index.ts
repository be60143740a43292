export { MAP_STATUSES, type MapStatus, STATUS_PATTERNS } from './patterns.ts';

/** The parts of `GET /v1/municipalities/boundaries` a map needs: each municipality's code, name and polygons. */
export interface Boundaries {
  attribution: string;
  features: {
    properties: { code: string; name: string };
    geometry: { coordinates: number[][][][] };
  }[];
}

/** A municipality drawn as one SVG path. */
export interface Shape {
  code: string;
  name: string;
  path: string;
}

/**
 * Projects the municipalities onto an SVG canvas `width` wide: longitude scaled by the cosine of the
 * middle latitude (an equirectangular projection, true enough at the scale of a county or of Sweden).
 */
export function project(boundaries: Boundaries, width = 400): { shapes: Shape[]; height: number } {
  let minLon = Infinity;
  let maxLon = -Infinity;
  let minLat = Infinity;
  let maxLat = -Infinity;
  for (const feature of boundaries.features) {
    for (const ring of feature.geometry.coordinates.flat()) {
      for (const [lon = 0, lat = 0] of ring) {
        if (lon < minLon) minLon = lon;
        if (lon > maxLon) maxLon = lon;
        if (lat < minLat) minLat = lat;
        if (lat > maxLat) maxLat = lat;
      }
    }
  }
  if (!Number.isFinite(minLon)) return { shapes: [], height: 0 };
  const kx = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const scale = width / Math.max((maxLon - minLon) * kx, 1e-6);
  const x = (lon: number) => Math.round((lon - minLon) * kx * scale * 10) / 10;
  const y = (lat: number) => Math.round((maxLat - lat) * scale * 10) / 10;
  const shapes = boundaries.features.map((feature) => ({
    code: feature.properties.code,
    name: feature.properties.name,
    path: feature.geometry.coordinates
      .flat()
      .map((ring) => `M${ring.map(([lon = 0, lat = 0]) => `${x(lon)} ${y(lat)}`).join('L')}Z`)
      .join(''),
  }));
  return { shapes, height: Math.ceil((maxLat - minLat) * scale) };
}
