/**
 * The demo's e-services make the shapes the dashboard must show: district totals that are the sums of the
 * per-service rows, services mostly online and others stuck in person, one with no usage, a lagging
 * district, District 5 live first, districts late, and a city deadline at the end of a Jalali quarter ahead.
 */
import { describe, expect, it } from 'vitest';
import { buildEServices } from '../../../mocks/city/eservices';
import { readEServices } from '../../../src/api/eservices';
import { EServices } from '../../../src/api/schemas';
import { TIMEZONE } from '../../../mocks/city/frame';
import { calendarDay, isoDayStart } from '../../../src/domain/calendar';
import { districtMonthShares } from '../../../src/domain/eservices/district-shares';
import { usageMonthRange } from '../../../src/domain/eservices/months';
import { cityRollout, districtRollouts } from '../../../src/domain/eservices/rollout';
import { serviceFigures } from '../../../src/domain/eservices/service-figures';
import { DAY, NOW, NOW_SEC } from './helpers';

const body = buildEServices(1, NOW);
const data = readEServices(EServices.parse(body));
const byService = data.serviceUsage!;
const range = usageMonthRange(byService)!;

describe('demo e-services', () => {
  it('sends district totals that are the sums of the per-service rows', () => {
    const totals = body.usage.map((r) => ({
      month: r.month,
      districtId: r.district_id,
      online: r.online,
      inPerson: r.in_person,
    }));
    expect(data.districtUsage).toEqual(totals);
    expect(range).toEqual({ from: '2024-06', to: '2025-05' });
  });

  it('has services mostly online, services stuck in person, and one with no usage', () => {
    const figures = serviceFigures(body.catalogue, byService, range);
    expect(body.catalogue.length).toBeGreaterThanOrEqual(88);
    expect(figures.filter((f) => f.share !== null && f.share > 0.8).length).toBeGreaterThanOrEqual(3);
    expect(figures.filter((f) => f.share !== null && f.share < 0.15).length).toBeGreaterThanOrEqual(3);
    expect(figures.filter((f) => !f.reported).map((f) => f.service.id)).toEqual(['citizen-14']);
  });

  it('has District 4 lagging the others and District 5 leading', () => {
    const shares = districtMonthShares(data.districtUsage, ['1', '2', '3', '4', '5'], range);
    const year = shares.byDistrict.map((cell) => cell.share!);
    expect(Math.min(...year)).toBe(year[3]);
    expect(Math.max(...year)).toBe(year[4]);
  });

  it('rolls self-service out from District 5, with districts late and a deadline ahead at the end of a quarter', () => {
    const districts = districtRollouts(data.rollout, NOW_SEC, TIMEZONE);
    const live = districts
      .filter((d) => d.status === 'live')
      .sort((a, b) => a.launchedAt!.localeCompare(b.launchedAt!));
    expect(live[0]!.districtId).toBe('5');
    expect(districts.filter((d) => d.late).map((d) => d.districtId)).toEqual(['2', '4']);

    const deadline = body.self_service_deadline!;
    const city = cityRollout(districts, deadline, NOW_SEC, TIMEZONE);
    expect(city.daysToDeadline).toBeGreaterThanOrEqual(90);
    expect(city.live).toBe(3);
    // The day after the deadline starts a Jalali quarter: Farvardin, Tir, Mehr or Dey.
    const next = calendarDay(isoDayStart(deadline, TIMEZONE) + DAY, 'persian', TIMEZONE);
    expect(next.day).toBe(1);
    expect(next.month % 3).toBe(1);
  });
});
