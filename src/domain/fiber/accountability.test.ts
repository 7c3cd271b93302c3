import { describe, expect, it } from 'vitest';
import { fiberAccountability } from './accountability';
import { fiberCurves } from './burn-up';
import { ACROSS_BOTH, built, networkOf, noon, segment } from './test-network';

// Contractor 0 keeps its dates, contractor 1 does not, contractor 2 has built nothing yet.
const NOW = noon('2024-05-15');
const network = networkOf(
  [
    built({ id: 'on-time', contractor: 0, plannedEnd: '2024-04-30', completedAt: '2024-04-30' }),
    built({ id: 'ahead', contractor: 0, lengthM: 500, plannedEnd: '2024-06-30', completedAt: '2024-05-01' }),
    built({ id: 'late', contractor: 1, plannedEnd: '2024-03-31', completedAt: '2024-04-10' }),
    segment({ id: 'overdue', contractor: 1, plannedEnd: '2024-04-15' }),
    segment({ id: 'not-due', contractor: 2, plannedEnd: '2024-08-31' }),
    // No contractor named, across both districts, most of it in the east; built on its planned end.
    built({
      id: 'across',
      district: -1,
      coordinates: ACROSS_BOTH,
      plannedEnd: '2024-05-10',
      completedAt: '2024-05-10',
    }),
  ],
  NOW,
  3,
);
const scores = fiberAccountability(network, fiberCurves(network), NOW);

describe('fiber accountability', () => {
  it('scores on-time completion by contractor, with the segments behind each score', () => {
    const [punctual, tardy, idle] = scores.byContractor.map((s) => s.onTime);
    expect(punctual).toEqual({ onTimeIds: ['on-time', 'ahead'], lateIds: [], completed: 2, onTime: 2, share: 1 });
    expect(tardy).toEqual({ onTimeIds: [], lateIds: ['late'], completed: 1, onTime: 0, share: 0 });
    expect(idle).toEqual({ onTimeIds: [], lateIds: [], completed: 0, onTime: 0, share: null });
  });

  it('scores built against due km: ahead of plan above 1, behind below', () => {
    const [punctual, tardy, idle] = scores.byContractor.map((s) => s.plan);
    // Due by 15 May: on-time (1 km); built: on-time and ahead (1.5 km).
    expect(punctual).toEqual({
      dueKm: 1,
      dueIds: ['on-time'],
      builtKm: 1.5,
      builtIds: ['on-time', 'ahead'],
      ratio: 1.5,
    });
    // Due: late and overdue (2 km); built: late (1 km).
    expect(tardy).toEqual({ dueKm: 2, dueIds: ['late', 'overdue'], builtKm: 1, builtIds: ['late'], ratio: 0.5 });
    expect(idle!.ratio).toBeNull();
  });

  it('counts a completion in the district holding most of the segment, its km in both districts', () => {
    const [west, east] = scores.byDistrict;
    expect(west!.onTime.onTimeIds).toEqual(['on-time', 'ahead']);
    expect(east!.onTime.onTimeIds).toEqual(['across']);
    expect(west!.plan.builtIds).toEqual(['on-time', 'ahead', 'late', 'across']);
    expect(east!.plan.builtKm).toBeCloseTo(0.75, 2);
    expect(west!.plan.builtKm).toBeCloseTo(2.75, 2);
  });

  it('scores the whole city once per segment, those of no contractor included', () => {
    expect(scores.city.onTime.completed).toBe(4);
    expect(scores.city.onTime.share).toBe(0.75);
    expect(scores.city.plan.dueIds).toEqual(['on-time', 'late', 'overdue', 'across']);
    expect(scores.city.plan.builtKm).toBe(3.5);
  });
});
