import { describe, expect, it } from 'vitest';
import type { DistrictRollout } from '../../domain/eservices/rollout';
import { makeFormat } from '../../ui/format';
import { makeI18n } from '../../ui/i18n-context';
import { monthDays, monthText, pointsText, rolloutDaysText, shareText } from './eservice-text';

const TZ = 'Asia/Tehran';
const fa = { format: makeFormat('fa', TZ), t: makeI18n('fa').t };
const en = { format: makeFormat('en', TZ), t: makeI18n('en').t };

const district = (daysLate: number | null, measuredAt: 'launch' | 'today'): DistrictRollout => ({
  districtId: '1',
  status: measuredAt === 'launch' ? 'live' : 'pilot',
  launchedAt: measuredAt === 'launch' ? '2021-03-18' : null,
  targetDate: '2021-03-25',
  daysLate,
  measuredAt,
  late: daysLate !== null && daysLate > 0,
});

describe('e-service text', () => {
  it('writes a share as a percentage in the language’s digits, and no share as “no transactions”', () => {
    expect(shareText(0.625, fa.format, fa.t)).toBe('۶۲٫۵٪');
    expect(shareText(0, en.format, en.t)).toBe('0%');
    expect(shareText(null, en.format, en.t)).toBe('No transactions');
  });

  it('writes a trend in signed percentage points', () => {
    expect(pointsText(0.052, en.format)).toBe('+5.2');
    expect(pointsText(-0.02, en.format)).toBe('-2');
    expect(pointsText(0, en.format)).toBe('0');
    expect(pointsText(0.05, fa.format)).toMatch(/^\u200e?\+۵$/);
  });

  it('names the Gregorian month 2026-03 as Esfand 1404 in Persian (most of its days) and March in English', () => {
    expect(monthText('2026-03', fa.format, TZ)).toBe('اسفند ۱۴۰۴');
    expect(monthText('2026-03', en.format, TZ)).toBe('Mar 2026');
    expect(monthDays('2026-03', en.format, TZ)).toEqual({ from: '1 Mar 2026', to: '31 Mar 2026' });
    expect(monthDays('2026-03', fa.format, TZ).to).toContain('فروردین');
  });

  it('says the days of a live district as early or late, and of one not live as left or overdue', () => {
    expect(rolloutDaysText(district(-7, 'launch'), en.format, en.t)).toBe('7 days early');
    expect(rolloutDaysText(district(25, 'launch'), en.format, en.t)).toBe('25 days late');
    expect(rolloutDaysText(district(0, 'launch'), en.format, en.t)).toBe('on the day');
    expect(rolloutDaysText(district(-40, 'today'), en.format, en.t)).toBe('40 days left');
    expect(rolloutDaysText(district(12, 'today'), fa.format, fa.t)).toBe('۱۲ روز گذشته از موعد');
    expect(rolloutDaysText(district(null, 'launch'), en.format, en.t)).toBe('launch day not given');
  });
});
