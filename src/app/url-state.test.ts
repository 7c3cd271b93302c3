import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYERS } from '../map/layers/layer-registry';
import { parseViewState, serializeViewState, type ViewState } from './url-state';

const defaults = parseViewState('', 'fa');

describe('view state in the URL', () => {
  it('opens with the configured language, this year, everything, the default layers', () => {
    expect(defaults).toEqual({
      lang: 'fa',
      center: null,
      zoom: null,
      period: 'this_year',
      from: null,
      to: null,
      status: 'all',
      countBy: 'requests',
      group: null,
      district: null,
      neighbourhood: null,
      layers: [...DEFAULT_LAYERS],
      periodGiven: false,
    });
    expect(parseViewState('', 'en').lang).toBe('en');
    expect(parseViewState('?period=this_month', 'en').periodGiven).toBe(true);
  });

  it('restores exactly what it wrote', () => {
    const view: ViewState = {
      lang: 'en',
      center: [45.06812, 37.54321],
      zoom: 13.25,
      period: 'custom',
      from: '2026-04-01',
      to: '2026-06-30',
      status: 'open',
      countBy: 'problems',
      group: 'roads',
      district: 'd3',
      neighbourhood: 'n17',
      layers: ['choropleth', 'hexbin', 'fiber'],
      periodGiven: true,
    };
    expect(parseViewState(serializeViewState(view, 'fa'), 'fa')).toEqual(view);
  });

  it('keeps links short by leaving defaults out', () => {
    expect(serializeViewState(defaults, 'fa')).toBe('');
  });

  it('falls back field by field when values are invalid', () => {
    const view = parseViewState(
      '?lang=de&c=500,1&z=99&period=decade&status=maybe&count=all&group=<b>&d=d2&layers=heatmap,nonsense&from=2026-13-01',
      'fa',
    );
    expect(view).toMatchObject({
      lang: 'fa',
      center: null,
      zoom: null,
      period: 'this_year',
      status: 'all',
      group: null,
    });
    expect(view.district).toBe('d2');
    expect(view.layers).toEqual(['heatmap']);
  });

  it('falls back to the default layers when no named layer exists, and keeps an explicit empty list', () => {
    expect(parseViewState('?layers=bogus,nonsense', 'fa').layers).toEqual([...DEFAULT_LAYERS]);
    expect(parseViewState('?layers=', 'fa').layers).toEqual([]);
  });

  it('drops a custom period whose range is reversed', () => {
    const view = parseViewState('?period=custom&from=2026-06-01&to=2026-05-01', 'fa');
    expect(view).toMatchObject({ period: 'this_year', from: null, to: null });
  });

  it('drops a custom period whose days are not real calendar days', () => {
    const damaged = [
      ['0000-00-00', '9999-99-99'],
      ['2026-13-01', '2026-12-01'],
      ['2026-01-01', '2026-01-32'],
      ['2026-04-31', '2026-05-10'],
      ['2026-02-29', '2026-03-10'],
      ['2100-02-29', '2100-03-01'],
      ['1899-12-31', '2026-01-01'],
      ['2026-01-01', '2201-01-01'],
      ['2026-1-1', '2026-02-01'],
    ];
    for (const [from, to] of damaged) {
      const view = parseViewState(`?period=custom&from=${from}&to=${to}&status=open`, 'fa');
      expect(view, `${from}…${to}`).toMatchObject({ period: 'this_year', from: null, to: null, status: 'open' });
    }
  });

  it('keeps a custom period of real days, leap days and single days included', () => {
    expect(parseViewState('?period=custom&from=2024-02-29&to=2024-03-20', 'fa')).toMatchObject({
      period: 'custom',
      from: '2024-02-29',
      to: '2024-03-20',
    });
    expect(parseViewState('?period=custom&from=2026-03-21&to=2026-03-21', 'en')).toMatchObject({
      period: 'custom',
      from: '2026-03-21',
      to: '2026-03-21',
    });
  });
});
