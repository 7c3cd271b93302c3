import { describe, expect, it } from 'vitest';
import type { LayerContext } from '../../map/layers/layer-kit';
import { CHOROPLETH_RAMP } from '../../map/palette';
import { makeFormat } from '../../ui/format';
import { makeI18n } from '../../ui/i18n-context';
import { mapImageText } from './map-image-text';

const context = {
  choroplethMeasure: 'rate',
  countBy: 'requests',
  breaks: [12.5, 40],
  zoom: 12,
  uiScale: 1,
  requests: null,
} as unknown as LayerContext;
// 2026-04-20 08:30 UTC: 12:00 in Tehran, 1 Ordibehesht 1405.
const AS_OF = Date.parse('2026-04-20T08:30:00Z') / 1000;

describe('mapImageText', () => {
  it('says where, when, which layers, and gives the legends topmost layer first, in Persian', () => {
    const text = mapImageText(
      { places: ['ارومیه', 'منطقهٔ ۲'], period: 'فروردین ۱۴۰۵', asOf: AS_OF },
      ['choropleth', 'heatmap'],
      context,
      makeI18n('fa'),
      makeFormat('fa', 'Asia/Tehran'),
    );
    expect(text.title).toBe('ارومیه — منطقهٔ ۲');
    expect(text.lines[0]).toMatch(/^فروردین ۱۴۰۵ · داده‌ها تا ۳۱ فروردین ۱۴۰۵،? ۱۲:۰۰$/);
    expect(text.lines[1]).toMatch(/^لایه‌ها: نقشهٔ موضوعی مناطق،\u200f? نقشهٔ حرارتی درخواست‌ها$/);
    expect(text.legends.map((l) => l.title)).toEqual(['تراکم درخواست‌ها', 'درخواست به ازای هر هزار نفر']);
    const classes = text.legends[1]!.entries;
    expect(classes).toEqual({
      kind: 'classes',
      swatches: [
        { colour: CHOROPLETH_RAMP[0], label: '< ۱۲٫۵' },
        { colour: CHOROPLETH_RAMP[1], label: '۱۲٫۵ – ۴۰' },
        { colour: CHOROPLETH_RAMP[2], label: '≥ ۴۰' },
      ],
    });
  });

  it('names no layer line when no layer is on, in English', () => {
    const text = mapImageText(
      { places: ['Urmia'], period: 'April 2026', asOf: AS_OF },
      [],
      context,
      makeI18n('en'),
      makeFormat('en', 'Asia/Tehran'),
    );
    expect(text.title).toBe('Urmia');
    expect(text.lines).toEqual([expect.stringMatching(/^April 2026 · Data as of 20 Apr 2026, 12:00$/)]);
    expect(text.legends).toEqual([]);
  });
});
