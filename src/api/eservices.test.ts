import { describe, expect, it } from 'vitest';
import { readEServices } from './eservices';
import { EServices, type EServicesBody } from './schemas';

const CATALOGUE = [{ id: 'permits-01', name: { fa: 'پروانه', en: 'Permit' }, group: 'permits' }];
const ROLLOUT = [{ district_id: 1, status: 'pilot', launched_at: null, target_date: '2025-03-20' }] as const;

/** A body of contract 2.0, before per-service usage. */
const V2_0: EServicesBody = {
  catalogue: CATALOGUE,
  usage: [{ month: '2025-01', district_id: '1', online: 30, in_person: 70 }],
  self_service_rollout: [...ROLLOUT],
};

describe('readEServices', () => {
  it('reads a body without the optional fields as before: district totals from usage, no service figures', () => {
    const data = readEServices(EServices.parse(V2_0));
    expect(data.serviceUsage).toBeNull();
    expect(data.districtUsage).toEqual([{ month: '2025-01', districtId: '1', online: 30, inPerson: 70 }]);
    expect(data.onlineShareTarget).toBeNull();
    expect(data.selfServiceDeadline).toBeNull();
    expect(data.rollout).toEqual([{ districtId: '1', status: 'pilot', launchedAt: null, targetDate: '2025-03-20' }]);
  });

  it('derives the district totals from the per-service rows when given, whatever usage says', () => {
    const data = readEServices(
      EServices.parse({
        ...V2_0,
        usage_by_service: [
          { month: '2025-01', district_id: '1', service_id: 'permits-01', online: 4, in_person: 6 },
          { month: '2025-01', district_id: '1', service_id: 'unknown', online: 1, in_person: 0 },
        ],
        online_share_target: { share: 0.75 },
        self_service_deadline: '2025-06-21',
      }),
    );
    expect(data.serviceUsage).toHaveLength(2);
    expect(data.districtUsage).toEqual([{ month: '2025-01', districtId: '1', online: 5, inPerson: 6 }]);
    expect(data.onlineShareTarget).toEqual({ share: 0.75, targetDate: null });
    expect(data.selfServiceDeadline).toBe('2025-06-21');
  });

  it('refuses a target share outside (0, 1]', () => {
    for (const share of [0, 1.2, -0.1]) {
      expect(EServices.safeParse({ ...V2_0, online_share_target: { share } }).success, String(share)).toBe(false);
    }
    expect(EServices.safeParse({ ...V2_0, online_share_target: { share: 1 } }).success).toBe(true);
  });
});
