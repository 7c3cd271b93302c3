import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateRequests, type AggregateOptions, type RequestAggregate } from './aggregate';
import { aggregateProblems } from './problem-aggregate';
import { clusterRequests } from './problem-clustering';
import { memberCount, NO_PROBLEM, type ProblemSet } from './problem-set';
import { matchesFilter, type RequestFilter } from './request-filter';
import { NO_AREA, type RequestTable } from './request-table';
import { byStageName, everyRequest, KPI_NOW, KPI_OPTIONS, KPI_T0, tableOf, type TestRow } from './test-tables';
import { STAGES } from './vocabulary';

const H = 3600;
const DAY = 24 * H;
const T0 = KPI_T0;
const NOW = KPI_NOW;

// s0 must close within 48 hours, s1 within 10 days, s2 has no target.
const options = KPI_OPTIONS;
const everything = everyRequest(T0, NOW);

// Spots about 2.6 km apart: rows at one spot with one service, days apart, are one problem (50 m, 30 days).
const A = 45.07;
const B = 45.1;
const C = 45.13;
const rows: TestRow[] = [
  // Problem A (s0): one resolved, two open; in district 0 and, for its third request, district 1.
  { lon: A, requestedAt: T0, closedAt: T0 + 10 * H, service: 0, district: 0, neighbourhood: 0 },
  { lon: A, requestedAt: T0 + DAY, service: 0, stage: 'in_progress', district: 0, neighbourhood: 1 },
  { lon: A, requestedAt: T0 + 8 * DAY, service: 0, stage: 'received', district: 1, neighbourhood: 2 },
  // Problem B (s1): two resolved and one rejected, all closed, all in district 1.
  { lon: B, requestedAt: T0 + 2 * DAY, closedAt: T0 + 2 * DAY + 20 * H, service: 1, district: 1, neighbourhood: 2 },
  { lon: B, requestedAt: T0 + 3 * DAY, closedAt: T0 + 3 * DAY + 40 * H, service: 1, district: 1, neighbourhood: 2 },
  {
    lon: B,
    requestedAt: T0 + 4 * DAY,
    closedAt: T0 + 4 * DAY + 50 * H,
    service: 1,
    stage: 'rejected',
    district: 1,
    neighbourhood: 2,
  },
  // Problem C (s2): a single resolved request.
  { lon: C, requestedAt: T0 + 9 * DAY, closedAt: T0 + 9 * DAY + 5 * H, service: 2, district: 0, neighbourhood: 0 },
  // D: no coordinates, so in no problem (NO_PROBLEM): a problem of its own. Open, without a neighbourhood.
  { lon: NaN, requestedAt: T0 + 15 * DAY, service: 0, stage: 'assigned', district: 0 },
  // Outside the city: never counted.
  { lon: A, requestedAt: T0 + DAY, service: 0, district: NO_AREA },
];

describe('aggregateProblems, hand-made', () => {
  const table = tableOf(rows);
  const problems = clusterRequests(table);
  const all = aggregateProblems(table, problems, everything, options);

  it('clusters the table into A, B and C, with D and the set-aside row in none', () => {
    expect(problems.count).toBe(3);
    expect([...problems.problemOf]).toEqual([0, 0, 0, 1, 1, 1, 2, NO_PROBLEM, NO_PROBLEM]);
  });

  it('counts problems, open problems and overdue problems', () => {
    // By requests: 8 matching rows; a2, a3 and D open, all three older than s0's 48 h.
    // By problems: A, B, C and D; open: A (a2, a3) and D; overdue: the same two.
    expect(aggregateRequests(table, everything, options).requests).toBe(8);
    expect(all.requests).toBe(4);
    expect(all.open).toBe(2);
    expect(all.overdue).toBe(2);
  });

  it('counts a problem once in each bucket it has a matching request in', () => {
    // District 0: A (a1, a2), C, D = 3; district 1: A (a3), B = 2. A counts in both, so 3 + 2 > 4.
    expect([...all.byDistrict]).toEqual([3, 2]);
    // Neighbourhood 0: A (a1), C; 1: A (a2); 2: A (a3), B. D has none and counts in no neighbourhood.
    expect([...all.byNeighbourhood]).toEqual([2, 1, 2]);
    // s0: A, D; s1: B; s2: C.
    expect([...all.byService]).toEqual([2, 1, 1]);
    // received: A (a3); assigned: D; in_progress: A (a2); resolved: A (a1), B, C; rejected: B.
    expect(byStageName(all.byStage)).toEqual({ received: 1, assigned: 1, in_progress: 1, resolved: 3, rejected: 1 });
    // Week 0 (days 0–6): A, B; week 1 (days 7–13): A (a3, day 8), C (day 9); week 2: D (day 15).
    expect([...all.byBin]).toEqual([2, 2, 1, 0, 0]);
  });

  it('takes the resolve time of problems with nothing open, first request to last closing', () => {
    // A has an open request: left out. B: day 2 + 0 h → b3's closing at day 4 + 50 h = 98 h (the last
    // closing counts even though b3 was rejected). C: 5 h. Median of [5, 98] = 51.5.
    expect(all.medianResolveHours).toBe(51.5);
  });

  it('counts among the matching requests only', () => {
    // Closed requests: a1 (A), B's three, c1 (C). A now has no matching open request: resolved in 10 h.
    const closed = aggregateProblems(table, problems, { ...everything, status: 'closed' }, options);
    expect([closed.requests, closed.open, closed.overdue]).toEqual([3, 0, 0]);
    expect(byStageName(closed.byStage)).toEqual({ resolved: 3, rejected: 1 });
    expect(closed.medianResolveHours).toBe(10); // [5, 10, 98]
    // District 1: a3 (A, open) and B.
    const d1 = aggregateProblems(table, problems, { ...everything, district: 1 }, options);
    expect([d1.requests, d1.open, d1.overdue]).toEqual([2, 1, 1]);
    expect([...d1.byDistrict]).toEqual([0, 2]);
    expect(d1.medianResolveHours).toBe(98);
    // The first week: a1, a2 (A) and B's three; one weekly bin.
    const oneWeek = { ...options, binBounds: [T0, T0 + 7 * DAY] };
    const week = aggregateProblems(table, problems, { ...everything, to: T0 + 7 * DAY }, oneWeek);
    expect(week.requests).toBe(2);
    expect([...week.byBin]).toEqual([2]);
    // Open: a2, a3 and D; nothing resolved.
    const open = aggregateProblems(table, problems, { ...everything, status: 'open' }, options);
    expect([open.requests, open.open]).toEqual([2, 2]);
    expect(open.medianResolveHours).toBeNaN();
  });

  it('needs the problem set of the same table', () => {
    const other = clusterRequests(tableOf(rows.slice(0, 3)));
    expect(() => aggregateProblems(table, other, everything, options)).toThrow(RangeError);
  });
});

// Random tables, filters and options for the properties. They are drawn so that most requests pass the
// filter and share a problem with others: the cases where counting problems differs from counting requests.

/** No restriction three times out of four. */
const mostlyNull = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, { arbitrary, weight: 1 });

const rowArb = fc.record({
  /** Spot along a line, 880 m apart; −1: no coordinates. */
  spot: fc.constantFrom(0, 1, 2, 0, 1, 2, -1),
  requested: fc.integer({ min: 0, max: 40 * DAY }),
  took: fc.integer({ min: 0, max: 20 * DAY }),
  service: fc.integer({ min: 0, max: 2 }),
  stage: fc.constantFrom(...STAGES),
  district: fc.constantFrom(0, 1, 0, 1, NO_AREA),
  neighbourhood: fc.constantFrom(0, 1, 2, NO_AREA),
});
type RandomRow = typeof rowArb extends fc.Arbitrary<infer R> ? R : never;

function toTestRow(r: RandomRow, lon: number): TestRow {
  const requestedAt = T0 + r.requested;
  const closed = STAGES.indexOf(r.stage) >= STAGES.indexOf('resolved');
  return {
    lon,
    requestedAt,
    service: r.service,
    stage: r.stage,
    district: r.district,
    neighbourhood: r.neighbourhood,
    ...(closed ? { closedAt: requestedAt + r.took } : {}),
  };
}

const rowsArb = fc.array(rowArb, { maxLength: 80, size: 'medium' });
/** Rows at a few spots, so that many share a problem. */
const crowdedTableArb = rowsArb.map((rs) =>
  tableOf(rs.map((r) => toTestRow(r, r.spot < 0 ? NaN : 45.07 + r.spot * 0.01))),
);
/** Every row at a spot of its own (880 m apart), or without coordinates: no two rows share a problem. */
const scatteredTableArb = rowsArb.map((rs) =>
  tableOf(rs.map((r, k) => toTestRow(r, r.spot < 0 ? NaN : 45.07 + k * 0.01))),
);

const filterArb: fc.Arbitrary<RequestFilter> = fc
  .record({
    from: fc.integer({ min: -2 * DAY, max: 30 * DAY }),
    // Often the whole table: fast-check draws small integers more often than large ones.
    length: fc.oneof(fc.constant(50 * DAY), fc.integer({ min: 0, max: 50 * DAY })),
    serviceMask: mostlyNull(fc.uint8Array({ min: 0, max: 1, minLength: 3, maxLength: 3 })),
    status: fc.constantFrom('all' as const, 'all' as const, 'open' as const, 'closed' as const),
    district: mostlyNull(fc.constantFrom(0, 1)),
    neighbourhood: mostlyNull(fc.constantFrom(0, 1, 2)),
  })
  .map(({ from, length, ...rest }) => ({ ...rest, from: T0 + from, to: T0 + from + length }));

const optionsArb: fc.Arbitrary<AggregateOptions> = fc
  .record({
    now: fc.integer({ min: 0, max: 60 * DAY }),
    sla: fc.array(fc.constantFrom(1, 24, 48, 240, Infinity), { minLength: 3, maxLength: 3 }),
    // Bins of uneven lengths too, as days across a daylight-saving change are.
    binStart: fc.integer({ min: -10 * DAY, max: 30 * DAY }),
    binLengths: fc.array(fc.integer({ min: 3600, max: 9 * DAY }), { minLength: 1, maxLength: 8 }),
  })
  .map(({ now, sla, binStart, binLengths }) => ({
    now: T0 + now,
    slaHours: Float64Array.from(sla),
    districtCount: 2,
    neighbourhoodCount: 3,
    binBounds: binLengths.reduce((bounds, length) => [...bounds, bounds[bounds.length - 1]! + length], [T0 + binStart]),
  }));

/** Mostly the default window (30 days: large problems), sometimes 2 days (small ones). */
const windowArb = fc.constantFrom(30, 30, 2);
const cluster = (table: RequestTable, windowDays: number): ProblemSet =>
  clusterRequests(table, { defaultRadiusM: 50, defaultWindowDays: windowDays });

/** A problem set in which no row is in a problem. */
function noProblems(table: RequestTable): ProblemSet {
  const none = clusterRequests(tableOf([]));
  return { ...none, problemOf: new Uint32Array(table.count).fill(NO_PROBLEM), excluded: table.count };
}

/**
 * The rule, spelt out with sets: for each figure, the set of keys of the problems of the matching rows it
 * counts (a row outside every problem has a key of its own).
 */
function bruteForce(
  table: RequestTable,
  problems: ProblemSet,
  filter: RequestFilter,
  o: AggregateOptions,
  shape: RequestAggregate,
): RequestAggregate {
  const requests = new Set<string>();
  const open = new Set<string>();
  const overdue = new Set<string>();
  const resolved = new Set<string>();
  const firstAt = new Map<string, number>();
  const lastClosedAt = new Map<string, number>();
  const buckets = (length: number) => Array.from({ length }, () => new Set<string>());
  const byDistrict = buckets(shape.byDistrict.length);
  const byNeighbourhood = buckets(shape.byNeighbourhood.length);
  const byService = buckets(shape.byService.length);
  const byStage = buckets(shape.byStage.length);
  const byBin = buckets(shape.byBin.length);
  for (let i = 0; i < table.count; i++) {
    if (!matchesFilter(table, i, filter)) continue;
    const problem = problems.problemOf[i]!;
    const key = problem === NO_PROBLEM ? `row ${i}` : `problem ${problem}`;
    const requestedAt = table.requestedAt[i]!;
    const stage = STAGES[table.stage[i]!]!;
    requests.add(key);
    byDistrict[table.district[i]!]!.add(key);
    if (table.neighbourhood[i] !== NO_AREA) byNeighbourhood[table.neighbourhood[i]!]!.add(key);
    byService[table.service[i]!]!.add(key);
    byStage[table.stage[i]!]!.add(key);
    const bin = o.binBounds.findIndex(
      (b, k) => k + 1 < o.binBounds.length && b <= requestedAt && requestedAt < o.binBounds[k + 1]!,
    );
    if (bin >= 0) byBin[bin]!.add(key);
    firstAt.set(key, Math.min(firstAt.get(key) ?? Infinity, requestedAt));
    if (stage === 'received' || stage === 'assigned' || stage === 'in_progress' || stage === 'open') {
      open.add(key);
      if (o.now - requestedAt > o.slaHours[table.service[i]!]! * H) overdue.add(key);
    } else {
      lastClosedAt.set(key, Math.max(lastClosedAt.get(key) ?? 0, table.closedAt[i]!));
      // A request closed with no outcome given counts as resolved.
      if (stage === 'resolved' || stage === 'closed') resolved.add(key);
    }
  }
  const hours = [...resolved]
    .filter((key) => !open.has(key))
    .map((key) => (lastClosedAt.get(key)! - firstAt.get(key)!) / H)
    .sort((a, b) => a - b);
  const mid = (hours.length - 1) / 2;
  const counts = (sets: Set<string>[]) => Uint32Array.from(sets, (s) => s.size);
  return {
    requests: requests.size,
    open: open.size,
    overdue: overdue.size,
    medianResolveHours: hours.length === 0 ? NaN : (hours[Math.floor(mid)]! + hours[Math.ceil(mid)]!) / 2,
    byDistrict: counts(byDistrict),
    byNeighbourhood: counts(byNeighbourhood),
    byService: counts(byService),
    byStage: counts(byStage),
    byBin: counts(byBin),
  };
}

/** The figures that are counts, as [name, value] pairs, bucket by bucket. */
function countsOf(a: RequestAggregate): [string, number][] {
  const pairs: [string, number][] = [
    ['requests', a.requests],
    ['open', a.open],
    ['overdue', a.overdue],
  ];
  const { byDistrict, byNeighbourhood, byService, byStage, byBin } = a;
  for (const [name, values] of Object.entries({ byDistrict, byNeighbourhood, byService, byStage, byBin })) {
    values.forEach((v, k) => pairs.push([`${name}[${k}]`, v]));
  }
  return pairs;
}

describe('aggregateProblems properties', () => {
  it('equals aggregateRequests when every request is a problem of its own', () => {
    fc.assert(
      fc.property(scatteredTableArb, filterArb, optionsArb, (table, filter, o) => {
        const singletons = clusterRequests(table);
        for (let p = 0; p < singletons.count; p++) expect(memberCount(singletons, p)).toBe(1);
        const byRequests = aggregateRequests(table, filter, o);
        expect(aggregateProblems(table, singletons, filter, o)).toEqual(byRequests);
        expect(aggregateProblems(table, noProblems(table), filter, o)).toEqual(byRequests);
      }),
    );
  });

  it('agrees with a brute-force count of distinct problems per figure', () => {
    fc.assert(
      fc.property(crowdedTableArb, windowArb, filterArb, optionsArb, (table, windowDays, filter, o) => {
        const problems = cluster(table, windowDays);
        const actual = aggregateProblems(table, problems, filter, o);
        const expected = bruteForce(table, problems, filter, o, aggregateRequests(table, filter, o));
        expect(countsOf(actual)).toEqual(countsOf(expected));
        if (Number.isNaN(expected.medianResolveHours)) expect(actual.medianResolveHours).toBeNaN();
        else expect(actual.medianResolveHours).toBeCloseTo(expected.medianResolveHours, 9);
      }),
    );
  });

  it('never counts more problems than requests, figure by figure', () => {
    fc.assert(
      fc.property(crowdedTableArb, windowArb, filterArb, optionsArb, (table, windowDays, filter, o) => {
        const byProblems = countsOf(aggregateProblems(table, cluster(table, windowDays), filter, o));
        const byRequests = countsOf(aggregateRequests(table, filter, o));
        expect(byProblems.map(([name]) => name)).toEqual(byRequests.map(([name]) => name));
        byProblems.forEach(([name, count], k) => {
          expect(count, name).toBeLessThanOrEqual(byRequests[k]![1]);
          // And a figure counts a problem exactly when it counts at least one of its requests.
          expect(count > 0, name).toBe(byRequests[k]![1] > 0);
        });
      }),
    );
  });
});
