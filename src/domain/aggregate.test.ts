import { describe, expect, it } from 'vitest';
import { aggregateRequests } from './aggregate';
import { NO_AREA } from './request-table';
import { everyRequest, KPI_NOW, KPI_OPTIONS, KPI_T0, tableOf } from './test-tables';
import { STAGES } from './vocabulary';

const H = 3600;
const DAY = 24 * H;
const T0 = KPI_T0;
const NOW = KPI_NOW;

// s0 must close within 48 hours, s1 within 10 days, s2 has no target.
const options = KPI_OPTIONS;
const everything = everyRequest(T0, NOW);

// Six requests: three resolved (after 10, 20 and 40 hours), one rejected, two open.
const table = tableOf([
  { requestedAt: T0, closedAt: T0 + 10 * H, service: 0, district: 0, neighbourhood: 0 },
  { requestedAt: T0 + DAY, closedAt: T0 + DAY + 20 * H, service: 0, district: 0, neighbourhood: 1 },
  { requestedAt: T0 + 8 * DAY, closedAt: T0 + 8 * DAY + 40 * H, service: 1, district: 1, neighbourhood: 2 },
  {
    requestedAt: T0 + 9 * DAY,
    closedAt: T0 + 9 * DAY + H,
    service: 1,
    stage: 'rejected',
    district: 1,
    neighbourhood: 2,
  },
  // Open for 29 days: overdue for s0 (48 h), not for s2 (no target).
  { requestedAt: T0 + DAY, service: 0, stage: 'in_progress', district: 1, neighbourhood: 2 },
  { requestedAt: T0 + DAY, service: 2, stage: 'assigned', district: 0, neighbourhood: 0 },
  // Outside the city: never counted.
  { requestedAt: T0 + DAY, service: 0, district: NO_AREA },
]);

describe('aggregateRequests', () => {
  const all = aggregateRequests(table, everything, options);

  it('counts requests, open and overdue requests of the city', () => {
    expect(all.requests).toBe(6);
    expect(all.open).toBe(2);
    expect(all.overdue).toBe(1);
  });

  it('takes the median time to resolve over resolved requests only', () => {
    expect(all.medianResolveHours).toBe(20);
  });

  it('splits the same requests by district, neighbourhood, category, stage and week', () => {
    expect([...all.byDistrict]).toEqual([3, 3]);
    expect([...all.byNeighbourhood]).toEqual([2, 1, 3]);
    expect([...all.byService]).toEqual([3, 2, 1]);
    expect(all.byStage[STAGES.indexOf('resolved')]).toBe(3);
    expect(all.byStage[STAGES.indexOf('rejected')]).toBe(1);
    expect([...all.byBin]).toEqual([4, 2, 0, 0, 0]);
  });

  it('narrows to a district, a category set, a status and a period', () => {
    expect(aggregateRequests(table, { ...everything, district: 1 }, options).requests).toBe(3);
    const s1 = aggregateRequests(table, { ...everything, serviceMask: Uint8Array.from([0, 1, 0]) }, options);
    expect(s1.requests).toBe(2);
    expect(aggregateRequests(table, { ...everything, status: 'closed' }, options).requests).toBe(4);
    const firstWeek = aggregateRequests(table, { ...everything, to: T0 + 7 * DAY }, options);
    expect(firstWeek.requests).toBe(4);
  });

  it('has no median when nothing was resolved', () => {
    expect(aggregateRequests(table, { ...everything, status: 'open' }, options).medianResolveHours).toBeNaN();
  });
});
