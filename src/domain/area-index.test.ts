import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignAreas, buildAreaIndex } from './area-index';
import { pointInArea, type AreaShape } from './geometry';
import { NO_AREA } from './request-table';
import { tableOf } from './test-tables';

/** A wavy star-shaped city cut into `sectors` wedges: areas that share boundaries, like real districts. */
function wedges(sectors: number, cx = 45.07, cy = 37.55): AreaShape[] {
  const radius = (a: number) => 0.05 + 0.012 * Math.sin(5 * a) + 0.006 * Math.cos(11 * a);
  const steps = 24;
  return Array.from({ length: sectors }, (_, s) => {
    const ring: number[][] = [[cx, cy]];
    for (let k = 0; k <= steps; k++) {
      const a = ((s + k / steps) * 2 * Math.PI) / sectors;
      ring.push([cx + radius(a) * Math.cos(a), cy + radius(a) * Math.sin(a)]);
    }
    ring.push([cx, cy]);
    return { type: 'Polygon', coordinates: [ring] };
  });
}

const square = (w: number, s: number, e: number, n: number) => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];

describe('buildAreaIndex', () => {
  const areas = wedges(7);
  const index = buildAreaIndex(areas, 64);

  it('finds the same area as exact point-in-polygon for any point, boundary cells included', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 44.99, max: 45.15, noNaN: true }),
        fc.double({ min: 37.47, max: 37.63, noNaN: true }),
        (lon, lat) => {
          const expected = areas.findIndex((a) => pointInArea(lon, lat, a));
          expect(index.lookup(lon, lat)).toBe(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('respects holes and every part of a multipolygon', () => {
    const withHole: AreaShape = { type: 'Polygon', coordinates: [square(0, 0, 10, 10), square(4, 4, 6, 6)] };
    const islands: AreaShape = {
      type: 'MultiPolygon',
      coordinates: [[square(4.5, 4.5, 5.5, 5.5)], [square(20, 0, 22, 2)]],
    };
    const i = buildAreaIndex([withHole, islands], 32);
    expect(i.lookup(1, 1)).toBe(0);
    expect(i.lookup(5, 5)).toBe(1);
    expect(i.lookup(4.2, 4.2)).toBe(-1);
    expect(i.lookup(21, 1)).toBe(1);
    expect(i.lookup(15, 1)).toBe(-1);
  });
});

describe('assignAreas', () => {
  it('gives every request its neighbourhood and that neighbourhood’s district, and sets aside the rest', () => {
    const districts: AreaShape[] = [
      { type: 'Polygon', coordinates: [square(0, 0, 2, 2)] },
      { type: 'Polygon', coordinates: [square(2, 0, 4, 2)] },
    ];
    const neighbourhoods: AreaShape[] = [
      { type: 'Polygon', coordinates: [square(0, 0, 2, 1)] },
      { type: 'Polygon', coordinates: [square(0, 1, 2, 2)] },
      { type: 'Polygon', coordinates: [square(2, 0, 4, 2)] },
    ];
    const table = tableOf([
      { lon: 1, lat: 0.5, requestedAt: 1 },
      { lon: 1, lat: 1.5, requestedAt: 1 },
      { lon: 3, lat: 1, requestedAt: 1 },
      { lon: 9, lat: 9, requestedAt: 1 },
    ]);
    const setAside = assignAreas(table, buildAreaIndex(districts), buildAreaIndex(neighbourhoods), [0, 0, 1]);
    expect([...table.neighbourhood]).toEqual([0, 1, 2, NO_AREA]);
    expect([...table.district]).toEqual([0, 0, 1, NO_AREA]);
    expect(setAside).toEqual({ total: 1, byReason: { outside_city: 1 } });
  });
});
