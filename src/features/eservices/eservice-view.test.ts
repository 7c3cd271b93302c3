/**
 * The e-service figures of a scope from a small hand-made city: two districts, two services, four months;
 * expected values worked out by hand from the rows, online ÷ (online + in person).
 */
import { describe, expect, it } from 'vitest';
import type { EServiceData } from '../../api/eservices';
import type { DistrictCollection } from '../../api/schemas';
import { districtUsageOf, type ServiceUsage } from '../../domain/eservices/usage';
import { eserviceAreas, eserviceMonths, rolloutView, scopeEServices } from './eservice-view';

const TZ = 'Asia/Tehran';
const row = (month: string, districtId: string, serviceId: string, online: number, inPerson: number): ServiceUsage => ({
  month,
  districtId,
  serviceId,
  online,
  inPerson,
});

const serviceUsage = [
  row('2026-01', 'a', 'pay', 60, 40),
  row('2026-01', 'a', 'permit', 10, 90),
  row('2026-02', 'a', 'pay', 70, 30),
  row('2026-02', 'b', 'pay', 30, 70),
  row('2026-03', 'b', 'permit', 0, 50),
  row('2026-04', 'a', 'pay', 80, 20),
];

const data: EServiceData = {
  catalogue: [
    { id: 'pay', name: { fa: 'پرداخت', en: 'Payment' }, group: 'payments' },
    { id: 'permit', name: { fa: 'پروانه', en: 'Permit' }, group: 'permits' },
    { id: 'payslip', name: { fa: 'فیش', en: 'Payslip' }, group: 'citizen' },
  ],
  serviceUsage,
  districtUsage: districtUsageOf(serviceUsage),
  onlineShareTarget: { share: 0.75, targetDate: null },
  selfServiceDeadline: '2026-06-21',
  rollout: [
    { districtId: 'a', status: 'live', launchedAt: '2026-03-01', targetDate: '2026-03-20' },
    { districtId: 'b', status: 'planned', launchedAt: null, targetDate: '2026-03-20' },
  ],
};

const square = (x: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [x, 0],
      [x + 1, 0],
      [x + 1, 1],
      [x, 1],
      [x, 0],
    ],
  ],
});
const districts = {
  type: 'FeatureCollection',
  features: ['a', 'b', 'c'].map((id, i) => ({
    type: 'Feature',
    properties: { id, name: { fa: `منطقه ${id}`, en: `District ${id}` } },
    geometry: square(i),
  })),
} as unknown as DistrictCollection;

const at = (iso: string) => Date.parse(iso) / 1000;

describe('e-service figures of a scope', () => {
  it('keeps the months of the period the city reported, the Gregorian months its days touch', () => {
    // 1 Bahman 1404 to the end of Esfand: 21 January to 20 March 2026.
    const period = { from: at('2026-01-21T00:00:00+03:30'), to: at('2026-03-21T00:00:00+03:30') };
    expect(eserviceMonths(data, period, TZ)).toEqual({ from: '2026-01', to: '2026-03' });
    const later = { from: at('2026-04-01T00:00:00+03:30'), to: at('2026-09-01T00:00:00+03:30') };
    expect(eserviceMonths(data, later, TZ)).toEqual({ from: '2026-04', to: '2026-04' });
    const none = eserviceMonths(data, { from: at('2027-01-01T00:00:00Z'), to: at('2027-02-01T00:00:00Z') }, TZ);
    expect(none.from > none.to).toBe(true);
  });

  it('gives the city all its transactions: 250 online of 550', () => {
    const city = scopeEServices(data, { from: '2026-01', to: '2026-04' }, null);
    expect(city.total).toEqual({ online: 250, inPerson: 300, share: 250 / 550 });
    expect(city.monthly.months.map((m) => m.share)).toEqual([70 / 200, 100 / 200, 0, 80 / 100]);
    expect(city.monthly.gap).toBeCloseTo(0.8 - 0.75);
    // Four months are too few for a quarter against the quarter before.
    expect(city.trend).toBeNull();
  });

  it('gives a district its own transactions and services, and lists its services with in-person left', () => {
    const b = scopeEServices(data, { from: '2026-01', to: '2026-04' }, 'b');
    expect(b.total).toEqual({ online: 30, inPerson: 120, share: 0.2 });
    const byId = new Map(b.services!.map((f) => [f.service.id, f]));
    expect(byId.get('pay')).toMatchObject({ reported: true, online: 30, inPerson: 70, share: 0.3 });
    expect(byId.get('permit')).toMatchObject({ reported: true, share: 0 });
    // Nobody reported payslips: no usage, and not in the list of services to move online.
    expect(byId.get('payslip')).toMatchObject({ reported: false, share: null });
    expect(b.next.map((f) => f.service.id)).toEqual(['pay', 'permit']);
  });

  it('has no service figures for a city that reports usage by district only', () => {
    const districtOnly = { ...data, serviceUsage: null };
    const city = scopeEServices(districtOnly, { from: '2026-01', to: '2026-04' }, null);
    expect(city.services).toBeNull();
    expect(city.next).toEqual([]);
    expect(city.total.share).toBe(250 / 550);
  });

  it('colours every district of the map, a district without transactions with no share', () => {
    const { areas, breaks } = eserviceAreas(data, districts, { from: '2026-01', to: '2026-04' }, 'en');
    expect(areas.map((a) => [a.id, a.name, a.share])).toEqual([
      ['a', 'District a', 220 / 400],
      ['b', 'District b', 0.2],
      ['c', 'District c', null],
    ]);
    // 20 % to 55 %: 5-point classes would need eight, so 10-point ones from 20 % to 60 %.
    expect(breaks).toEqual([0.3, 0.4, 0.5]);
  });

  it('gives the rollout at now: one district live early, one late, the deadline ahead', () => {
    const view = rolloutView(data, at('2026-04-10T12:00:00+03:30'), TZ);
    expect(view.today).toBe('2026-04-10');
    expect(view.districts.map((d) => [d.districtId, d.daysLate, d.late])).toEqual([
      ['a', -19, false],
      ['b', 21, true],
    ]);
    expect(view.city).toMatchObject({ deadline: '2026-06-21', live: 1, late: 1, daysToDeadline: 72 });
  });
});
