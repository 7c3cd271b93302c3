import { describe, expect, it } from 'vitest';
import { isoDayOf } from './calendar';
import { dataPeriod, outsidePeriod, resolvePeriod, type PeriodSelection } from './period';

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

describe('the period a data set opens on', () => {
  const NY = 'America/New_York';
  const t = (iso: string) => Date.parse(iso) / 1000;

  it('is the whole range of a data set shorter than a year (a 311 export of Feb–Nov 2011)', () => {
    const range = { from: t('2011-02-01T14:27:57-05:00'), to: t('2011-11-29T23:10:00-05:00') };
    expect(dataPeriod(range, 'gregorian', NY)).toEqual({ from: '2011-02-01', to: '2011-11-29' });
  });

  it('is the last calendar year the data covers fully', () => {
    const range = { from: t('2015-03-04T10:00:00-05:00'), to: t('2019-06-30T10:00:00-04:00') };
    expect(dataPeriod(range, 'gregorian', NY)).toEqual({ from: '2018-01-01', to: '2018-12-31' });
    const toYearEnd = { from: range.from, to: t('2019-12-31T22:00:00-05:00') };
    expect(dataPeriod(toYearEnd, 'gregorian', NY)).toEqual({ from: '2019-01-01', to: '2019-12-31' });
  });

  it('counts years in the city’s calendar: a Jalali year runs from Nowruz', () => {
    const range = { from: t('2019-01-10T10:00:00+03:30'), to: t('2021-01-20T10:00:00+03:30') };
    // 1398 ran from 21 March 2019 to 19 March 2020; 1399 is not complete.
    expect(dataPeriod(range, 'persian', TEHRAN)).toEqual({ from: '2019-03-21', to: '2020-03-19' });
  });

  it('tells a data set outside a period from one that overlaps it', () => {
    const period = { from: 1000, to: 2000 };
    expect(outsidePeriod({ from: 10, to: 999 }, period)).toBe(true);
    expect(outsidePeriod({ from: 2000, to: 3000 }, period)).toBe(true);
    expect(outsidePeriod({ from: 10, to: 1000 }, period)).toBe(false);
  });
});
