import { describe, expect, it } from 'vitest';
import { densityDomain, requestQuantiles, type ScreenFrame } from './heatmap-domain';

// A screen of 300 × 300 pixels over 3° × 3°: 100 pixels a degree. With a radius of 30 pixels the cells are
// 10 pixels wide, a tenth of a degree.
const FRAME: ScreenFrame = { west: 0, south: 0, east: 3, north: 3, width: 300, height: 300 };
const RADIUS = 30;
const ALL: [number, number][] = [[0, 10]];
/** Weights-texture units of one request per 10-pixel cell: the kernel's 2√π/6 · radius², over 100 pixels. */
const ONE_PER_CELL = ((2 * Math.sqrt(Math.PI)) / 6) * 9;

/** `perCell[i]` requests in the i-th cell (30 a row), each with filter value `value`. */
function requests(perCell: number[], value = 5) {
  const positions: number[] = [];
  const filter: number[] = [];
  perCell.forEach((count, cell) => {
    for (let k = 0; k < count; k++) {
      positions.push((cell % 30) / 10 + 0.05, Math.floor(cell / 30) / 10 + 0.05);
      filter.push(value);
    }
  });
  return { positions: Float32Array.from(positions), filter: Float32Array.from(filter) };
}

describe('densityDomain', () => {
  it('colours opaque from twice the density around the median request when the city is even', () => {
    const { positions, filter } = requests(Array(20).fill(4));
    const [opaque, top] = densityDomain(positions, filter, ALL, FRAME, RADIUS)!;
    // Everywhere 4 requests a cell: opaque from 8, the top colour (at least twice as dense) from 16.
    expect(opaque).toBeCloseTo(8 * ONE_PER_CELL, 6);
    expect(top).toBeCloseTo(16 * ONE_PER_CELL, 6);
  });

  it('follows the densest requests when a few places hold many of them', () => {
    // 90 quiet cells of 2 requests (180), 9 busy ones of 30 (270) and one hotspot of 300.
    const { positions, filter } = requests([...Array(90).fill(2), ...Array(9).fill(30), 300]);
    const [opaque, top] = densityDomain(positions, filter, ALL, FRAME, RADIUS)!;
    // The densest fifth of the 750 requests lies in the hotspot, the densest twentieth too.
    expect(opaque / ONE_PER_CELL).toBeCloseTo(300, 6);
    expect(top / ONE_PER_CELL).toBeCloseTo(600, 6);
  });

  it('does not make a few requests at one spot a concentration where the screen holds few', () => {
    // One request a cell, and one spot of three: all under the floor of four requests a cell.
    const { positions, filter } = requests([...Array(30).fill(1), 3]);
    const [opaque] = densityDomain(positions, filter, ALL, FRAME, RADIUS)!;
    expect(opaque / ONE_PER_CELL).toBeCloseTo(4, 6);
  });

  it('counts only the requests on screen', () => {
    const { positions, filter } = requests(Array(10).fill(4));
    const outside = Float32Array.from([...positions, 5, 5, -1, 1, 1, 4]);
    const filterOutside = Float32Array.from([...filter, 5, 5, 5]);
    expect(densityDomain(outside, filterOutside, ALL, FRAME, RADIUS)).toEqual(
      densityDomain(positions, filter, ALL, FRAME, RADIUS),
    );
  });

  it('counts only the requests that pass the filter, as the GPU draws them', () => {
    const kept = requests(Array(10).fill(4), 5);
    const dropped = requests([0, 0, 0, 50], 20);
    const positions = Float32Array.from([...kept.positions, ...dropped.positions]);
    const filter = Float32Array.from([...kept.filter, ...dropped.filter]);
    expect(densityDomain(positions, filter, ALL, FRAME, RADIUS)).toEqual(
      densityDomain(kept.positions, kept.filter, ALL, FRAME, RADIUS),
    );
  });

  it('has no domain without a request on screen', () => {
    const { positions, filter } = requests([3, 3], 20);
    expect(densityDomain(positions, filter, ALL, FRAME, RADIUS)).toBeNull();
    expect(densityDomain(new Float32Array(0), new Float32Array(0), ALL, FRAME, RADIUS)).toBeNull();
  });

  it('follows the zoom: seen twice as close, the same requests cover four times the pixels', () => {
    // Sixteen requests in each tenth of a degree, four in each of its quarters.
    const positions: number[] = [];
    for (let cell = 0; cell < 20; cell++) {
      for (const [dx, dy] of [
        [0.025, 0.025],
        [0.075, 0.025],
        [0.025, 0.075],
        [0.075, 0.075],
      ]) {
        for (let k = 0; k < 4; k++) positions.push(cell / 10 + dx!, dy!);
      }
    }
    const filter = new Float32Array(positions.length / 2).fill(5);
    const far = densityDomain(Float32Array.from(positions), filter, ALL, FRAME, RADIUS)!;
    const near = densityDomain(
      Float32Array.from(positions),
      filter,
      ALL,
      { ...FRAME, width: 600, height: 600 },
      RADIUS,
    )!;
    expect(near[0]).toBeCloseTo(far[0] / 4, 6);
    expect(near[1]).toBeCloseTo(far[1] / 4, 6);
  });
});

describe('requestQuantiles', () => {
  it('gives the count of the cell each share of the requests lies in, the requests ordered by it', () => {
    // 2 + 3 + 5 = 10 requests: the first 2 in a cell of 2, the next 3 in a cell of 3, the last 5 in one of 5.
    const sorted = Uint32Array.from([2, 3, 5]);
    expect(requestQuantiles(sorted, [0, 0.1, 0.25, 0.5, 0.9, 1])).toEqual([2, 2, 3, 5, 5, 5]);
  });
});
