import { describe, expect, it } from 'vitest';
import { NO_AREA } from './request-table';
import { STAGES } from './vocabulary';
import { clusterRequests, NO_PROBLEM } from './problem-clustering';
import { overridesForGroups, type ProblemOptions } from './problem-options';
import { firstRow, lastRow, memberCount } from './problem-set';
import {
  DAY,
  LAT,
  LON,
  M_PER_DEG_LAT,
  membersOf,
  partition,
  r,
  sameProblem,
  T0,
  tableOf,
  type Row,
} from './problem-test-rows';

const RESOLVED = STAGES.indexOf('resolved');
const REJECTED = STAGES.indexOf('rejected');

describe('clusterRequests, hand-made cases', () => {
  it('joins two requests 40 m apart and splits two 60 m apart', () => {
    const near = clusterRequests(tableOf([r(1, 0, 0), r(2, 0, 40)]));
    expect(near.count).toBe(1);
    const far = clusterRequests(tableOf([r(1, 0, 0), r(2, 0, 60)]));
    expect(far.count).toBe(2);
  });

  it('chains A–B–C into one problem although A–C is beyond the radius', () => {
    const set = clusterRequests(tableOf([r(1, 0, 0), r(2, 45, 0), r(3, 90, 0)]));
    expect(set.count).toBe(1);
    expect(memberCount(set, 0)).toBe(3);
  });

  it('keeps two categories at the same spot apart', () => {
    const set = clusterRequests(tableOf([r(1, 0, 0, 0, 0), r(2, 0, 0, 0, 1)]));
    expect(set.count).toBe(2);
    expect([...set.service].sort()).toEqual([0, 1]);
  });

  it('splits requests further apart in time than the window, and joins them within it', () => {
    expect(clusterRequests(tableOf([r(1, 0, 0, 0), r(2, 0, 0, 31 * DAY)])).count).toBe(2);
    expect(clusterRequests(tableOf([r(1, 0, 0, 0), r(2, 0, 0, 30 * DAY)])).count).toBe(1);
    const chained = tableOf([r(1, 0, 0, 0), r(2, 0, 0, 20 * DAY), r(3, 0, 0, 40 * DAY)]);
    expect(clusterRequests(chained).count).toBe(1);
  });

  it('applies per-category overrides by index, by code and by group', () => {
    const rows = [r(1, 0, 0, 0, 0), r(2, 0, 150, 0, 0), r(3, 0, 0, 0, 1), r(4, 0, 150, 0, 1)];
    const byIndex: ProblemOptions = { defaultRadiusM: 50, defaultWindowDays: 30, byService: { 0: { radiusM: 200 } } };
    const set = clusterRequests(tableOf(rows), byIndex);
    expect(set.count).toBe(3);
    expect(sameProblem(set, 0, 1)).toBe(true);
    expect(sameProblem(set, 2, 3)).toBe(false);

    const groups = overridesForGroups(
      [
        { service_code: 'svc-0', group: 'roads' },
        { service_code: 'svc-1', group: 'lighting' },
      ],
      { lighting: { radiusM: 200 } },
    );
    const byGroup = clusterRequests(tableOf(rows), { defaultRadiusM: 50, defaultWindowDays: 30, byCode: groups });
    expect(sameProblem(byGroup, 0, 1)).toBe(false);
    expect(sameProblem(byGroup, 2, 3)).toBe(true);

    const longWindow = { defaultRadiusM: 50, defaultWindowDays: 30, byService: { 1: { windowDays: 365 } } };
    const late = tableOf([r(1, 0, 0, 0, 0), r(2, 0, 0, 100 * DAY, 0), r(3, 0, 0, 0, 1), r(4, 0, 0, 100 * DAY, 1)]);
    const lateSet = clusterRequests(late, longWindow);
    expect(sameProblem(lateSet, 0, 1)).toBe(false);
    expect(sameProblem(lateSet, 2, 3)).toBe(true);
  });

  it('leaves out rows outside the city and summarises each problem', () => {
    const table = tableOf([
      { id: 7, east: 0, north: 0, at: T0 + 2 * DAY, service: 2, district: 4, stage: RESOLVED },
      { id: 5, east: 0, north: 20, at: T0, service: 2, district: 3, stage: 0 },
      { id: 9, east: 0, north: 40, at: T0 + DAY, service: 2, district: NO_AREA, stage: 0 },
      { id: 6, east: 500, north: 0, at: T0 + DAY, service: 2, district: 1, stage: REJECTED },
    ]);
    const set = clusterRequests(table);
    expect(set.excluded).toBe(1);
    expect(set.problemOf[2]).toBe(NO_PROBLEM);
    expect(set.count).toBe(2);
    // Numbered by first request: the pair starts at T0, the lone request a day later.
    expect([...set.problemOf]).toEqual([0, 0, NO_PROBLEM, 1]);
    const perProblem = (figure: (p: number) => number) => Array.from({ length: set.count }, (_, p) => figure(p));
    expect(perProblem((p) => memberCount(set, p))).toEqual([2, 1]);
    expect([...set.members.subarray(set.memberStart[0]!, set.memberStart[1]!)]).toEqual([1, 0]);
    expect(perProblem((p) => firstRow(set, p))).toEqual([1, 3]);
    expect(perProblem((p) => lastRow(set, p))).toEqual([0, 3]);
    expect(perProblem((p) => table.requestedAt[firstRow(set, p)]!)).toEqual([T0, T0 + DAY]);
    expect(perProblem((p) => table.requestedAt[lastRow(set, p)]!)).toEqual([T0 + 2 * DAY, T0 + DAY]);
    expect([...set.open]).toEqual([1, 0]);
    expect(perProblem((p) => table.district[firstRow(set, p)]!)).toEqual([3, 1]);
    expect(set.centroidLat[0]).toBeCloseTo(LAT + 10 / M_PER_DEG_LAT, 9);
    expect(set.centroidLon[0]).toBeCloseTo(LON, 9);
  });

  it('rejects a radius that is not positive', () => {
    expect(() => clusterRequests(tableOf([r(1, 0, 0)]), { defaultRadiusM: 0, defaultWindowDays: 1 })).toThrow(
      RangeError,
    );
  });
});

/** A crew's walk east along a downtown street, a tag every 37–44 m, ten minutes apart. */
const STREET_EAST_M = [0, 38, 81, 119, 160, 204, 243, 280, 322, 361, 402, 440, 483];

/** The ids of each problem, sorted, problems in order of their first id. */
const idsOf = (rows: readonly Row[], options?: ProblemOptions) => {
  const table = tableOf(rows);
  return partition(table, clusterRequests(table, options));
};

describe('clusterRequests, the max span', () => {
  const walk = (east: readonly number[]): Row[] => east.map((e, k) => r(k + 1, e, 0, k * 600));

  it('cuts a chain of graffiti along a street longer than the span where the walk passes it', () => {
    const street = walk(STREET_EAST_M);
    expect(idsOf(street, { defaultRadiusM: 50, defaultWindowDays: 30, defaultMaxSpanM: Infinity })).toHaveLength(1);
    // 0…243 m is one problem (243 m across); the tag at 280 m would make it 280 m: it starts the next.
    expect(idsOf(street)).toEqual([
      ['1', '2', '3', '4', '5', '6', '7'],
      ['10', '11', '12', '13', '8', '9'],
    ]);
  });

  it('cuts the same street walked the other way into pieces within the span too', () => {
    const back = walk([...STREET_EAST_M].reverse());
    // From 483 m down to 243 m (240 m across); 204 m would make it 279 m. The cut falls elsewhere than on
    // the walk east: where it falls follows the order the tags were reported in.
    expect(idsOf(back)).toEqual([
      ['1', '2', '3', '4', '5', '6', '7'],
      ['10', '11', '12', '13', '8', '9'],
    ]);
    const table = tableOf(back);
    const set = clusterRequests(table);
    expect(sameProblem(set, 6, 7)).toBe(false);
    expect(sameProblem(set, 0, 6)).toBe(true);
  });

  it('keeps a street lamp’s reports to its lamp and a resurfacing job whole, with group overrides', () => {
    const catalogue = [
      { service_code: 'svc-0', group: 'lighting' },
      { service_code: 'svc-1', group: 'roads' },
    ];
    const byCode = overridesForGroups(catalogue, {
      lighting: { radiusM: 30, maxSpanM: 60 },
      roads: { radiusM: 200, windowDays: 90, maxSpanM: 1000 },
    });
    const options: ProblemOptions = { defaultRadiusM: 50, defaultWindowDays: 30, byCode };
    // Six lamps 25 m apart, out one after the other; a street resurfaced over 800 m for two months.
    const lamps = [0, 25, 50, 75, 100, 125].map((e, k) => r(k + 1, e, 0, k * DAY, 0));
    const road = [0, 160, 320, 480, 640, 800].map((e, k) => r(k + 11, e, 500, k * 10 * DAY, 1));
    expect(idsOf([...lamps, ...road], options)).toEqual([
      ['1', '2', '3'],
      ['11', '12', '13', '14', '15', '16'],
      ['4', '5', '6'],
    ]);
    // With the defaults the lamps are one problem (125 m) and the job six.
    expect(idsOf([...lamps, ...road])).toHaveLength(7);
  });

  it('rejects a span that is not positive, and takes Infinity for none', () => {
    const one = tableOf([r(1, 0, 0)]);
    for (const defaultMaxSpanM of [0, -1, NaN]) {
      expect(() => clusterRequests(one, { defaultRadiusM: 50, defaultWindowDays: 1, defaultMaxSpanM })).toThrow(
        RangeError,
      );
    }
    expect(clusterRequests(one, { defaultRadiusM: 50, defaultWindowDays: 1, defaultMaxSpanM: Infinity }).count).toBe(1);
  });
});

describe('clusterRequests, staff reports', () => {
  const staff = (row: Row, reporter = 1): Row => ({ ...row, reporter });

  it('keeps the city’s own reports apart from citizens’ at the same spot, and clusters them among themselves', () => {
    const rows = [r(1, 0, 0), r(2, 10, 0), staff(r(3, 0, 0)), staff(r(4, 5, 0), 2), staff(r(5, 400, 0))];
    const table = tableOf(rows);
    const set = clusterRequests(table);
    expect(partition(table, set)).toEqual([['1', '2'], ['3', '4'], ['5']]);
    for (let p = 0; p < set.count; p++) {
      expect(new Set(membersOf(set, p).map((i) => Math.min(1, table.reporter[i]!))).size).toBe(1);
    }
  });

  it('cuts a crew’s long walk by the span like any chain, still apart from citizens', () => {
    const crew = STREET_EAST_M.map((e, k) => staff(r(k + 1, e, 0, k * 600)));
    const citizen = r(100, 100, 5, 3 * DAY);
    const problems = idsOf([...crew, citizen]);
    expect(problems).toHaveLength(3);
    expect(problems).toContainEqual(['100']);
  });
});
