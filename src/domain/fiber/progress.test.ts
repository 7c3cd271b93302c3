import { describe, expect, it } from 'vitest';
import { fiberCurves } from './burn-up';
import { fiberProgress } from './progress';
import { ROLLOUT_AS_OF, rolloutNetwork } from './rollout-fixture';
import { built, networkOf, noon, segment } from './test-network';

const progressOf = (network: ReturnType<typeof networkOf>, now: number) =>
  fiberProgress(network, fiberCurves(network), now);

describe('fiber progress against plan', () => {
  it('has no share in an empty network: there is nothing to build, which is not 0 %', () => {
    const { city, byDistrict, late } = progressOf(networkOf([], 0), noon('2024-05-01'));
    expect(city).toEqual({ plannedKm: 0, builtKm: 0, share: null, segmentsLate: 0, kmLate: 0 });
    expect(byDistrict.map((d) => d.share)).toEqual([null, null]);
    expect(late).toEqual([]);
  });

  it('tells a district with no fiber (no share) from one with nothing built yet (0 %)', () => {
    const network = networkOf([segment({ id: 'a', plannedEnd: '2024-06-30' })], noon('2024-05-01'));
    const { byDistrict } = progressOf(network, noon('2024-05-01'));
    expect(byDistrict[0]).toEqual({ plannedKm: 1, builtKm: 0, share: 0, segmentsLate: 0, kmLate: 0 });
    expect(byDistrict[1]!.share).toBeNull();
  });

  it('counts every km built when all is done, on time or not', () => {
    const network = networkOf(
      [
        built({ id: 'a', plannedEnd: '2024-03-01', completedAt: '2024-04-01' }),
        built({ id: 'b', lengthM: 500, plannedEnd: '2024-03-01', completedAt: '2024-02-01' }),
      ],
      noon('2024-05-01'),
    );
    const { city, late } = progressOf(network, noon('2024-05-01'));
    expect(city).toEqual({ plannedKm: 1.5, builtKm: 1.5, share: 1, segmentsLate: 0, kmLate: 0 });
    expect(late).toEqual([]);
  });

  it('counts a late segment across two districts once, in the district holding most of it, its km in both', () => {
    const { city, byDistrict, late } = progressOf(rolloutNetwork(), ROLLOUT_AS_OF);
    // a (2 km) and b (1 km) built; c (1 km, due 10 May) late on 15 May, a quarter west, three quarters east.
    expect(city).toEqual({ plannedKm: 4, builtKm: 3, share: 0.75, segmentsLate: 1, kmLate: 1 });
    expect(late).toEqual([2]);
    const [west, east] = byDistrict;
    expect(west!.plannedKm).toBeCloseTo(3.25, 2);
    expect(west!.builtKm).toBe(3);
    expect(west!.segmentsLate).toBe(0);
    expect(west!.kmLate).toBeCloseTo(0.25, 2);
    expect(east!.builtKm).toBe(0);
    expect(east!.share).toBe(0);
    expect(east!.segmentsLate).toBe(1);
    expect(east!.kmLate).toBeCloseTo(0.75, 2);
  });

  it('does not count a segment late on its planned end day, nor one built ahead of it', () => {
    const network = networkOf(
      [segment({ id: 'due', plannedEnd: '2024-05-01' }), built({ id: 'ahead', completedAt: '2024-04-01' })],
      noon('2024-05-01'),
    );
    expect(progressOf(network, noon('2024-05-01')).city.segmentsLate).toBe(0);
    expect(progressOf(network, noon('2024-05-02')).late).toEqual([0]);
  });
});
