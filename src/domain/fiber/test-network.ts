/** Small hand-made fiber networks for the tests: two districts side by side, in Tehran's time zone. */
import { buildAreaIndex } from '../area-index';
import type { AreaShape } from '../geometry';
import { buildFiberNetwork, type FiberNetwork, type FiberSegmentInput } from './network';

export const TIME_ZONE = 'Asia/Tehran';

/** Local midnight of a day in Tehran, read with its fixed offset (+03:30, no daylight saving since 2022). */
export const day = (isoDay: string): number => Date.parse(`${isoDay}T00:00:00+03:30`) / 1000;

const HOUR = 3600;
/** Noon of a day in Tehran: an instant well inside it. */
export const noon = (isoDay: string): number => day(isoDay) + 12 * HOUR;

// West district [0, 0.01] and east district [0.01, 0.02] degrees of longitude along the equator.
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
const DISTRICTS = buildAreaIndex([box(0, 0.01), box(0.01, 0.02)]);

/** A line a quarter in the west district and three quarters in the east one. */
export const ACROSS_BOTH = [
  [0.0075, 0.005],
  [0.0175, 0.005],
];

/** A planned segment of 1 km in the west district, planned for the first half of 2024, with `fields` over it. */
export function segment(fields: Partial<FiberSegmentInput> & { id: string }): FiberSegmentInput {
  return {
    status: 'planned',
    plannedStart: '2024-01-01',
    plannedEnd: '2024-06-30',
    startedAt: null,
    completedAt: null,
    district: 0,
    contractor: -1,
    lengthM: 1000,
    coordinates: [
      [0.002, 0.005],
      [0.003, 0.005],
    ],
    ...fields,
  };
}

/** A segment completed on `completedAt` (its status says so). */
export const built = (fields: Partial<FiberSegmentInput> & { id: string; completedAt: string }) =>
  segment({ status: 'completed', ...fields });

/** The network of the segments over the two districts, as of `asOf`. */
export function networkOf(segments: FiberSegmentInput[], asOf: number, contractorCount = 0): FiberNetwork {
  return buildFiberNetwork(segments, DISTRICTS, { districtCount: 2, contractorCount, timeZone: TIME_ZONE, asOf });
}
