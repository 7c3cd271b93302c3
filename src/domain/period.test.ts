import { describe, expect, it } from 'vitest';
import { isoDayOf } from './calendar';
import { resolvePeriod, type PeriodSelection } from './period';

const TEHRAN = 'Asia/Tehran';
const at = (iso: string) => Date.parse(iso) / 1000;
const NOW = at('2026-11-25T15:00:00+03:30');
const TOMORROW = at('2026-11-26T00:00:00+03:30');
const preset = (period: PeriodSelection['period']): PeriodSelection => ({ period, from: null, to: null });

describe('period presets in the city calendar', () => {
  it('ends every preset with today, so today’s requests count', () => {
    for (const p of ['this_week', 'this_month', 'last_30_days', 'this_year'] as const) {
      expect(resolvePeriod(preset(p), NOW, 'persian', TEHRAN).to).toBe(TOMORROW);
    }
  });

  it('takes this month and this year from the city’s calendar, Jalali or Gregorian', () => {
    expect(resolvePeriod(preset('this_month'), NOW, 'persian', TEHRAN).from).toBe(at('2026-11-22T00:00:00+03:30'));
    expect(resolvePeriod(preset('this_month'), NOW, 'gregorian', TEHRAN).from).toBe(at('2026-11-01T00:00:00+03:30'));
    expect(resolvePeriod(preset('this_year'), NOW, 'persian', TEHRAN).from).toBe(at('2026-03-21T00:00:00+03:30'));
    expect(resolvePeriod(preset('this_year'), NOW, 'gregorian', TEHRAN).from).toBe(at('2026-01-01T00:00:00+03:30'));
  });

  it('covers exactly thirty days for the last 30 days', () => {
    const p = resolvePeriod(preset('last_30_days'), NOW, 'gregorian', TEHRAN);
    expect((p.to - p.from) / 86_400).toBe(30);
  });

  it('includes both ends of a custom range', () => {
    const p = resolvePeriod({ period: 'custom', from: '2026-05-01', to: '2026-05-31' }, NOW, 'gregorian', TEHRAN);
    expect(p.from).toBe(at('2026-05-01T00:00:00+03:30'));
    expect(p.to).toBe(at('2026-06-01T00:00:00+03:30'));
  });

  it('falls back to this year when a custom range is incomplete or reversed', () => {
    const year = resolvePeriod(preset('this_year'), NOW, 'persian', TEHRAN);
    const reversed = resolvePeriod({ period: 'custom', from: '2026-06-01', to: '2026-05-01' }, NOW, 'persian', TEHRAN);
    const open = resolvePeriod({ period: 'custom', from: '2026-06-01', to: null }, NOW, 'persian', TEHRAN);
    expect([reversed.from, reversed.to]).toEqual([year.from, year.to]);
    expect([open.from, open.to]).toEqual([year.from, year.to]);
  });

  it('falls back to this year when a custom range names a day that does not exist, instead of NaN bounds', () => {
    const year = resolvePeriod(preset('this_year'), NOW, 'persian', TEHRAN);
    for (const [from, to] of [
      ['0000-00-00', '9999-99-99'],
      ['2026-02-29', '2026-03-01'],
      ['2026-01-01', '2026-01-32'],
    ]) {
      const p = resolvePeriod({ period: 'custom', from: from!, to: to! }, NOW, 'persian', TEHRAN);
      expect([p.from, p.to], `${from}…${to}`).toEqual([year.from, year.to]);
    }
  });

  it('labels the period from its first to its last day', () => {
    const p = resolvePeriod(preset('this_week'), NOW, 'gregorian', TEHRAN);
    const label = p.label({ date: (s) => isoDayOf(s, TEHRAN) });
    expect(label).toBe('2026-11-21 – 2026-11-25');
  });
});
