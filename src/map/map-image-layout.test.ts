import { describe, expect, it } from 'vitest';
import { mapImageLayout, wrapText, type DrawOp, type LegendBlock, type MapImageText } from './map-image-layout';

/** A font of fixed advance: 7 px a character, whatever the font. */
const measure = (text: string) => text.length * 7;

const CLASSES: LegendBlock = {
  title: 'Requests per 1,000',
  entries: {
    kind: 'classes',
    swatches: [
      { colour: '#ffffcc', label: '< 10' },
      { colour: '#0c2c84', label: '≥ 10' },
    ],
  },
  note: null,
};
const RAMP: LegendBlock = {
  title: 'Density',
  entries: { kind: 'ramp', colours: ['#ffffb2', '#bd0026'], low: 'Low', high: 'High' },
  note: 'Shows from zoom 14',
};
const TEXT: MapImageText = {
  title: 'Urmia — District 2',
  lines: ['1–30 April', 'Layers: A, B'],
  legends: [RAMP, CLASSES],
};

function layout(direction: 'rtl' | 'ltr', text = TEXT, mapWidth = 1000) {
  return mapImageLayout({ text, mapWidth, mapHeight: 600, direction, fontFamily: 'Vazirmatn', measure });
}
const texts = (ops: DrawOp[]) => ops.filter((op) => op.kind === 'text');
const boxes = (ops: DrawOp[]) => ops.filter((op) => op.kind === 'rect');

describe('mapImageLayout', () => {
  it('puts the map under a band tall enough for the title and every line', () => {
    const { map, width, height, ops } = layout('ltr');
    expect(map).toEqual({ x: 0, y: map.y, width: 1000, height: 600 });
    expect(width).toBe(1000);
    expect(height).toBe(map.y + 600);
    const band = texts(ops).filter((op) => op.y < map.y);
    expect(band.map((op) => op.text)).toEqual(['Urmia — District 2', '1–30 April', 'Layers: A, B']);
    // Each line below the one before, all inside the band.
    band.forEach((op, i) => i > 0 && expect(op.y).toBeGreaterThan(band[i - 1]!.y + 14));
    expect(band[band.length - 1]!.y).toBeLessThan(map.y);
  });

  it('starts the text at the reading start: the left in English, the right in Persian', () => {
    const ltrTitle = texts(layout('ltr').ops)[0]!;
    const rtlTitle = texts(layout('rtl').ops)[0]!;
    expect(ltrTitle.x).toBe(14);
    expect(rtlTitle.x).toBe(1000 - 14);
  });

  it('puts the legends in one box in the bottom corner of the reading end, inside the map', () => {
    for (const direction of ['ltr', 'rtl'] as const) {
      const { map, ops } = layout(direction);
      const [box] = boxes(ops).filter((op) => op.y >= map.y);
      expect(box).toBeDefined();
      expect(box!.y + box!.height).toBe(map.y + map.height - 12);
      if (direction === 'ltr') expect(box!.x + box!.width).toBe(1000 - 12);
      else expect(box!.x).toBe(12);
      // Every legend text lies inside the box (as measured), none clipped by the image's edge.
      for (const op of texts(ops).filter((t) => t.y > map.y)) {
        const [left, right] = direction === 'ltr' ? [op.x, op.x + measure(op.text)] : [op.x - measure(op.text), op.x];
        expect(left).toBeGreaterThanOrEqual(box!.x);
        expect(right).toBeLessThanOrEqual(box!.x + box!.width);
        expect(op.y).toBeLessThan(box!.y + box!.height);
      }
    }
  });

  it('lays the first legend at the start of the box, the next after it', () => {
    const { map, ops } = layout('rtl');
    const rampTitle = texts(ops).find((op) => op.text === 'Density')!;
    const classesTitle = texts(ops).find((op) => op.text === 'Requests per 1,000')!;
    expect(rampTitle.y).toBe(classesTitle.y);
    // Right to left: the first legend is the right one.
    expect(rampTitle.x).toBeGreaterThan(classesTitle.x);
    expect(rampTitle.y).toBeGreaterThan(map.y);
  });

  it('stacks the legends in rows when the map is too narrow for them side by side', () => {
    const narrow = layout('ltr', TEXT, 300);
    const rampTitle = texts(narrow.ops).find((op) => op.text === 'Density')!;
    const classesTitle = texts(narrow.ops).find((op) => op.text === 'Requests per 1,000')!;
    expect(classesTitle.y).toBeGreaterThan(rampTitle.y);
    expect(classesTitle.x).toBe(rampTitle.x);
  });

  it('draws no legend box for a map without layers', () => {
    const { map, ops } = layout('ltr', { ...TEXT, legends: [] });
    expect(ops.filter((op) => op.y >= map.y)).toEqual([]);
  });
});

describe('wrapText', () => {
  it('breaks at spaces within the width, and keeps a word too long for a line whole', () => {
    expect(wrapText('aa bb cc', 5 * 7, measure)).toEqual(['aa bb', 'cc']);
    expect(wrapText('abcdefgh ij', 3 * 7, measure)).toEqual(['abcdefgh', 'ij']);
    expect(wrapText('  ', 100, measure)).toEqual([]);
  });
});
