import { describe, expect, it } from 'vitest';
import { fiberSegmentInputs } from './fiber-segments';
import { FiberSegmentCollection, type FiberSegmentCollectionBody } from './schemas';

const feature = (properties: Record<string, unknown>) => ({
  type: 'Feature' as const,
  properties: {
    status: 'under_construction',
    planned_start: '2024-01-01',
    planned_end: '2024-06-30',
    completed_at: null,
    length_m: 1000,
    ...properties,
  },
  geometry: {
    type: 'LineString' as const,
    coordinates: [
      [45.07, 37.55],
      [45.08, 37.55],
    ],
  },
});

const read = (features: ReturnType<typeof feature>[]) =>
  FiberSegmentCollection.parse({ type: 'FeatureCollection', features } as FiberSegmentCollectionBody);

describe('the fiber segments read for the domain', () => {
  it('reads the optional contractor in every form of a name, and the start date given, null or left out', () => {
    const collection = read([
      feature({ id: 'a', contractor: 'Araz Cable', started_at: '2024-01-05' }),
      feature({ id: 'b', contractor: { en: 'Araz Cable' }, started_at: null }),
      feature({ id: 'c', contractor: { fa: 'فیبر نوین', en: 'Novin Fiber' } }),
      feature({ id: 'd' }),
    ]);
    const { segments, contractors } = fiberSegmentInputs(collection, []);
    expect(contractors).toEqual([
      { fa: 'Araz Cable', en: 'Araz Cable' },
      { fa: 'فیبر نوین', en: 'Novin Fiber' },
    ]);
    expect(segments.map((s) => [s.id, s.contractor, s.startedAt])).toEqual([
      ['a', 0, '2024-01-05'],
      ['b', 0, null],
      ['c', 1, null],
      ['d', -1, null],
    ]);
  });

  it('refuses a start date that is not a calendar date', () => {
    expect(() => read([feature({ id: 'a', started_at: '2024-13-01' })])).toThrow();
  });

  it('gives a district as its index, and a district the city does not have as none', () => {
    const collection = read([feature({ id: 'a', district_id: '7' }), feature({ id: 'b', district_id: 'x' })]);
    expect(fiberSegmentInputs(collection, ['5', '7']).segments.map((s) => s.district)).toEqual([1, -1]);
  });
});
