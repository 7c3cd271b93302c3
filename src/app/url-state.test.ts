import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '../map/layers/layer-kit';
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
      at: null,
      slide: null,
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
      at: '2025-03-20',
      slide: 3,
    };
    expect(parseViewState(serializeViewState(view, 'fa'), 'fa')).toEqual(view);
  });

  it('keeps links short by leaving defaults out', () => {
    expect(serializeViewState(defaults, 'fa')).toBe('');
  });

  it('falls back field by field when values are invalid', () => {
    const view = parseViewState(
      `?lang=de&c=500,1&z=99&period=decade&status=maybe&count=all&group=${'g'.repeat(257)}&d=d2&layers=heatmap,nonsense&from=2026-13-01`,
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

  it('opens on the city when the centre is not two finite numbers', () => {
    for (const c of [',', '1,', ',1', ' , ', 'abc,1', '1,2,3', '0x10,1', 'Infinity,1', '1e400,1', 'NaN,NaN', '']) {
      expect(parseViewState(`?c=${encodeURIComponent(c)}&z=12`, 'fa').center, c).toBeNull();
    }
    expect(parseViewState('?c=45.1,-37.5', 'fa').center).toEqual([45.1, -37.5]);
    expect(parseViewState('?c=-0.5,.25', 'fa').center).toEqual([-0.5, 0.25]);
    for (const z of ['', ' ', 'abc', '0x10', '-1', '23']) expect(parseViewState(`?z=${z}`, 'fa').zoom, z).toBeNull();
    expect(parseViewState('?z=0', 'fa').zoom).toBe(0);
  });

  it('round-trips any id of the contract: dots, spaces, Persian letters, <, #, %, up to 256 characters', () => {
    const ids = [
      'd.1',
      'district 1',
      'منطقه-۱',
      '<',
      '#',
      '%',
      '%20',
      '+',
      'a&b=c',
      'منطقه-۱ #<%',
      'x'.repeat(65),
      'y'.repeat(256),
    ];
    for (const id of ids) {
      const view = { ...defaults, district: id, neighbourhood: `n/${id}`.slice(0, 256), group: id };
      const link = serializeViewState(view, 'fa');
      expect(parseViewState(link, 'fa'), link).toEqual(view);
      expect(parseViewState(new URL(`https://city.example/index.html${link}`).search, 'fa').district).toBe(id);
    }
    expect(parseViewState(`?d=${'z'.repeat(257)}&n=`, 'fa')).toMatchObject({ district: null, neighbourhood: null });
  });

  it('falls back to the default layers when no named layer exists, and keeps an explicit empty list', () => {
    expect(parseViewState('?layers=bogus,nonsense', 'fa').layers).toEqual([...DEFAULT_LAYERS]);
    expect(parseViewState('?layers=', 'fa').layers).toEqual([]);
  });

  it('keeps the rollout instant as a real ISO day, and drops one that is not', () => {
    expect(parseViewState('?at=2024-02-29', 'fa').at).toBe('2024-02-29');
    expect(serializeViewState({ ...defaults, at: '2025-06-15' }, 'fa')).toBe('?at=2025-06-15');
    for (const at of ['', '2025-02-29', '2025-6-15', '1404-03-25x', 'now', '9999-99-99', '2025-06-15T00:00']) {
      expect(parseViewState(`?at=${encodeURIComponent(at)}&d=d2`, 'fa'), at).toMatchObject({
        at: null,
        district: 'd2',
      });
    }
  });

  it('keeps the presenter’s slide as a whole number from 1, and drops one that is not', () => {
    expect(parseViewState('?slide=3', 'fa').slide).toBe(3);
    expect(serializeViewState({ ...defaults, slide: 7 }, 'fa')).toBe('?slide=7');
    for (const slide of ['', '0', '-2', '2.5', '1e2', ' 3', 'three', '۳', '99999']) {
      expect(parseViewState(`?slide=${encodeURIComponent(slide)}&d=d2`, 'fa'), slide).toMatchObject({
        slide: null,
        district: 'd2',
      });
    }
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

  it('reads any query without throwing, into a state of valid fields', () => {
    const keys = fc.constantFrom(
      'lang',
      'c',
      'z',
      'period',
      'from',
      'to',
      'status',
      'count',
      'group',
      'd',
      'n',
      'layers',
      'slide',
    );
    const values = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.double().map(String), fc.constant(','));
    const queries = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.array(fc.tuple(keys, values), { maxLength: 12 }).map((pairs) => `?${new URLSearchParams(pairs).toString()}`),
    );
    fc.assert(
      fc.property(queries, fc.constantFrom('fa', 'en') as fc.Arbitrary<'fa' | 'en'>, (search, language) => {
        const view = parseViewState(search, language);
        expect(['fa', 'en']).toContain(view.lang);
        if (view.center) {
          expect(view.center.every(Number.isFinite)).toBe(true);
          expect(Math.abs(view.center[0])).toBeLessThanOrEqual(180);
          expect(Math.abs(view.center[1])).toBeLessThanOrEqual(85);
        }
        if (view.zoom !== null) expect(view.zoom >= 0 && view.zoom <= 22).toBe(true);
        for (const id of [view.district, view.neighbourhood, view.group]) {
          if (id !== null) expect(id.length >= 1 && id.length <= 256).toBe(true);
        }
        for (const layer of view.layers) expect(LAYER_IDS).toContain(layer);
        // A link written by the app reads back as the same view, up to the rounding of the map's centre (5
        // decimals) and zoom (2), and naming its period only when it is not the default; written again, it
        // does not change.
        const written = parseViewState(serializeViewState(view, language), language);
        expect(written).toEqual({
          ...view,
          center: view.center && [Number(view.center[0].toFixed(5)), Number(view.center[1].toFixed(5))],
          zoom: view.zoom === null ? null : Number(view.zoom.toFixed(2)),
          periodGiven: view.period !== 'this_year',
        });
        expect(parseViewState(serializeViewState(written, language), language)).toEqual(written);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips any id of up to 256 characters', () => {
    const ids = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 256 }).filter((id) => id.length <= 256);
    fc.assert(
      fc.property(ids, ids, ids, (district, neighbourhood, group) => {
        const view = { ...defaults, district, neighbourhood, group };
        expect(parseViewState(serializeViewState(view, 'fa'), 'fa')).toEqual(view);
      }),
    );
  });
});
