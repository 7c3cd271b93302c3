import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareRows, NO_AREA, type RequestTable } from './request-table';
import { FIRST_CLOSED_STAGE, STAGES } from './vocabulary';
import { clusterRequests, NO_PROBLEM, type ProblemSet } from './problem-clustering';
import type { ProblemOptions, ProblemParams } from './problem-options';
import { firstRow, lastRow, memberCount } from './problem-set';
import { referenceComponents, referenceProblems, referenceRule } from './problem-reference';
import {
  canonicalPartition,
  DAY,
  idOf,
  membersOf,
  partition,
  sameProblem,
  T0,
  tableOf,
  type IdStyle,
  type Row,
} from './problem-test-rows';

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
    // Mostly citizens, as in a city's data; staff reports often enough to meet citizens' at one spot.
    reporter: fc.oneof(fc.constant(0), fc.constant(0), fc.constant(1)),
  });

/** A span short enough to cut the chains of these extents often, or none. */
const spanArb = fc.oneof(
  fc.double({ min: 1, max: 300, noNaN: true }),
  fc.integer({ min: 1, max: 300 }),
  fc.constant(Infinity),
);

const paramsArb: fc.Arbitrary<Partial<ProblemParams>> = fc.record(
  {
    radiusM: fc.oneof(fc.double({ min: 1, max: 200, noNaN: true }), fc.integer({ min: 1, max: 200 })),
    windowDays: fc.oneof(fc.nat(60), fc.constant(Infinity)),
    maxSpanM: spanArb,
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
    defaultMaxSpanM: fc.option(spanArb, { nil: undefined }),
    override: fc.option(paramsArb, { nil: undefined }),
  })
  .map(({ rows, copies, defaultRadiusM, defaultWindowDays, defaultMaxSpanM, override }) => {
    const all = [...rows];
    for (const c of copies) if (rows.length > 0 && all.length < 60) all.push({ ...rows[c % rows.length]! });
    const options: ProblemOptions = { defaultRadiusM, defaultWindowDays };
    if (defaultMaxSpanM !== undefined) options.defaultMaxSpanM = defaultMaxSpanM;
    if (override) options.byService = { 1: override };
    return { rows: all.map((row, i) => ({ ...row, id: 1000 + i })), options };
  });

/** A list of lists of rows as sorted lists of ids. */
const idPartition = (table: RequestTable, groups: number[][]) =>
  canonicalPartition(groups.map((g) => g.map((row) => idOf(table, row))));

/** The bounding-box diagonal and the largest distance between two members, in the rule's metres. */
function spans(table: RequestTable, options: ProblemOptions, members: number[]) {
  const { x, y } = referenceRule(table, options);
  const xs = members.map(x);
  const ys = members.map(y);
  const diagonal = Math.hypot(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  let farthest = 0;
  for (const a of members) for (const b of members) farthest = Math.max(farthest, Math.hypot(x(a) - x(b), y(a) - y(b)));
  return { diagonal, farthest };
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
    members: membersOf(set, p).map((row) => idOf(table, row)),
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

/** The same options with every span unbounded: plain single link. */
const unbounded = (options: ProblemOptions): ProblemOptions => ({
  ...options,
  defaultMaxSpanM: Infinity,
  byService: Object.fromEntries(
    Object.entries(options.byService ?? {}).map(([s, o]) => [s, { ...o, maxSpanM: Infinity }]),
  ),
});

describe('clusterRequests, against the brute-force rule', () => {
  it('is exactly the rule: links walked in arrival order, joined while the span allows', () => {
    fc.assert(
      fc.property(caseArb, ({ rows, options }) => {
        const table = tableOf(rows);
        const expected = idPartition(table, referenceProblems(table, options));
        expect(partition(table, clusterRequests(table, options))).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('is exactly the connected components of the link relation when the span is unbounded', () => {
    fc.assert(
      fc.property(caseArb, ({ rows, options }) => {
        const table = tableOf(rows);
        const open = unbounded(options);
        expect(partition(table, clusterRequests(table, open))).toEqual(
          idPartition(table, referenceComponents(table, open)),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('matches the brute-force rule on thousands of rows (the radix-sorted paths)', () => {
    const rowsArb = fc.array(rowArb(500, 60), { minLength: 3000, maxLength: 3000 });
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const table = tableOf(rows.map((row, i) => ({ ...row, id: 1 + i })));
        const options: ProblemOptions = {
          defaultRadiusM: 25,
          defaultWindowDays: 10,
          defaultMaxSpanM: 60,
          byService: { 2: { radiusM: 60, maxSpanM: 150 } },
        };
        const expected = idPartition(table, referenceProblems(table, options));
        expect(partition(table, clusterRequests(table, options))).toEqual(expected);
      }),
      // Shrinking 3000-row arrays takes minutes; the smaller properties give the small counterexample.
      { numRuns: 3, endOnFailure: true },
    );
  }, 60_000);

  it('is exactly the rule on busy spots and along streets, where chains are long and cut often', () => {
    // Reports around a few spots and along a few streets, a long window: components of many rows, wider
    // than the span, walked both ways (read back in time, and with a grid of their own when dense).
    const placeArb = fc.record({
      east: fc.integer({ min: -300, max: 300 }),
      north: fc.integer({ min: -300, max: 300 }),
      angle: fc.double({ min: 0, max: Math.PI, noNaN: true }),
      length: fc.constantFrom(0, 200, 600),
    });
    const denseArb = fc
      .record({
        places: fc.array(placeArb, { minLength: 1, maxLength: 2 }),
        reports: fc.array(
          fc.record({
            place: fc.nat(),
            along: fc.double({ min: 0, max: 1, noNaN: true }),
            jitter: fc.tuple(fc.integer({ min: -15, max: 15 }), fc.integer({ min: -15, max: 15 })),
            at: timeArb(120),
            service: fc.oneof(fc.constant(0), fc.constant(0), fc.constant(0), fc.constant(1)),
            reporter: fc.oneof(fc.constant(0), fc.constant(0), fc.constant(0), fc.constant(1)),
          }),
          { minLength: 60, maxLength: 240 },
        ),
        radiusM: fc.integer({ min: 20, max: 60 }),
        windowDays: fc.oneof(fc.constant(Infinity), fc.constant(Infinity), fc.integer({ min: 5, max: 60 })),
        maxSpanM: fc.integer({ min: 30, max: 250 }),
      })
      .map(({ places, reports, radiusM, windowDays, maxSpanM }) => ({
        rows: reports.map((report, i): Row => {
          const place = places[report.place % places.length]!;
          const d = report.along * place.length;
          return {
            id: 1 + i,
            east: place.east + d * Math.cos(place.angle) + report.jitter[0],
            north: place.north + d * Math.sin(place.angle) + report.jitter[1],
            at: report.at,
            service: report.service,
            reporter: report.reporter,
          };
        }),
        options: { defaultRadiusM: radiusM, defaultWindowDays: windowDays, defaultMaxSpanM: maxSpanM },
      }));
    fc.assert(
      fc.property(denseArb, ({ rows, options }) => {
        const table = tableOf(rows);
        const expected = idPartition(table, referenceProblems(table, options));
        expect(partition(table, clusterRequests(table, options))).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

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
        const options = { defaultRadiusM: radiusM, defaultWindowDays: windowDays, defaultMaxSpanM: Infinity };
        const table = tableOf(rows);
        expect(sameProblem(clusterRequests(table, options), 0, 1)).toBe(referenceRule(table, options).linked(0, 1));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('clusterRequests, properties of the rule', () => {
  it('never lets a problem span more than its category’s max span (box diagonal and farthest pair)', () => {
    fc.assert(
      fc.property(caseArb, ({ rows, options }) => {
        const table = tableOf(rows);
        const set = clusterRequests(table, options);
        const { maxSpan } = referenceRule(table, options);
        for (let p = 0; p < set.count; p++) {
          const members = membersOf(set, p);
          const { diagonal, farthest } = spans(table, options, members);
          // hypot rounds differently from the rule's sum of squares: a hair of slack, far below a millimetre.
          expect(diagonal).toBeLessThanOrEqual(maxSpan(members[0]!) * (1 + 1e-12));
          expect(farthest).toBeLessThanOrEqual(diagonal * (1 + 1e-12));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('only cuts what single link joins, and cuts nothing that fits: each problem lies in one component, a component within the span is one problem', () => {
    fc.assert(
      fc.property(caseArb, ({ rows, options }) => {
        const table = tableOf(rows);
        const set = clusterRequests(table, options);
        const components = clusterRequests(table, unbounded(options));
        const { maxSpan } = referenceRule(table, options);
        for (let p = 0; p < set.count; p++) {
          const members = membersOf(set, p);
          expect(new Set(members.map((i) => components.problemOf[i])).size).toBe(1);
        }
        for (let q = 0; q < components.count; q++) {
          const members = membersOf(components, q);
          if (spans(table, options, members).diagonal < maxSpan(members[0]!) * (1 - 1e-12)) {
            expect(new Set(members.map((i) => set.problemOf[i])).size).toBe(1);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('cuts no more than it must: every problem is connected by links, and two problems joined by a link would together exceed the span', () => {
    fc.assert(
      fc.property(caseArb, ({ rows, options }) => {
        const table = tableOf(rows);
        const set = clusterRequests(table, options);
        const { linked, maxSpan } = referenceRule(table, options);
        for (let p = 0; p < set.count; p++) {
          const members = membersOf(set, p);
          const reached = new Set([members[0]!]);
          for (let grew = true; grew;) {
            grew = false;
            for (const a of members) {
              if (!reached.has(a) && [...reached].some((b) => linked(a, b))) {
                reached.add(a);
                grew = true;
              }
            }
          }
          expect(reached.size).toBe(members.length);
        }
        for (let a = 0; a < table.count; a++) {
          for (let b = a + 1; b < table.count; b++) {
            if (!linked(a, b) || sameProblem(set, a, b)) continue;
            const union = [...membersOf(set, set.problemOf[a]!), ...membersOf(set, set.problemOf[b]!)];
            expect(spans(table, options, union).diagonal).toBeGreaterThan(maxSpan(a) * (1 - 1e-12));
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never puts a staff report and a citizen’s request in one problem', () => {
    fc.assert(
      fc.property(caseArb, ({ rows, options }) => {
        const table = tableOf(rows);
        const set = clusterRequests(table, options);
        for (let p = 0; p < set.count; p++) {
          expect(new Set(membersOf(set, p).map((i) => table.reporter[i])).size).toBe(1);
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
      { numRuns: 300 },
    );
  });

  it('never splits a problem when a newer request arrives', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), fc.nat(3 * DAY), ({ rows, options }, pick, later) => {
        fc.pre(rows.length > 0);
        const last = Math.max(...rows.map((row) => row.at));
        const template = rows[pick % rows.length]!;
        // At an existing request's spot, so that it links now and then, and after every other one; inside the
        // rows' extent, so the projection stays the same.
        const arrival: Row = { ...template, id: 9999, at: last + later };
        const before = tableOf(rows);
        const after = tableOf([...rows, arrival]);
        const old = clusterRequests(before, options);
        const now = clusterRequests(after, options);
        for (let a = 0; a < before.count; a++) {
          for (let b = a + 1; b < before.count; b++) {
            if (old.problemOf[a] !== NO_PROBLEM && sameProblem(old, a, b)) expect(sameProblem(now, a, b)).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never splits a problem when the radius or the span grows, while the span is unbounded', () => {
    fc.assert(
      fc.property(caseArb, fc.double({ min: 0, max: 100, noNaN: true }), ({ rows, options }, extra) => {
        const table = tableOf(rows);
        const base = { defaultRadiusM: options.defaultRadiusM, defaultWindowDays: 30, defaultMaxSpanM: Infinity };
        const small = clusterRequests(table, base);
        const large = clusterRequests(table, { ...base, defaultRadiusM: options.defaultRadiusM + extra });
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
          const members = membersOf(set, p);
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
