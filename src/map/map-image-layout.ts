/**
 * The layout of an exported map image: a title band above the map (what, where, when) and the legends of
 * its layers in a box over the map's bottom corner on the reading end side, where the page's layer panel
 * stands. Pure: text is measured by the function given, so the layout is the same on any canvas and can be
 * checked without one. Lengths are CSS pixels; the painter scales them to device pixels.
 */
import type { LegendEntries } from '../ui/legend-entries';

export interface LegendBlock {
  title: string;
  entries: LegendEntries;
  note: string | null;
}

export interface MapImageText {
  /** The first line, larger: the city and the area shown. */
  title: string;
  /** The lines under it: the period, the layers, the time the data is as of. */
  lines: string[];
  legends: LegendBlock[];
}

/** Measures the advance width of `text` in a CSS font (`600 12px Vazirmatn`). */
export type MeasureText = (text: string, font: string) => number;

export interface LayoutInput {
  text: MapImageText;
  /** The map picture's size in CSS pixels. */
  mapWidth: number;
  mapHeight: number;
  direction: 'rtl' | 'ltr';
  fontFamily: string;
  measure: MeasureText;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type DrawOp =
  | ({ kind: 'rect'; fill: string; radius?: number } & Box)
  /** A swatch: filled, or an outline (dashed for late or missed) as the page's legend draws it. */
  | ({ kind: 'swatch'; colour: string; dashed: boolean; outline: boolean } & Box)
  /** A horizontal gradient of `colours` from the box's left to its right. */
  | ({ kind: 'ramp'; colours: readonly string[] } & Box)
  /** Text on one line from `x` in the image's direction (`x` is its right end in right-to-left text). */
  | { kind: 'text'; text: string; x: number; y: number; font: string; colour: string };

export interface MapImageLayout {
  width: number;
  height: number;
  /** Where the map picture goes. */
  map: Box;
  /** Drawn in order, after the map. */
  ops: DrawOp[];
}

export const IMAGE_INK = '#1f2429';
const INK_SOFT = '#59616a';
const PAPER = '#ffffff';
const BAND_PADDING = 14;
const TITLE_SIZE = 20;
const LINE_SIZE = 14;
const LEGEND_TEXT = 12;
/** Line height as a share of the font size: Vazirmatn's marks above and below need room. */
const LEADING = 1.55;
const BOX_MARGIN = 12;
const BOX_PADDING = 10;
const BLOCK_GAP = 18;
const BLOCK_MAX_WIDTH = 240;
const BLOCK_MIN_WIDTH = 120;
const SWATCH = { width: 18, height: 10, gap: 6 };
const RAMP_HEIGHT = 10;

/** The CSS fonts an image's text is set in: they must be loaded before it is measured and drawn. */
export function imageFonts(family: string) {
  return {
    title: `700 ${TITLE_SIZE}px ${family}`,
    line: `400 ${LINE_SIZE}px ${family}`,
    legendTitle: `600 ${LEGEND_TEXT}px ${family}`,
    legend: `400 ${LEGEND_TEXT}px ${family}`,
  };
}

export function mapImageLayout(input: LayoutInput): MapImageLayout {
  const { text, mapWidth, mapHeight, direction, fontFamily, measure } = input;
  const fonts = imageFonts(fontFamily);
  const ops: DrawOp[] = [];
  // x measured from the start side, turned into the canvas's x for the direction.
  const fromStart = (x: number, width: number, span = mapWidth) => (direction === 'rtl' ? span - x - width : x);
  const textAt = (x: number) => (direction === 'rtl' ? mapWidth - x : x);

  const bandWidth = mapWidth - 2 * BAND_PADDING;
  const titleLines = wrapText(text.title, bandWidth, (s) => measure(s, fonts.title));
  const lines = text.lines.flatMap((line) => wrapText(line, bandWidth, (s) => measure(s, fonts.line)));
  let y = BAND_PADDING;
  const band: DrawOp[] = [];
  for (const line of titleLines) {
    band.push(textOp(line, textAt(BAND_PADDING), y, TITLE_SIZE, fonts.title, IMAGE_INK));
    y += TITLE_SIZE * LEADING;
  }
  for (const line of lines) {
    band.push(textOp(line, textAt(BAND_PADDING), y, LINE_SIZE, fonts.line, IMAGE_INK));
    y += LINE_SIZE * LEADING;
  }
  const bandHeight = Math.ceil(y + BAND_PADDING);
  ops.push({ kind: 'rect', x: 0, y: 0, width: mapWidth, height: bandHeight, fill: PAPER }, ...band);

  const map = { x: 0, y: bandHeight, width: mapWidth, height: mapHeight };
  ops.push(...legendBox(text.legends, map, fonts, measure, fromStart, direction));
  return { width: mapWidth, height: bandHeight + mapHeight, map, ops };
}

interface Fonts {
  legendTitle: string;
  legend: string;
}

/** A text op whose `y` is the line's top; the painter draws on the alphabetic baseline. */
function textOp(text: string, x: number, top: number, size: number, font: string, colour: string): DrawOp {
  return { kind: 'text', text, x, y: top + size * 1.1, font, colour };
}

/**
 * The legends side by side in one box over the map's bottom corner on the end side, the topmost layer's
 * first from the start, wrapping to a row above when the map is too narrow for them all.
 */
function legendBox(
  legends: LegendBlock[],
  map: Box,
  fonts: Fonts,
  measure: MeasureText,
  fromStart: (x: number, width: number, span?: number) => number,
  direction: 'rtl' | 'ltr',
): DrawOp[] {
  if (legends.length === 0) return [];
  const available = map.width - 2 * BOX_MARGIN - 2 * BOX_PADDING;
  const blocks = legends.map((legend) => legendBlock(legend, Math.min(BLOCK_MAX_WIDTH, available), fonts, measure));
  const rows: (typeof blocks)[] = [[]];
  for (const block of blocks) {
    const row = rows[rows.length - 1]!;
    const used = row.reduce((sum, b) => sum + b.width + BLOCK_GAP, 0);
    if (row.length > 0 && used + block.width > available) rows.push([block]);
    else row.push(block);
  }
  const rowWidth = (row: typeof blocks) => row.reduce((sum, b) => sum + b.width, 0) + BLOCK_GAP * (row.length - 1);
  const width = Math.max(...rows.map(rowWidth)) + 2 * BOX_PADDING;
  const rowHeights = rows.map((row) => Math.max(...row.map((b) => b.height)));
  const height = rowHeights.reduce((sum, h) => sum + h, 0) + BLOCK_GAP * (rows.length - 1) + 2 * BOX_PADDING;
  // The end side: the box's far edge lies a margin from the map's end edge.
  const boxX = fromStart(map.width - BOX_MARGIN - width, width);
  const boxY = map.y + map.height - BOX_MARGIN - height;
  const ops: DrawOp[] = [{ kind: 'rect', x: boxX, y: boxY, width, height, fill: PAPER, radius: 8 }];
  let rowTop = boxY + BOX_PADDING;
  rows.forEach((row, r) => {
    let start = BOX_PADDING;
    for (const block of row) {
      const left = boxX + fromStart(start, block.width, width);
      ops.push(...block.draw(left, rowTop, direction));
      start += block.width + BLOCK_GAP;
    }
    rowTop += rowHeights[r]! + BLOCK_GAP;
  });
  return ops;
}

interface PlacedBlock {
  width: number;
  height: number;
  draw: (left: number, top: number, direction: 'rtl' | 'ltr') => DrawOp[];
}

function legendBlock(legend: LegendBlock, maxWidth: number, fonts: Fonts, measure: MeasureText): PlacedBlock {
  const line = LEGEND_TEXT * LEADING;
  const entries = legend.entries;
  const swatchRoom = SWATCH.width + SWATCH.gap;
  const natural = Math.max(
    measure(legend.title, fonts.legendTitle),
    ...(entries.kind === 'ramp'
      ? [measure(entries.low, fonts.legend) + measure(entries.high, fonts.legend) + BLOCK_GAP]
      : entries.swatches.map((s) => swatchRoom + measure(s.label, fonts.legend))),
  );
  const width = Math.ceil(Math.min(maxWidth, Math.max(BLOCK_MIN_WIDTH, natural)));
  const titleLines = wrapText(legend.title, width, (s) => measure(s, fonts.legendTitle));
  const noteLines = legend.note ? wrapText(legend.note, width, (s) => measure(s, fonts.legend)) : [];
  const swatchLines =
    entries.kind === 'ramp'
      ? []
      : entries.swatches.map((s) => wrapText(s.label, width - swatchRoom, (t) => measure(t, fonts.legend)));
  const bodyHeight =
    entries.kind === 'ramp' ? RAMP_HEIGHT + 4 + line : swatchLines.reduce((sum, l) => sum + l.length * line, 0);
  const height = Math.ceil((titleLines.length + noteLines.length) * line + 4 + bodyHeight);

  const draw = (left: number, top: number, direction: 'rtl' | 'ltr'): DrawOp[] => {
    const rtl = direction === 'rtl';
    const startX = rtl ? left + width : left;
    const endX = rtl ? left : left + width;
    const ops: DrawOp[] = [];
    let y = top;
    for (const text of titleLines) {
      ops.push(textOp(text, startX, y, LEGEND_TEXT, fonts.legendTitle, IMAGE_INK));
      y += line;
    }
    y += 4;
    if (entries.kind === 'ramp') {
      // Low to high in reading order, as the page's legend mirrors its ramp in right-to-left text.
      const colours = rtl ? [...entries.colours].reverse() : entries.colours;
      ops.push({ kind: 'ramp', colours, x: left, y, width, height: RAMP_HEIGHT });
      y += RAMP_HEIGHT + 4;
      ops.push(textOp(entries.low, startX, y, LEGEND_TEXT, fonts.legend, INK_SOFT));
      const highWidth = measure(entries.high, fonts.legend);
      ops.push(textOp(entries.high, rtl ? endX + highWidth : endX - highWidth, y, LEGEND_TEXT, fonts.legend, INK_SOFT));
      y += line;
    } else {
      entries.swatches.forEach((swatch, i) => {
        const swatchX = rtl ? startX - SWATCH.width : startX;
        ops.push({
          kind: 'swatch',
          colour: swatch.colour,
          dashed: swatch.dashed ?? false,
          outline: swatch.outline ?? false,
          x: swatchX,
          y: y + (line - SWATCH.height) / 2,
          width: SWATCH.width,
          height: SWATCH.height,
        });
        const textX = rtl ? startX - swatchRoom : startX + swatchRoom;
        for (const text of swatchLines[i]!) {
          ops.push(textOp(text, textX, y, LEGEND_TEXT, fonts.legend, IMAGE_INK));
          y += line;
        }
      });
    }
    for (const text of noteLines) {
      ops.push(textOp(text, startX, y, LEGEND_TEXT, fonts.legend, INK_SOFT));
      y += line;
    }
    return ops;
  };
  return { width, height, draw };
}

/**
 * `text` broken at spaces into lines no wider than `maxWidth`; a word wider than that stays whole on a line
 * of its own (a canvas clips nothing, and a word cut in two misleads more than one that runs over).
 */
export function wrapText(text: string, maxWidth: number, width: (s: string) => number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const next = current ? `${current} ${word}` : word;
    if (current && width(next) > maxWidth) {
      lines.push(current);
      current = word;
    } else current = next;
  }
  if (current) lines.push(current);
  return lines;
}
