import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AGE_BUCKET_COUNT,
  ageBucket,
  compareWithPreviousPeriod,
  followUp,
  previousPeriod,
  type FollowUpOptions,
} from './follow-up';
import { clusterRequests } from './problem-clustering';
import { matchesFilter, type RequestFilter } from './request-filter';
import { NO_AREA, type RequestTable } from './request-table';
import { byStageName, tableOf, type TestRow, everyRequest } from './test-tables';
import { JURISDICTIONS, STAGES, type Stage } from './vocabulary';

const H = 3600;
const DAY = 24 * H;
const T0 = 1_760_000_000;
const NOW = T0 + 30 * DAY;
const WATER = JURISDICTIONS.indexOf('water');

const everything = everyRequest(T0, NOW);
// s0 and s1 are the city's (48 h and 10 days); s2 is the water company's (24 h).
const options: FollowUpOptions = {
  now: NOW,
  slaHours: Float64Array.from([48, 240, 24]),
  jurisdiction: Uint8Array.from([0, 0, WATER]),
  countBy: 'requests',
};

/** A table of the rows with agencies 'municipality' (0) and 'water company' (1). */
function tableWithAgencies(rows: (TestRow & { agency?: number })[]): RequestTable {
  const table = tableOf(rows);
  table.agencies = ['municipality', 'water company'];
  rows.forEach((row, i) => (table.agency[i] = row.agency ?? 0));
  return table;
}

const table = tableWithAgencies([
  // Resolved after 10 h (on time for 48 h), 60 h (late), 100 h (on time for 240 h); one rejected.
  { requestedAt: T0, closedAt: T0 + 10 * H, service: 0, district: 0 },
  { requestedAt: T0 + DAY, closedAt: T0 + DAY + 60 * H, service: 0, district: 0 },
  { requestedAt: T0 + DAY, closedAt: T0 + DAY + 100 * H, service: 1, district: 1 },
  { requestedAt: T0 + 2 * DAY, closedAt: T0 + 2 * DAY + H, service: 0, stage: 'rejected', district: 1 },
  // Open: 2 h old (bucket <1 day), 5 days (3–7, overdue), 20 days (7–30, overdue for 240 h).
  { requestedAt: NOW - 2 * H, service: 0, stage: 'received', district: 0 },
  { requestedAt: NOW - 5 * DAY, service: 0, stage: 'assigned', district: 1 },
  { requestedAt: NOW - 20 * DAY, service: 1, stage: 'in_progress', district: 1 },
  // External: a municipal category referred to the water company, and two water requests.
  { requestedAt: T0 + DAY, closedAt: T0 + DAY + H, service: 0, stage: 'referred', district: 0, agency: 1 },
  { requestedAt: NOW - DAY, service: 2, stage: 'received', district: 0, agency: 1 },
  { requestedAt: T0 + DAY, closedAt: T0 + 2 * DAY, service: 2, stage: 'referred', district: 1, agency: 1 },
  // Outside the city: never counted.
  { requestedAt: T0 + DAY, service: 0, district: NO_AREA },
]);

describe('ageBucket', () => {
  it('puts ages in <1, 1–3, 3–7, 7–30 and ≥30 days', () => {
    expect([0, DAY - 1, DAY, 3 * DAY, 7 * DAY - 1, 7 * DAY, 30 * DAY, 400 * DAY].map(ageBucket)).toEqual([
      0, 0, 1, 2, 2, 3, 4, 4,
    ]);
  });
});

describe('followUp by requests', () => {
  const figures = followUp(table, everything, options);
  const m = figures.municipal;

  it('keeps external requests apart, by jurisdiction and receiving agency', () => {
    // Rows 7, 8, 9: one referred municipal category, two water; all three at the water company.
    expect(figures.external.total).toBe(3);
    expect(figures.external.open).toBe(1);
    expect(figures.external.referredMunicipal).toBe(1);
    expect(figures.external.byJurisdiction[WATER]).toBe(2);
    expect(figures.external.byJurisdiction[0]).toBe(0);
    expect([...figures.external.byAgency]).toEqual([0, 3]);
    expect(figures.total).toBe(10);
  });

  it('counts the municipal backlog by stage and by age', () => {
    expect(m.requests).toBe(7);
    expect(m.open).toBe(3);
    expect(byStageName(m.openByStage)).toEqual({ received: 1, assigned: 1, in_progress: 1 });
    expect(m.openStageUnknown).toBe(0);
    expect([...m.openByAge]).toEqual([1, 0, 1, 1, 0]);
    expect(m.overdue).toBe(2);
  });

  it('measures SLA over resolved requests only, and the time to resolve', () => {
    expect(m.resolved).toBe(3);
    expect(m.rejected).toBe(1);
    expect(m.resolvedOnTime).toBe(2);
    expect(m.onTimeRate).toBeCloseTo(2 / 3, 12);
    // Hours 10, 60, 100: median 60; p90 at rank 1.8 → 60 + 0.8 × 40 = 92.
    expect(m.medianResolveHours).toBe(60);
    expect(m.p90ResolveHours).toBeCloseTo(92, 9);
  });

  it('counts a referred request of a municipal category as external', () => {
    const referred = tableOf([{ requestedAt: T0, closedAt: T0 + H, stage: 'referred', district: 0 }]);
    const f = followUp(referred, everything, options);
    expect(f.municipal.requests).toBe(0);
    expect(f.external.referredMunicipal).toBe(1);
    expect(f.external.byAgency[0]).toBe(1);
  });

  it('gives NaN rates and times when nothing was resolved, and zeros for an empty period', () => {
    const open = followUp(table, { ...everything, status: 'open' }, options);
    expect(open.municipal.resolved).toBe(0);
    expect(open.municipal.onTimeRate).toBeNaN();
    expect(open.municipal.medianResolveHours).toBeNaN();
    expect(open.municipal.p90ResolveHours).toBeNaN();
    const empty = followUp(table, { ...everything, to: T0 }, options);
    expect(empty.total).toBe(0);
    expect([...empty.municipal.openByAge]).toEqual(new Array(AGE_BUCKET_COUNT).fill(0));
    expect(empty.municipal.medianResolveHours).toBeNaN();
  });

  it('needs the problem set to count by problems', () => {
    expect(() => followUp(table, everything, { ...options, countBy: 'problems' })).toThrow(RangeError);
  });
});

describe('followUp by problems', () => {
  const at = (lon: number, requestedAt: number, service: number, stage: Stage, closedAt?: number): TestRow => ({
    lon,
    requestedAt,
    service,
    stage,
    district: 0,
    ...(closedAt === undefined ? {} : { closedAt }),
  });
  const rows: TestRow[] = [
    // A: ten requests of s0 at one spot, nine resolved on day 12, the tenth (day 9) still open.
    ...Array.from({ length: 9 }, (_, k) => at(45.07, T0 + k * DAY, 0, 'resolved', T0 + 12 * DAY)),
    at(45.07, T0 + 9 * DAY, 0, 'received'),
    // B: three of s1, resolved; first request day 1 + 0 h, last closing day 1 + 128 h.
    at(45.1, T0 + DAY, 1, 'resolved', T0 + DAY + 50 * H),
    at(45.1, T0 + 2 * DAY, 1, 'resolved', T0 + 2 * DAY + 10 * H),
    at(45.1, T0 + 3 * DAY, 1, 'resolved', T0 + 3 * DAY + 80 * H),
    // C: two open water requests. D: one referred s0 request. E: s1, one referred and one rejected.
    at(45.13, T0 + DAY, 2, 'received'),
    at(45.13, T0 + 2 * DAY, 2, 'assigned'),
    at(45.16, T0 + DAY, 0, 'referred', T0 + DAY + H),
    at(45.19, T0 + DAY, 1, 'referred', T0 + DAY + H),
    at(45.19, T0 + 2 * DAY, 1, 'rejected', T0 + 2 * DAY + H),
  ];
  const problemTable = tableOf(rows);
  const problems = clusterRequests(problemTable);
  const byRequests = followUp(problemTable, everything, options);
  const byProblems = followUp(problemTable, everything, { ...options, countBy: 'problems', problems });

  it('finds the five problems', () => {
    expect(problems.count).toBe(5);
  });

  it('counts the ten-request problem once, open since its oldest open request', () => {
    // Requests: A 10 + B 3 + E's rejected one are municipal; C 2, D 1 and E's referred one external.
    expect(byRequests.municipal.requests).toBe(14);
    expect(byRequests.external.total).toBe(4);
    // Problems: A, B, E municipal; C, D external (all their requests are).
    expect(byProblems.total).toBe(5);
    expect(byProblems.municipal.requests).toBe(3);
    expect(byProblems.municipal.open).toBe(1);
    // A's open request is from day 9: 21 days old, bucket 7–30, overdue for 48 h.
    expect([...byProblems.municipal.openByAge]).toEqual([0, 0, 0, 1, 0]);
    expect(byProblems.municipal.overdue).toBe(1);
    expect(byProblems.municipal.openByStage[STAGES.indexOf('received')]).toBe(1);
  });

  it('resolves a problem from its first request to its last closing', () => {
    // B: day 1 + 0 h → day 3 + 80 h = 128 h, within 240 h. E has no resolved request: rejected.
    expect(byProblems.municipal.resolved).toBe(1);
    expect(byProblems.municipal.rejected).toBe(1);
    expect(byProblems.municipal.medianResolveHours).toBe(128);
    expect(byProblems.municipal.onTimeRate).toBe(1);
  });

  it('keeps problems handed to others apart', () => {
    expect(byProblems.external.total).toBe(2);
    expect(byProblems.external.open).toBe(1);
    expect(byProblems.external.byJurisdiction[WATER]).toBe(1);
    expect(byProblems.external.referredMunicipal).toBe(1);
  });
});

describe('the previous equal period', () => {
  it('is the same length before, read at the same point, whole once the period is over', () => {
    const filter = { ...everything, from: T0 + 10 * DAY, to: T0 + 20 * DAY };
    expect(previousPeriod(filter, T0 + 15 * DAY)).toEqual({ from: T0, to: T0 + 5 * DAY + 1, now: T0 + 5 * DAY });
    expect(previousPeriod(filter, T0 + 25 * DAY)).toEqual({ from: T0, to: T0 + 10 * DAY, now: T0 + 15 * DAY });
  });

  it('compares the figures as they stood at that point', () => {
    const t = tableOf([
      // Previous period, read at day 5: a resolved in 10 h; b open then (closed on day 8), 3 days old,
      // overdue; f open then (referred on day 9), 2 days old, not overdue (48 h is not more than 48 h).
      { requestedAt: T0 + DAY, closedAt: T0 + DAY + 10 * H, district: 0 },
      { requestedAt: T0 + 2 * DAY, closedAt: T0 + 8 * DAY, district: 0 },
      // Requested on day 7: after the previous period's cut.
      { requestedAt: T0 + 7 * DAY, district: 0 },
      // Current period, read at day 15: d open 4 days, overdue; e resolved in 20 h.
      { requestedAt: T0 + 11 * DAY, district: 0 },
      { requestedAt: T0 + 12 * DAY, closedAt: T0 + 12 * DAY + 20 * H, district: 0 },
      { requestedAt: T0 + 3 * DAY, closedAt: T0 + 9 * DAY, stage: 'referred', district: 0 },
    ]);
    const filter = { ...everything, from: T0 + 10 * DAY, to: T0 + 20 * DAY };
    const { current, previous, change } = compareWithPreviousPeriod(t, filter, { ...options, now: T0 + 15 * DAY });
    expect([current.municipal.requests, current.municipal.open, current.municipal.overdue]).toEqual([2, 1, 1]);
    expect(current.municipal.medianResolveHours).toBe(20);
    expect([previous.municipal.requests, previous.municipal.open, previous.municipal.overdue]).toEqual([3, 2, 1]);
    expect(previous.municipal.openStageUnknown).toBe(2);
    expect([...previous.municipal.openByAge]).toEqual([0, 1, 1, 0, 0]);
    expect(previous.external.total).toBe(0);
    expect(previous.municipal.medianResolveHours).toBe(10);
    expect(change).toMatchObject({ requests: -1, open: -1, overdue: 0, onTimeRate: 0, medianResolveHours: 10 });
  });
});

describe('followUp properties', () => {
  const stages = fc.constantFrom(...STAGES);
  const row = fc.record({
    spot: fc.integer({ min: 0, max: 3 }),
    requested: fc.integer({ min: 0, max: 40 * DAY }),
    took: fc.integer({ min: 0, max: 20 * DAY }),
    service: fc.integer({ min: 0, max: 2 }),
    stage: stages,
    district: fc.constantFrom(0, 1, NO_AREA),
    agency: fc.integer({ min: 0, max: 1 }),
  });
  const tableArb = fc.array(row, { maxLength: 60 }).map((rs) =>
    tableWithAgencies(
      rs.map((r) => {
        const closed = STAGES.indexOf(r.stage) >= STAGES.indexOf('resolved');
        const requestedAt = T0 + r.requested;
        return {
          lon: 45.07 + r.spot * 0.01,
          requestedAt,
          service: r.service,
          stage: r.stage,
          district: r.district,
          agency: r.agency,
          ...(closed ? { closedAt: requestedAt + r.took } : {}),
        };
      }),
    ),
  );
  const filterArb = fc.record({
    from: fc.integer({ min: 0, max: 40 * DAY }).map((d) => T0 + d),
    length: fc.integer({ min: 0, max: 40 * DAY }),
    status: fc.constantFrom('all' as const, 'open' as const, 'closed' as const),
    district: fc.constantFrom(null, 0, 1),
  });
  const nowArb = fc.integer({ min: 0, max: 60 * DAY }).map((d) => T0 + d);

  it('splits every matching request into municipal or external, and its parts add up', () => {
    fc.assert(
      fc.property(tableArb, filterArb, nowArb, (t, f, now) => {
        const filter: RequestFilter = { ...everything, ...f, to: f.from + f.length };
        const r = followUp(t, filter, { ...options, now });
        let matching = 0;
        for (let i = 0; i < t.count; i++) if (matchesFilter(t, i, filter)) matching++;
        const sum = (a: Uint32Array) => a.reduce((x, y) => x + y, 0);
        const m = r.municipal;
        expect(r.total).toBe(matching);
        expect(sum(r.external.byAgency)).toBe(r.external.total);
        expect(sum(r.external.byJurisdiction) + r.external.referredMunicipal).toBe(r.external.total);
        expect(m.open + m.resolved + m.rejected).toBe(m.requests);
        expect(sum(m.openByAge)).toBe(m.open);
        expect(sum(m.openByStage) + m.openStageUnknown).toBe(m.open);
        if (m.resolved === 0) expect(m.onTimeRate).toBeNaN();
        else expect(m.onTimeRate >= 0 && m.onTimeRate <= 1).toBe(true);
      }),
    );
  });

  it('never counts more problems than requests, figure by figure', () => {
    fc.assert(
      fc.property(tableArb, filterArb, nowArb, (t, f, now) => {
        const filter: RequestFilter = { ...everything, ...f, to: f.from + f.length };
        const problems = clusterRequests(t);
        const r = followUp(t, filter, { ...options, now });
        const p = followUp(t, filter, { ...options, now, countBy: 'problems', problems });
        expect(p.total).toBe(p.municipal.requests + p.external.total);
        const pairs: [number, number][] = [
          [p.total, r.total],
          [p.municipal.requests, r.municipal.requests],
          [p.municipal.open, r.municipal.open],
          [p.municipal.overdue, r.municipal.overdue],
          [p.municipal.resolved, r.municipal.resolved],
          [p.municipal.rejected, r.municipal.rejected],
          [p.municipal.resolvedOnTime, r.municipal.resolvedOnTime],
          [p.municipal.openStageUnknown, r.municipal.openStageUnknown],
          [p.external.total, r.external.total],
          [p.external.open, r.external.open],
          [p.external.referredMunicipal, r.external.referredMunicipal],
        ];
        const arrays: [Uint32Array, Uint32Array][] = [
          [p.municipal.openByAge, r.municipal.openByAge],
          [p.municipal.openByStage, r.municipal.openByStage],
          [p.external.byAgency, r.external.byAgency],
          [p.external.byJurisdiction, r.external.byJurisdiction],
        ];
        for (const [a, b] of arrays) a.forEach((v, k) => pairs.push([v, b[k]!]));
        for (const [byProblem, byRequest] of pairs) expect(byProblem).toBeLessThanOrEqual(byRequest);
        if (r.total > 0) expect(p.total).toBeGreaterThan(0);
      }),
    );
  });
});
