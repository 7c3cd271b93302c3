import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allocateRequestTable, compareRows, NO_AREA, setIds, type RequestTable } from './request-table';
import { stringAt, stringColumnOf } from './string-column';
import { FIRST_CLOSED_STAGE, STAGES } from './vocabulary';

const RESOLVED = STAGES.indexOf('resolved');
const REJECTED = STAGES.indexOf('rejected');
import { clusterRequests, NO_PROBLEM, type ProblemSet } from './problem-clustering';
import { overridesForGroups, type ProblemOptions } from './problem-options';
import { firstRow, lastRow, memberCount } from './problem-set';

const LON = 45.07;
const LAT = 37.55;
const DAY = 86_400;
const T0 = 1_700_000_000;
/** Metres per degree, as the rule in docs/problem-rule.md defines them. */
const M_PER_DEG_LAT = 110_540;
const M_PER_DEG_LON = 111_320;

interface Row {
  id: number;
  /** Metres east and north of (LON, LAT), converted with the rule's own scale at LAT. */
  east: number;
  north: number;
  at: number;
  service: number;
  district?: number;
  stage?: number;
}

/**
 * Ids as a source writes them: decimal numbers (their sort key is the number), or text such as Open311's
 * hexadecimal ids (their sort key is a hash, and equal keys are compared as text).
 */
type IdStyle = 'decimal' | 'text';
const idText = (id: number, style: IdStyle) => (style === 'decimal' ? String(id) : `4fbd${id.toString(16)}`);

function tableOf(rows: readonly Row[], serviceCount = 3, style: IdStyle = 'decimal'): RequestTable {
  const codes = Array.from({ length: serviceCount }, (_, s) => `svc-${s}`);
  const table = allocateRequestTable(rows.length, codes, ['agency']);
  setIds(table, stringColumnOf(rows.map((r) => idText(r.id, style))));
  rows.forEach((r, i) => {
    table.lon[i] = LON + r.east / (Math.cos((LAT * Math.PI) / 180) * M_PER_DEG_LON);
    table.lat[i] = LAT + r.north / M_PER_DEG_LAT;
    table.requestedAt[i] = r.at;
    table.service[i] = r.service;
    table.stage[i] = r.stage ?? 0;
    table.district[i] = r.district ?? 0;
    table.neighbourhood[i] = r.district ?? 0;
  });
  return table;
}

const idOf = (table: RequestTable, row: number) => stringAt(table.ids, row);
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The partition as sorted lists of request ids, sorted: comparable across row orders. */
function partition(table: RequestTable, set: ProblemSet): string[][] {
  const groups = new Map<number, string[]>();
  for (let i = 0; i < table.count; i++) {
    const p = set.problemOf[i]!;
    if (p === NO_PROBLEM) continue;
    groups.set(p, [...(groups.get(p) ?? []), idOf(table, i)]);
  }
  return [...groups.values()].map((g) => g.sort(byText)).sort((a, b) => byText(a[0]!, b[0]!));
}

function sameProblem(set: ProblemSet, a: number, b: number): boolean {
  return set.problemOf[a] === set.problemOf[b];
}

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

/** A row at (east, north) metres, requested `at` seconds after T0. */
function r(id: number, east: number, north: number, at = 0, service = 0): Row {
  return { id, east, north, at: T0 + at, service };
}

// ---- Properties against a brute-force reference ----

interface Case {
  rows: Row[];
  options: ProblemOptions;
}

/** Coordinates within `spread` metres, whole metres now and then so that pairs fall exactly on the radius. */
const coordinateArb = (spread: number) =>
  fc.oneof(fc.double({ min: -spread, max: spread, noNaN: true }), fc.integer({ min: -spread, max: spread }));

/** Times within `days`, on whole days now and then so that pairs fall exactly on the window. */
const timeArb = (days: number) =>
  fc.oneof(
    fc.integer({ min: T0, max: T0 + days * DAY }),
    fc.nat(days).map((d) => T0 + d * DAY),
  );

const rowArb = (spread: number, days: number) =>
  fc.record({
    east: coordinateArb(spread),
    north: coordinateArb(spread),
    at: timeArb(days),
    service: fc.integer({ min: 0, max: 2 }),
    district: fc.oneof(fc.constant(NO_AREA), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })),
    stage: fc.integer({ min: 0, max: STAGES.length - 1 }),
  });

const paramsArb = fc.record(
  {
    radiusM: fc.oneof(fc.double({ min: 1, max: 200, noNaN: true }), fc.integer({ min: 1, max: 200 })),
    windowDays: fc.oneof(fc.nat(60), fc.constant(Infinity)),
  },
  { requiredKeys: [] },
);

// Dense (a few radii, a few windows) as often as sparse, so that chains, cell borders and windows are hit.
const caseArb: fc.Arbitrary<Case> = fc
  .record({
    rows: fc
      .tuple(fc.constantFrom(60, 150, 400), fc.constantFrom(10, 40, 120))
      .chain(([spread, days]) => fc.array(rowArb(spread, days), { minLength: 0, maxLength: 60 })),
    // Duplicates and near-duplicates: exact same spot and time, as real repeated reports are.
    copies: fc.array(fc.nat(), { maxLength: 10 }),
    defaultRadiusM: fc.oneof(fc.double({ min: 1, max: 150, noNaN: true }), fc.integer({ min: 1, max: 150 })),
    defaultWindowDays: fc.oneof(fc.nat(60), fc.constant(Infinity)),
    override: fc.option(paramsArb, { nil: undefined }),
  })
  .map(({ rows, copies, defaultRadiusM, defaultWindowDays, override }) => {
    const all = [...rows];
    for (const c of copies) if (rows.length > 0 && all.length < 60) all.push({ ...rows[c % rows.length]! });
    const options: ProblemOptions = { defaultRadiusM, defaultWindowDays };
    if (override) options.byService = { 1: override };
    return { rows: all.map((row, i) => ({ ...row, id: 1000 + i })), options };
  });

/** The link relation, written from the rule in docs/problem-rule.md, not from the implementation. */
function linkedReference(table: RequestTable, options: ProblemOptions): (a: number, b: number) => boolean {
  const inside = (i: number): boolean => table.district[i] !== NO_AREA;
  const lats = [...table.lat].filter((_, i) => inside(i));
  const lons = [...table.lon].filter((_, i) => inside(i));
  const lat0 = (Math.min(...lats) + Math.max(...lats)) / 2;
  const lon0 = (Math.min(...lons) + Math.max(...lons)) / 2;
  const kx = Math.cos((lat0 * Math.PI) / 180) * M_PER_DEG_LON;
  const params = (s: number) => ({
    radiusM: options.byService?.[s]?.radiusM ?? options.defaultRadiusM,
    windowDays: options.byService?.[s]?.windowDays ?? options.defaultWindowDays,
  });
  return (a, b) => {
    if (!inside(a) || !inside(b) || table.service[a] !== table.service[b]) return false;
    const { radiusM, windowDays } = params(table.service[a]!);
    const dx = (table.lon[a]! - lon0) * kx - (table.lon[b]! - lon0) * kx;
    const dy = (table.lat[a]! - lat0) * M_PER_DEG_LAT - (table.lat[b]! - lat0) * M_PER_DEG_LAT;
    const dt = Math.abs(table.requestedAt[a]! - table.requestedAt[b]!);
    return dx * dx + dy * dy <= radiusM * radiusM && dt <= windowDays * DAY;
  };
}

/** Connected components of the link relation by brute force (O(n²)), as a partition of request ids. */
function referencePartition(table: RequestTable, options: ProblemOptions): string[][] {
  const linked = linkedReference(table, options);
  const component = new Array<number>(table.count).fill(-1);
  const groups: string[][] = [];
  for (let start = 0; start < table.count; start++) {
    if (component[start] !== -1 || table.district[start] === NO_AREA) continue;
    const group: string[] = [];
    const stack = [start];
    component[start] = groups.length;
    while (stack.length > 0) {
      const a = stack.pop()!;
      group.push(idOf(table, a));
      for (let b = 0; b < table.count; b++) {
        if (component[b] === -1 && linked(a, b)) {
          component[b] = groups.length;
          stack.push(b);
        }
      }
    }
    groups.push(group.sort(byText));
  }
  return groups.sort((a, b) => byText(a[0]!, b[0]!));
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Per-problem figures keyed by request ids, so two row orders can be compared. */
function figures(table: RequestTable, set: ProblemSet) {
  return Array.from({ length: set.count }, (_, p) => ({
    members: [...set.members.subarray(set.memberStart[p]!, set.memberStart[p + 1]!)].map((row) => idOf(table, row)),
    first: idOf(table, firstRow(set, p)),
    last: idOf(table, lastRow(set, p)),
    firstAt: table.requestedAt[firstRow(set, p)],
    lastAt: table.requestedAt[lastRow(set, p)],
    open: set.open[p],
    lon: set.centroidLon[p],
    lat: set.centroidLat[p],
    service: set.service[p],
    district: table.district[firstRow(set, p)],
  }));
}

describe('clusterRequests, properties', () => {
  it('is exactly the connected components of the link relation (every linked pair shares, every problem is connected)', () => {
    fc.assert(
      fc.property(caseArb, ({ rows, options }) => {
        const table = tableOf(rows);
        expect(partition(table, clusterRequests(table, options))).toEqual(referencePartition(table, options));
      }),
      { numRuns: 300 },
    );
  });

  it('joins two lone requests exactly when they are linked, wherever they fall on the grid', () => {
    const pairArb = fc.record({
      east: coordinateArb(400),
      north: coordinateArb(400),
      angle: fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
      distance: fc.oneof(fc.double({ min: 0, max: 2.2, noNaN: true }), fc.constantFrom(0, 0.5, 1, 1.5, 2)),
      radiusM: fc.integer({ min: 1, max: 150 }),
      windowDays: fc.nat(30),
      gapDays: fc.oneof(fc.integer({ min: -2, max: 2 }), fc.double({ min: -2, max: 2, noNaN: true })),
    });
    fc.assert(
      fc.property(pairArb, ({ east, north, angle, distance, radiusM, windowDays, gapDays }) => {
        const d = distance * radiusM;
        const rows: Row[] = [
          { id: 1, east, north, at: T0, service: 0 },
          {
            id: 2,
            east: east + d * Math.cos(angle),
            north: north + d * Math.sin(angle),
            at: T0 + Math.round((windowDays + gapDays) * DAY),
            service: 0,
          },
        ];
        const options = { defaultRadiusM: radiusM, defaultWindowDays: windowDays };
        const table = tableOf(rows);
        expect(sameProblem(clusterRequests(table, options), 0, 1)).toBe(linkedReference(table, options)(0, 1));
      }),
      { numRuns: 3000 },
    );
  });

  it('matches the brute-force components on thousands of rows (the radix-sorted path)', () => {
    const rowsArb = fc.array(rowArb(500, 60), { minLength: 3000, maxLength: 3000 });
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const table = tableOf(rows.map((row, i) => ({ ...row, id: 1 + i })));
        const options = { defaultRadiusM: 25, defaultWindowDays: 10, byService: { 2: { radiusM: 60 } } };
        expect(partition(table, clusterRequests(table, options))).toEqual(referencePartition(table, options));
      }),
      // Shrinking 3000-row arrays takes minutes; the smaller properties give the small counterexample.
      { numRuns: 3, endOnFailure: true },
    );
  }, 30_000);

  it('puts every pair within radius and window of one category in the same problem', () => {
    fc.assert(
      fc.property(caseArb, ({ rows, options }) => {
        const table = tableOf(rows);
        const set = clusterRequests(table, options);
        const linked = linkedReference(table, options);
        for (let a = 0; a < table.count; a++) {
          for (let b = a + 1; b < table.count; b++) if (linked(a, b)) expect(sameProblem(set, a, b)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('does not depend on row order: same partition, same numbering, same figures (decimal and text ids)', () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.integer(),
        fc.constantFrom<IdStyle>('decimal', 'text'),
        ({ rows, options }, seed, style) => {
          const table = tableOf(rows, 3, style);
          const other = tableOf(shuffled(rows, seed), 3, style);
          const a = clusterRequests(table, options);
          const b = clusterRequests(other, options);
          expect(partition(other, b)).toEqual(partition(table, a));
          expect(figures(other, b)).toEqual(figures(table, a));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never splits a problem when the radius grows', () => {
    fc.assert(
      fc.property(caseArb, fc.double({ min: 0, max: 100, noNaN: true }), ({ rows, options }, extra) => {
        const table = tableOf(rows);
        const small = clusterRequests(table, { defaultRadiusM: options.defaultRadiusM, defaultWindowDays: 30 });
        const large = clusterRequests(table, { defaultRadiusM: options.defaultRadiusM + extra, defaultWindowDays: 30 });
        for (let a = 0; a < table.count; a++) {
          for (let b = a + 1; b < table.count; b++) {
            if (small.problemOf[a] !== NO_PROBLEM && sameProblem(small, a, b))
              expect(sameProblem(large, a, b)).toBe(true);
          }
        }
        expect(large.count).toBeLessThanOrEqual(small.count);
      }),
      { numRuns: 200 },
    );
  });

  it('never puts two categories in one problem, and its figures agree with its members', () => {
    fc.assert(
      fc.property(caseArb, ({ rows, options }) => {
        const table = tableOf(rows);
        const set = clusterRequests(table, options);
        for (let p = 0; p < set.count; p++) {
          const members = [...set.members.subarray(set.memberStart[p]!, set.memberStart[p + 1]!)];
          expect(members.length).toBe(memberCount(set, p));
          expect(new Set(members.map((i) => table.service[i]))).toEqual(new Set([set.service[p]]));
          // Members in the canonical (requestedAt, id) order: the first and last requests open and close the list.
          const byTime = [...members].sort((a, b) => compareRows(table, a, b));
          expect(members.map((i) => idOf(table, i))).toEqual(byTime.map((i) => idOf(table, i)));
          const times = members.map((i) => table.requestedAt[i]!);
          expect(table.requestedAt[firstRow(set, p)]).toBe(Math.min(...times));
          expect(table.requestedAt[lastRow(set, p)]).toBe(Math.max(...times));
          expect(set.open[p]).toBe(members.filter((i) => table.stage[i]! < FIRST_CLOSED_STAGE).length);
          const meanLat = members.reduce((sum, i) => sum + table.lat[i]!, 0) / members.length;
          expect(set.centroidLat[p]).toBeCloseTo(meanLat, 9);
          for (const i of members) expect(set.problemOf[i]).toBe(p);
        }
        const clustered = [...set.problemOf].filter((p) => p !== NO_PROBLEM).length;
        expect(clustered + set.excluded).toBe(table.count);
      }),
      { numRuns: 200 },
    );
  });
});
