import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOverdueAt } from './follow-up';
import { overdueRows, topOpenProblems, type OverdueListOptions } from './overdue';
import { clusterRequests } from './problem-clustering';
import { tableOf, type TestRow, everyRequest } from './test-tables';
import { JURISDICTIONS, type Stage } from './vocabulary';

const H = 3600;
const DAY = 24 * H;
const T0 = 1_760_000_000;
const NOW = T0 + 30 * DAY;
const jurisdiction = Uint8Array.from([0, 0, JURISDICTIONS.indexOf('water')]);
const everything = everyRequest(T0, NOW);

describe('overdueRows', () => {
  // SLA: s0 48 h, s1 240 h (10 days), s2 (water) 24 h.
  const options: OverdueListOptions = { now: NOW, slaHours: Float64Array.from([48, 240, 24]), jurisdiction, limit: 10 };
  const table = tableOf([
    // 0: 4 days old, overdue by 48 h (deadline NOW − 2 days).
    { requestedAt: NOW - 4 * DAY, service: 0, district: 1 },
    // 1: 12 days old, overdue by 48 h (deadline NOW − 2 days).
    { requestedAt: NOW - 12 * DAY, service: 1, district: 0 },
    // 2: 60 h old, overdue by 12 h.
    { requestedAt: NOW - 60 * H, service: 0, district: 0 },
    // 3: a day old, within its SLA. 4: water, external. 5: referred, closed.
    { requestedAt: NOW - DAY, service: 0, district: 1 },
    { requestedAt: NOW - 10 * DAY, service: 2, district: 0 },
    { requestedAt: NOW - 10 * DAY, closedAt: NOW - 9 * DAY, stage: 'referred', service: 0, district: 0 },
    // 6: 11 days old, overdue by 24 h.
    { requestedAt: NOW - 11 * DAY, service: 1, district: 1 },
  ]);
  const list = (o: Partial<OverdueListOptions>, filter = everything) => [
    ...overdueRows(table, filter, { ...options, ...o }),
  ];

  it('lists overdue municipal requests, oldest first', () => {
    expect(list({})).toEqual([1, 6, 0, 2]);
    expect(list({ limit: 2 })).toEqual([1, 6]);
    expect(list({ reverse: true })).toEqual([2, 0, 6, 1]);
    expect(list({ limit: 0 })).toEqual([]);
  });

  it('sorts by time past the SLA, by district and by category, oldest first on ties', () => {
    expect(list({ sortBy: 'overdueBy' })).toEqual([1, 0, 6, 2]);
    expect(list({ sortBy: 'district' })).toEqual([1, 2, 6, 0]);
    expect(list({ sortBy: 'service' })).toEqual([0, 2, 1, 6]);
  });

  it('applies the filter', () => {
    expect(list({}, { ...everything, district: 1 })).toEqual([6, 0]);
    expect(list({}, { ...everything, status: 'closed' })).toEqual([]);
  });

  it('returns the first rows of the full sort, whatever the limit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ age: fc.integer({ min: 0, max: 29 * DAY }), service: fc.integer({ min: 0, max: 2 }) }), {
          maxLength: 80,
        }),
        fc.integer({ min: 0, max: 100 }),
        (rows, limit) => {
          const t = tableOf(rows.map((r) => ({ requestedAt: NOW - r.age, service: r.service, district: 0 })));
          const all = [...overdueRows(t, everything, { ...options, limit: t.count })];
          expect([...overdueRows(t, everything, { ...options, limit })]).toEqual(all.slice(0, limit));
          for (let k = 1; k < all.length; k++) {
            expect(t.requestedAt[all[k - 1]!]!).toBeLessThanOrEqual(t.requestedAt[all[k]!]!);
          }
          for (const i of all) expect(isOverdueAt(t, i, options.slaHours, NOW)).toBe(true);
        },
      ),
    );
  });
});

describe('topOpenProblems', () => {
  const at = (lon: number, day: number, service: number, stage: Stage, district = 0): TestRow => ({
    lon,
    requestedAt: T0 + day * DAY,
    service,
    stage,
    district,
    ...(stage === 'resolved' ? { closedAt: T0 + (day + 1) * DAY } : {}),
  });
  const repeat = (n: number, row: (k: number) => TestRow) => Array.from({ length: n }, (_, k) => row(k));
  const table = tableOf([
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
  ]);
  const problems = clusterRequests(table);
  const [A, B, F, C] = [0, 5, 9, 13].map((row) => problems.problemOf[row]!);

  it('ranks municipal problems by open requests, then size, then first request', () => {
    expect(problems.count).toBe(6);
    expect([...topOpenProblems(table, problems, everything, jurisdiction, 10)]).toEqual([A, B, F, C]);
    expect([...topOpenProblems(table, problems, everything, jurisdiction, 3)]).toEqual([A, B, F]);
  });

  it('keeps the problems with a request that passes the filter', () => {
    expect([...topOpenProblems(table, problems, { ...everything, district: 1 }, jurisdiction, 10)]).toEqual([C]);
    expect([...topOpenProblems(table, problems, { ...everything, to: T0 + DAY }, jurisdiction, 10)]).toEqual([A, C]);
  });
});
