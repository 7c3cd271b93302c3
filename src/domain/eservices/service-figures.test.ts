import { describe, expect, it } from 'vitest';
import { nextToMoveOnline, serviceFigures, sortServices, type ServiceFigures } from './service-figures';
import type { ServiceUsage } from './usage';

const RANGE = { from: '2025-01', to: '2025-06' };
const MONTHS = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06'];

const CATALOGUE = [
  { id: 'pay', group: 'payments' },
  { id: 'permit', group: 'permits' },
  { id: 'new', group: 'citizen' },
  { id: 'idle', group: 'social' },
];

const row = (month: string, districtId: string, serviceId: string, online: number, inPerson: number): ServiceUsage => ({
  month,
  districtId,
  serviceId,
  online,
  inPerson,
});

const USAGE: ServiceUsage[] = [
  // Mostly online and rising: 80 % for three months, then 90 %.
  ...MONTHS.map((month, m) => (m < 3 ? row(month, '1', 'pay', 80, 20) : row(month, '1', 'pay', 90, 10))),
  // Stuck in person: 10 % in district 1, none at all in district 2.
  ...MONTHS.map((month) => row(month, '1', 'permit', 10, 90)),
  ...MONTHS.map((month) => row(month, '2', 'permit', 0, 50)),
  // Reported, with no transaction.
  row('2025-02', '1', 'idle', 0, 0),
  // Outside the range, and a service the catalogue does not have: neither counts here.
  row('2024-12', '1', 'permit', 0, 5000),
  row('2025-03', '1', 'ghost', 0, 1000),
];

const figures = serviceFigures(CATALOGUE, USAGE, RANGE);
const byId = (id: string) => figures.find((f) => f.service.id === id)!;
const ids = (list: readonly ServiceFigures[]) => list.map((f) => f.service.id);

describe('service figures', () => {
  it('sums each service over the period, in catalogue order, carrying the entry through', () => {
    expect(ids(figures)).toEqual(['pay', 'permit', 'new', 'idle']);
    expect(byId('pay').service).toBe(CATALOGUE[0]);
    // 3 × 80 + 3 × 90 online, 3 × 20 + 3 × 10 in person.
    expect(byId('pay')).toMatchObject({ online: 510, inPerson: 90, reported: true });
    expect(byId('pay').share).toBeCloseTo(0.85, 12);
    // 6 × 10 online; 6 × 90 + 6 × 50 in person.
    expect(byId('permit')).toMatchObject({ online: 60, inPerson: 840 });
    expect(byId('permit').share).toBeCloseTo(60 / 900, 12);
  });

  it('tells a service with no usage from one with no transactions and from 0 %', () => {
    expect(byId('new')).toMatchObject({ reported: false, online: 0, inPerson: 0, share: null, trend: null });
    expect(byId('idle')).toMatchObject({ reported: true, online: 0, inPerson: 0, share: null, trend: null });
    const district2 = serviceFigures(CATALOGUE, USAGE, RANGE, { districtId: '2' });
    expect(district2.find((f) => f.service.id === 'permit')).toMatchObject({ reported: true, share: 0, trend: 0 });
    expect(district2.find((f) => f.service.id === 'pay')).toMatchObject({ reported: false, share: null });
  });

  it('gives the trend of the last three months against the three before', () => {
    // 270 / 300 − 240 / 300.
    expect(byId('pay').trend).toBeCloseTo(0.1, 12);
    expect(byId('permit').trend).toBe(0);
    // One month against one: June and May are both 90 %.
    const monthly = serviceFigures(CATALOGUE, USAGE, RANGE, { trendMonths: 1 });
    expect(monthly[0]!.trend).toBeCloseTo(0, 12);
  });

  it('has no trend over a period too short for two windows', () => {
    const short = serviceFigures(CATALOGUE, USAGE, { from: '2025-02', to: '2025-06' });
    expect(short[0]!.trend).toBeNull();
    expect(short[0]!.online).toBe(80 * 2 + 90 * 3);
  });
});

describe('sorting services', () => {
  it('by share, services without one last in either direction', () => {
    expect(ids(sortServices(figures, 'share', 'ascending'))).toEqual(['permit', 'pay', 'idle', 'new']);
    expect(ids(sortServices(figures, 'share', 'descending'))).toEqual(['pay', 'permit', 'idle', 'new']);
  });

  it('by trend', () => {
    expect(ids(sortServices(figures, 'trend', 'descending'))).toEqual(['pay', 'permit', 'idle', 'new']);
    expect(ids(sortServices(figures, 'trend', 'ascending'))).toEqual(['permit', 'pay', 'idle', 'new']);
  });

  it('by in-person volume, ties by id', () => {
    expect(ids(sortServices(figures, 'in_person', 'descending'))).toEqual(['permit', 'pay', 'idle', 'new']);
    expect(ids(sortServices(figures, 'in_person', 'ascending'))).toEqual(['idle', 'new', 'pay', 'permit']);
  });

  it('leaves its input as it was', () => {
    sortServices(figures, 'share', 'ascending');
    expect(ids(figures)).toEqual(['pay', 'permit', 'new', 'idle']);
  });
});

describe('next to move online', () => {
  it('lists the services with the most in-person transactions left, top N', () => {
    expect(ids(nextToMoveOnline(figures, 1))).toEqual(['permit']);
    // Services with no in-person transaction have no visit to save.
    expect(ids(nextToMoveOnline(figures, 10))).toEqual(['permit', 'pay']);
    expect(nextToMoveOnline(figures, 0)).toEqual([]);
  });

  it('orders equal volumes by id', () => {
    const catalogue = [{ id: 'b' }, { id: 'a' }, { id: 'c' }];
    const usage = [
      row('2025-01', '1', 'b', 0, 100),
      row('2025-01', '1', 'a', 50, 100),
      row('2025-01', '1', 'c', 0, 99),
    ];
    const list = serviceFigures(catalogue, usage, { from: '2025-01', to: '2025-01' });
    expect(ids(nextToMoveOnline(list, 3))).toEqual(['a', 'b', 'c']);
  });
});
