import { describe, expect, it } from 'vitest';
import { project } from './index.ts';

const square = (code: string, name: string, lon: number, lat: number) => ({
  properties: { code, name },
  geometry: {
    coordinates: [
      [
        [
          [lon, lat],
          [lon + 1, lat],
          [lon + 1, lat + 1],
          [lon, lat + 1],
        ],
      ],
    ],
  },
});

describe('projecting the boundaries onto an SVG canvas', () => {
  it('fits the municipalities to the width, north up, one path per municipality', () => {
    const { shapes, height } = project({ attribution: '', features: [square('0001', 'Väst', 0, 0)] }, 100);
    expect(shapes).toEqual([{ code: '0001', name: 'Väst', path: 'M0 100L100 100L100 0L0 0Z' }]);
    // Rounded up to whole units, so nothing is cut off at the bottom.
    expect([100, 101]).toContain(height);
  });

  it('narrows longitude by the cosine of the middle latitude, so Sweden is not stretched sideways', () => {
    const { shapes, height } = project(
      { attribution: '', features: [square('0001', 'Väst', 10, 59), square('0002', 'Öst', 11, 59)] },
      400,
    );
    expect(shapes.map((shape) => shape.code)).toEqual(['0001', '0002']);
    // Two degrees of longitude at 59.5° N are about as long as one degree of latitude.
    expect(height).toBeGreaterThan(380);
    expect(height).toBeLessThan(400);
    expect(shapes[1]?.path.startsWith('M200 ')).toBe(true);
  });

  it('draws nothing for no municipalities', () => {
    expect(project({ attribution: '', features: [] })).toEqual({ shapes: [], height: 0 });
  });
});
