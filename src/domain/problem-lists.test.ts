import { describe, expect, it } from 'vitest';
import { clusterRequests } from './problem-clustering';
import { largestProblems, topOpenProblems } from './problem-lists';
import { isStaffProblem, reporterCounts } from './problem-reporters';
import { memberCount } from './problem-set';
import { everyRequest, tableOf, type TestRow } from './test-tables';
import { JURISDICTIONS, type Stage } from './vocabulary';

const DAY = 86_400;
const T0 = 1_760_000_000;
const NOW = T0 + 30 * DAY;
const jurisdiction = Uint8Array.from([0, 0, JURISDICTIONS.indexOf('water')]);
const everything = everyRequest(T0, NOW);

const at = (lon: number, day: number, service: number, stage: Stage, district = 0): TestRow => ({
  lon,
  requestedAt: T0 + day * DAY,
  service,
  stage,
  district,
  ...(stage === 'resolved' ? { closedAt: T0 + (day + 1) * DAY } : {}),
});
const repeat = (n: number, row: (k: number) => TestRow) => Array.from({ length: n }, (_, k) => row(k));

// Spots 0.01° of longitude apart (about 880 m): each is one problem.
const rows: TestRow[] = [
  // A: 5 requests, 3 open. B: 4, 3 open, from day 1. F: 4, 3 open, from day 2 (after B).
  ...repeat(2, (k) => at(45.07, k, 0, 'resolved')),
  ...repeat(3, (k) => at(45.07, 2 + k, 0, 'received')),
  at(45.08, 1, 0, 'resolved'),
  ...repeat(3, (k) => at(45.08, 2 + k, 0, 'assigned')),
  at(45.09, 2, 0, 'resolved'),
  ...repeat(3, (k) => at(45.09, 3 + k, 0, 'in_progress')),
  // C: 2 open, in district 1. D: 6 open water requests (another agency's). E: 3 resolved.
  ...repeat(2, (k) => at(45.1, k, 1, 'received', 1)),
  ...repeat(6, (k) => at(45.11, k, 2, 'received')),
  ...repeat(3, (k) => at(45.12, k, 1, 'resolved')),
  // G: the same spot reported every few days and fixed every time: 7 requests, none open.
  ...repeat(7, (k) => at(45.13, 3 * k, 0, 'resolved')),
  // H: 3 requests as E has, one of them open, first reported after E.
  ...repeat(2, (k) => at(45.14, 5 + k, 1, 'resolved')),
  at(45.14, 7, 1, 'received'),
];
const table = tableOf(rows);
const problems = clusterRequests(table);
const [A, B, F, C, E, G, H] = [0, 5, 9, 13, 21, 24, 31].map((row) => problems.problemOf[row]!);

describe('topOpenProblems', () => {
  it('ranks municipal problems by open requests, then size, then first request', () => {
    expect(problems.count).toBe(8);
    expect([...topOpenProblems(table, problems, everything, jurisdiction, 10)]).toEqual([A, B, F, C, H]);
    expect([...topOpenProblems(table, problems, everything, jurisdiction, 3)]).toEqual([A, B, F]);
  });

  it('keeps the problems with a request that passes the filter', () => {
    expect([...topOpenProblems(table, problems, { ...everything, district: 1 }, jurisdiction, 10)]).toEqual([C]);
    expect([...topOpenProblems(table, problems, { ...everything, to: T0 + DAY }, jurisdiction, 10)]).toEqual([A, C]);
  });
});

describe('largestProblems', () => {
  it('ranks every municipal problem by its requests, resolved ones too: the recurring spot comes first', () => {
    const all = [...largestProblems(table, problems, everything, jurisdiction, 10)];
    // G (7, all resolved), A (5), B and F (4 each, 3 open: B was first), H (3, one open) before E (3, none).
    expect(all).toEqual([G, A, B, F, H, E, C]);
    expect(all.map((p) => memberCount(problems, p))).toEqual([7, 5, 4, 4, 3, 3, 2]);
    expect(all.map((p) => problems.open[p])).toEqual([0, 3, 3, 3, 1, 0, 2]);
    expect([...largestProblems(table, problems, everything, jurisdiction, 2)]).toEqual([G, A]);
  });

  it('lists what the open list leaves out: problems whose every request is closed', () => {
    const open = new Set(topOpenProblems(table, problems, everything, jurisdiction, 10));
    const resolved = [...largestProblems(table, problems, everything, jurisdiction, 10)].filter((p) => !open.has(p));
    expect(resolved).toEqual([G, E]);
  });

  it('keeps the problems with a request in the period, counted whole', () => {
    // Days 18 to 30: only G was reported again (the last of its seven, on day 18).
    const late = { ...everything, from: T0 + 18 * DAY };
    expect([...largestProblems(table, problems, late, jurisdiction, 10)]).toEqual([G]);
    expect([...largestProblems(table, problems, { ...everything, district: 1 }, jurisdiction, 10)]).toEqual([C]);
    expect([...largestProblems(table, problems, { ...everything, status: 'closed' }, jurisdiction, 10)]).toEqual([
      G,
      A,
      B,
      F,
      H,
      E,
    ]);
  });
});

describe('staff reports', () => {
  it('counts the scope’s staff reports and marks the problems they make', () => {
    const staffTable = tableOf(rows);
    // G is a crew's round of the same spot; one of A's requests was filed by the city too.
    for (let i = 24; i < 31; i++) staffTable.reporter[i] = 1;
    staffTable.reporter[0] = 1;
    const set = clusterRequests(staffTable);
    expect(reporterCounts(staffTable, everything)).toEqual({ requests: rows.length, staff: 8 });
    expect(reporterCounts(staffTable, { ...everything, from: T0 + 18 * DAY })).toEqual({ requests: 1, staff: 1 });
    const g = set.problemOf[24]!;
    expect(isStaffProblem(staffTable, set, g)).toBe(true);
    expect(memberCount(set, g)).toBe(7);
    // A's staff report is a problem of its own, apart from the citizens' four.
    expect(set.problemOf[0]).not.toBe(set.problemOf[1]);
    expect(isStaffProblem(staffTable, set, set.problemOf[0]!)).toBe(true);
    expect(isStaffProblem(staffTable, set, set.problemOf[1]!)).toBe(false);
    expect(memberCount(set, set.problemOf[1]!)).toBe(4);
  });
});
