import { describe, expect, it } from 'vitest';
import { districtUsageOf, monthlyUsage, type ServiceUsage } from './usage';

const row = (month: string, districtId: string, serviceId: string, online: number, inPerson: number): ServiceUsage => ({
  month,
  districtId,
  serviceId,
  online,
  inPerson,
});

describe('usage rows', () => {
  it('derives the district totals from the per-service rows, by month then district', () => {
    const rows = [
      row('2025-02', '2', 'a', 1, 2),
      row('2025-01', '1', 'a', 3, 4),
      row('2025-01', '1', 'b', 5, 6),
      row('2025-01', '2', 'b', 7, 8),
    ];
    expect(districtUsageOf(rows)).toEqual([
      { month: '2025-01', districtId: '1', online: 8, inPerson: 10 },
      { month: '2025-01', districtId: '2', online: 7, inPerson: 8 },
      { month: '2025-02', districtId: '2', online: 1, inPerson: 2 },
    ]);
  });

  it('sums by key and month within the range only, leaving out keys never named', () => {
    const rows = [
      row('2024-12', '1', 'a', 100, 100),
      row('2025-01', '1', 'a', 1, 2),
      row('2025-01', '2', 'a', 3, 4),
      row('2025-02', '1', 'b', 5, 6),
    ];
    const { months, byKey } = monthlyUsage(rows, { from: '2025-01', to: '2025-02' }, (r) => r.serviceId);
    expect(months).toEqual(['2025-01', '2025-02']);
    expect(byKey.get('a')).toEqual([
      { online: 4, inPerson: 6 },
      { online: 0, inPerson: 0 },
    ]);
    expect(byKey.get('b')).toEqual([
      { online: 0, inPerson: 0 },
      { online: 5, inPerson: 6 },
    ]);
    expect(byKey.has('c')).toBe(false);
  });
});
