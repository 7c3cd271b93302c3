import { describe, expect, it } from 'vitest';
import { buildAreaIndex } from '../area-index';
import { fiberLengthByDistrict, fiberShares } from './fiber-length';
import type { AreaShape } from '../geometry';

// Two districts side by side along the equator: west [0, 0.01] and east [0.01, 0.02] degrees of longitude.
const box = (west: number, east: number): AreaShape => ({
  type: 'Polygon',
  coordinates: [
    [
      [west, 0],
      [east, 0],
      [east, 0.01],
      [west, 0.01],
      [west, 0],
    ],
  ],
});
const index = buildAreaIndex([box(0, 0.01), box(0.01, 0.02)]);

describe('fiber length by district', () => {
  it('counts a segment that names its district there whole', () => {
    const result = fiberLengthByDistrict(
      [
        {
          district: 1,
          lengthM: 800,
          coordinates: [
            [0.001, 0.005],
            [0.002, 0.005],
          ],
        },
      ],
      index,
      2,
    );
    expect([...result.byDistrict]).toEqual([0, 800]);
  });

  it('shares a segment across two districts pro rata, from its geometry', () => {
    // A quarter of the line in the west district, three quarters in the east.
    const line = [
      [0.0075, 0.005],
      [0.0175, 0.005],
    ];
    const { byDistrict, outside } = fiberLengthByDistrict(
      [{ district: -1, lengthM: 1000, coordinates: line }],
      index,
      2,
    );
    expect(byDistrict[0]).toBeCloseTo(250, -1);
    expect(byDistrict[1]).toBeCloseTo(750, -1);
    expect(byDistrict[0]! + byDistrict[1]! + outside).toBeCloseTo(1000, 6);
  });

  it('keeps what lies outside every district apart, so the districts never claim it', () => {
    const line = [
      [0.015, 0.005],
      [0.025, 0.005],
    ];
    const { byDistrict, outside } = fiberLengthByDistrict(
      [{ district: -1, lengthM: 100, coordinates: line }],
      index,
      2,
    );
    expect(byDistrict[1]).toBeCloseTo(50, 0);
    expect(outside).toBeCloseTo(50, 0);
  });

  it('lists the shares segment by segment: one for a named district, one per district crossed', () => {
    const named = {
      district: 0,
      lengthM: 300,
      coordinates: [
        [0.001, 0.005],
        [0.002, 0.005],
      ],
    };
    const across = {
      district: -1,
      lengthM: 1000,
      coordinates: [
        [0.0075, 0.005],
        [0.0175, 0.005],
      ],
    };
    const shares = fiberShares([named, across], index, 2);
    expect([...shares.start]).toEqual([0, 1, 3]);
    expect([...shares.district]).toEqual([0, 0, 1]);
    expect(shares.metres[0]).toBe(300);
    expect(shares.metres[1]! + shares.metres[2]!).toBeCloseTo(1000, 6);
  });
});
