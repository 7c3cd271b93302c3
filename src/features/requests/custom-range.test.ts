import { describe, expect, it } from 'vitest';
import { resolvePeriod } from '../../domain/period';
import { customDefaults } from './custom-range';

const TEHRAN = 'Asia/Tehran';
const at = (iso: string) => Date.parse(iso) / 1000;
const NOW = at('2026-12-01T10:00:00+03:30');

describe('the days a custom range starts with', () => {
  it('are the city’s first and last day of the period shown, not its UTC days', () => {
    // Nowruz 1405 starts at 2026-03-20T20:30Z: in UTC it would be 20 March.
    const year = resolvePeriod({ period: 'this_year', from: null, to: null }, NOW, 'persian', TEHRAN);
    expect(customDefaults(year, TEHRAN)).toEqual({ from: '2026-03-21', to: '2026-12-01' });
  });

  it('give back the same period when resolved as a custom range', () => {
    for (const period of ['this_week', 'this_month', 'last_30_days', 'this_year'] as const) {
      for (const calendar of ['persian', 'gregorian'] as const) {
        const shown = resolvePeriod({ period, from: null, to: null }, NOW, calendar, TEHRAN);
        const custom = resolvePeriod({ period: 'custom', ...customDefaults(shown, TEHRAN) }, NOW, calendar, TEHRAN);
        expect([custom.from, custom.to], `${period} ${calendar}`).toEqual([shown.from, shown.to]);
      }
    }
  });

  it('hold one day for a period shorter than a day', () => {
    const start = at('2026-12-01T00:00:00+03:30');
    expect(customDefaults({ from: start, to: start }, TEHRAN)).toEqual({ from: '2026-12-01', to: '2026-12-01' });
  });

  it('follow the city’s zone on the other side of UTC too', () => {
    const start = at('2026-12-01T00:00:00-08:00');
    expect(customDefaults({ from: start, to: start + 86_400 }, 'America/Los_Angeles')).toEqual({
      from: '2026-12-01',
      to: '2026-12-01',
    });
  });
});
