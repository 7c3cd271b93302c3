import { describe, expect, it } from 'vitest';
import type { AreaShape } from '../domain/geometry';
import { NEIGHBOURHOOD_LABEL_ROOM, neighbourhoodLabelZoom, spanAtZoomZero } from './label-zoom';

/** A square `size` degrees wide (in longitude) at the equator, where Mercator's scale is 1. */
function square(west: number, size: number): AreaShape {
  const ring = [
    [west, 0],
    [west + size, 0],
    [west + size, size],
    [west, size],
    [west, 0],
  ];
  return { type: 'Polygon', coordinates: [ring] };
}

describe('neighbourhoodLabelZoom', () => {
  it('is the zoom at which the median neighbourhood spans the label room', () => {
    const areas = [square(0, 0.01), square(1, 0.02), square(2, 0.04)];
    const zoom = neighbourhoodLabelZoom(areas, 1);
    expect(spanAtZoomZero(areas[1]!) * 2 ** zoom).toBeCloseTo(NEIGHBOURHOOD_LABEL_ROOM, 0);
  });

  it('comes one zoom step earlier for neighbourhoods twice as large', () => {
    const small = [square(0, 0.02), square(1, 0.02)];
    const large = [square(0, 0.04), square(1, 0.04)];
    expect(neighbourhoodLabelZoom(small, 1) - neighbourhoodLabelZoom(large, 1)).toBeCloseTo(1, 3);
  });

  it('comes later on an interface drawn larger, whose labels need more room', () => {
    const areas = [square(0, 0.02)];
    expect(neighbourhoodLabelZoom(areas, 2) - neighbourhoodLabelZoom(areas, 1)).toBeCloseTo(1, 6);
    expect(neighbourhoodLabelZoom(areas, 0.5)).toBe(neighbourhoodLabelZoom(areas, 1));
  });

  it('measures a real city: the demo neighbourhoods of about 2.5 km take over between the city and the district views', () => {
    // About 0.028° of longitude by 0.022° of latitude at Urmia's 37.5° N.
    const ring = [
      [45.05, 37.54],
      [45.078, 37.54],
      [45.078, 37.562],
      [45.05, 37.562],
      [45.05, 37.54],
    ];
    const zoom = neighbourhoodLabelZoom([{ type: 'Polygon', coordinates: [ring] }], 1);
    expect(zoom).toBeGreaterThan(12.5);
    expect(zoom).toBeLessThan(13.5);
  });

  it('never shows neighbourhood names of a city that has none', () => {
    expect(neighbourhoodLabelZoom([], 1)).toBe(Infinity);
  });
});
