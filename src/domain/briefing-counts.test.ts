import { describe, expect, it } from 'vitest';
import { backlogByUnit, serviceCounts } from './briefing-counts';
import { clusterRequests } from './problem-clustering';
import { everyRequest, tableOf } from './test-tables';
import { JURISDICTIONS } from './vocabulary';

const H = 3600;
const DAY = 24 * H;
const T0 = 1_760_000_000;
const NOW = T0 + 30 * DAY;
// Spots about 2.6 km apart: rows at one spot with one category, days apart, are one problem (50 m, 30 days).
const A = 45.07;
const B = 45.1;
const C = 45.13;
// Every row lies in district 0: a row outside every district is outside the city and counted nowhere.

describe('serviceCounts', () => {
  const table = tableOf([
    // s0 at A, three times: one problem of three requests.
    { lon: A, requestedAt: T0, service: 0, district: 0 },
    { lon: A, requestedAt: T0 + DAY, service: 0, district: 0 },
    { lon: A, requestedAt: T0 + 2 * DAY, service: 0, district: 0 },
    // s0 at B once, s1 at C twice: a problem each.
    { lon: B, requestedAt: T0, service: 0, district: 0 },
    { lon: C, requestedAt: T0 + DAY, service: 1, district: 0 },
    { lon: C, requestedAt: T0 + 3 * DAY, service: 1, district: 0 },
    // Before the period: counted nowhere.
    { lon: C, requestedAt: T0 - 40 * DAY, service: 2, district: 0 },
  ]);
  const problems = clusterRequests(table);

  it('counts each category’s requests and the distinct problems among them', () => {
    const counts = serviceCounts(table, problems, everyRequest(T0, NOW));
    expect(Array.from(counts.requests)).toEqual([4, 2, 0]);
    expect(Array.from(counts.problems)).toEqual([2, 1, 0]);
  });

  it('counts a problem in a period by its requests in the period alone', () => {
    // From the day after T0: two of A’s requests and one of C’s remain, still one problem each.
    const counts = serviceCounts(table, problems, everyRequest(T0 + DAY, T0 + 2 * DAY + 1));
    expect(Array.from(counts.requests)).toEqual([2, 1, 0]);
    expect(Array.from(counts.problems)).toEqual([1, 1, 0]);
  });
});

describe('backlogByUnit', () => {
  // s0 48 h, s1 240 h (municipal); s2 is the water company’s.
  const options = {
    now: NOW,
    slaHours: Float64Array.from([48, 240, 24]),
    jurisdiction: Uint8Array.from([0, 0, JURISDICTIONS.indexOf('water')]),
  };
  const table = tableOf([
    // Unit 0: one open 3 days on s0 (overdue), one open an hour (not), one resolved.
    { requestedAt: NOW - 3 * DAY, service: 0, district: 0 },
    { requestedAt: NOW - H, service: 0, district: 0 },
    { requestedAt: T0, closedAt: T0 + H, service: 0, district: 0 },
    // Unit 1: open 3 days on s1 (within its 10 days); the water request is not the city’s backlog.
    { requestedAt: NOW - 3 * DAY, service: 1, district: 0 },
    { requestedAt: NOW - 10 * DAY, service: 2, district: 0 },
  ]);
  table.agencies = ['unit 0', 'unit 1'];
  table.agency.set([0, 0, 0, 1, 1]);

  it('counts the open municipal requests of each unit and those past their target', () => {
    const backlog = backlogByUnit(table, everyRequest(T0, NOW), options);
    expect(Array.from(backlog.open)).toEqual([2, 1]);
    expect(Array.from(backlog.overdue)).toEqual([1, 0]);
  });

  it('reads the backlog as of an earlier instant: a request closed since was open then', () => {
    const then = T0 + H / 2;
    const backlog = backlogByUnit(table, everyRequest(T0, then), { ...options, now: then });
    expect(Array.from(backlog.open)).toEqual([1, 0]);
    expect(Array.from(backlog.overdue)).toEqual([0, 0]);
  });
});
