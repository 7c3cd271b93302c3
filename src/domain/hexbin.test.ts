import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildHexGrid, countHexBins, hexAt, hexCentre, NO_BIN } from './hexbin';
import { clusterRequests } from './problem-clustering';
import { NO_AREA } from './request-table';
import { everyRequest, tableOf } from './test-tables';

const RADIUS = 150;
const NEIGHBOURS = [
  [1, 0],
  [1, -1],
  [0, -1],
  [-1, 0],
  [-1, 1],
  [0, 1],
];
const T0 = 1_760_000_000;

/** Great-circle distance in metres (haversine), independent of the module's plane. */
function metres(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(a));
}

describe('hexAt', () => {
  it('puts a point in the hexagon whose centre is nearest (no neighbour centre is closer)', () => {
    const coordinate = fc.double({ min: -20_000, max: 20_000, noNaN: true });
    fc.assert(
      fc.property(coordinate, coordinate, (x, y) => {
        const [q, r] = hexAt(x, y, RADIUS);
        const [cx, cy] = hexCentre(q, r, RADIUS);
        const own = Math.hypot(x - cx, y - cy);
        expect(own).toBeLessThanOrEqual(RADIUS + 1e-6);
        for (const [dq, dr] of NEIGHBOURS) {
          const [nx, ny] = hexCentre(q + dq!, r + dr!, RADIUS);
          expect(own).toBeLessThanOrEqual(Math.hypot(x - nx, y - ny) + 1e-6);
        }
      }),
    );
  });

  it('gives back the hexagon of its own centre', () => {
    const axial = fc.integer({ min: -500, max: 500 });
    fc.assert(
      fc.property(axial, axial, (q, r) => {
        expect(hexAt(...hexCentre(q, r, RADIUS), RADIUS)).toEqual([q, r]);
      }),
    );
  });
});

describe('hex bins of a request table', () => {
  const origin: [number, number] = [45.07, 37.55];
  const point = fc.record({
    lon: fc.double({ min: 44.95, max: 45.2, noNaN: true }),
    lat: fc.double({ min: 37.45, max: 37.65, noNaN: true }),
    requestedAt: fc.integer({ min: T0, max: T0 + 100 }),
    district: fc.constantFrom(0, NO_AREA),
  });

  it('counts every matching request once, in a bin whose centre is within the radius of it', () => {
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 300 }), (rows) => {
        const table = tableOf(rows);
        const grid = buildHexGrid(table, RADIUS, origin);
        const filter = everyRequest(T0, T0 + 50);
        const bins = countHexBins(table, grid, filter);
        const matching = rows.filter((row) => row.district === 0 && row.requestedAt < T0 + 50);
        expect(bins.counts.reduce((a, b) => a + b, 0)).toBe(matching.length);
        rows.forEach((row, i) => {
          if (row.district === NO_AREA) return expect(grid.binOf[i]).toBe(NO_BIN);
          const b = grid.binOf[i]!;
          // 0.5 % for the local plane against the sphere.
          expect(metres(row.lon, row.lat, grid.centreLon[b]!, grid.centreLat[b]!)).toBeLessThan(RADIUS * 1.005);
        });
      }),
    );
  });

  it('keeps two requests 20 m apart in one bin and two 1 km apart in two', () => {
    const table = tableOf([
      { lon: 45.07, lat: 37.55, requestedAt: T0, district: 0 },
      { lon: 45.07, lat: 37.55018, requestedAt: T0, district: 0 },
      { lon: 45.0813, lat: 37.55, requestedAt: T0, district: 0 },
    ]);
    const grid = buildHexGrid(table, RADIUS, [45.07 + 1e-9, 37.55 + 1e-9]);
    expect(grid.binOf[0]).toBe(grid.binOf[1]);
    expect(grid.binOf[2]).not.toBe(grid.binOf[0]);
    expect(Array.from(countHexBins(table, grid, everyRequest(T0, T0 + 1)).counts)).toEqual([2, 1]);
  });

  it('counts distinct problems once per bin: a problem of three requests in one bin counts one there', () => {
    // Three requests of s0 within metres and days of each other (one problem), one of s1 beside them, and
    // one of s0 a kilometre away.
    const table = tableOf([
      { lon: 45.07, lat: 37.55, requestedAt: T0, district: 0 },
      { lon: 45.0701, lat: 37.55, requestedAt: T0 + 3600, district: 0 },
      { lon: 45.07, lat: 37.5501, requestedAt: T0 + 7200, district: 0 },
      { lon: 45.07, lat: 37.55, requestedAt: T0, service: 1, district: 0 },
      { lon: 45.0813, lat: 37.55, requestedAt: T0, district: 0 },
    ]);
    const grid = buildHexGrid(table, RADIUS, [45.07 + 1e-9, 37.55 + 1e-9]);
    const problems = clusterRequests(table);
    const filter = everyRequest(T0, T0 + 86_400);
    expect(Array.from(countHexBins(table, grid, filter).counts)).toEqual([4, 1]);
    expect(Array.from(countHexBins(table, grid, filter, problems).counts)).toEqual([2, 1]);
  });
});
